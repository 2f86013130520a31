package org.papergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the named queries of {@code queries/}: from the classpath ({@code papergraph/queries/NAME.rq}, where the
 * build puts them) or from any file.
 */
public final class NamedQueries {
    public static final String RESOURCE_DIR = "papergraph/queries/";
    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+\\??([A-Za-z_][A-Za-z0-9_]*)\\s*(.*)$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private NamedQueries() {
    }

    /** A bundled query by name ({@code extraction-facts}); the name may carry the {@code .rq} suffix. */
    public static NamedQuery load(String name) {
        String n = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("not a query name: '" + name + "'");
        }
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + n + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no named query '" + n + "'; known: " + names());
            }
            return parse(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read named query " + n, e);
        }
    }

    /** A query file anywhere; its name is the file name without {@code .rq}. */
    public static NamedQuery load(Path file) {
        String fileName = file.getFileName().toString();
        String n = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        try {
            return parse(n, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query file " + file, e);
        }
    }

    /** Reads the header: leading {@code #} lines give the description and the {@code @param} declarations. */
    public static NamedQuery parse(String name, String text) {
        List<NamedQuery.Param> params = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.startsWith("#")) {
                break;
            }
            Matcher m = PARAM.matcher(s);
            if (m.matches()) {
                params.add(new NamedQuery.Param(m.group(1), m.group(2).strip()));
            } else {
                description.append(s.replaceFirst("^#\\s?", "")).append('\n');
            }
        }
        return new NamedQuery(name, description.toString().strip(), params, text);
    }

    /** Names of the bundled queries, sorted. */
    public static List<String> names() {
        URL url = NamedQueries.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    // someone else (e.g. the server) may already have the jar open as a file system
                    return list(FileSystems.getFileSystem(uri).getPath(RESOURCE_DIR));
                } catch (FileSystemNotFoundException notOpen) {
                    try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                        return list(fs.getPath(RESOURCE_DIR));
                    }
                }
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list bundled queries at " + url, e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        }
    }
}
