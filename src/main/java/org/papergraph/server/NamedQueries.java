package org.papergraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The project's named queries ({@code queries/*.rq}, in the jar under {@code papergraph/queries/}), each with
 * the description from its leading {@code #} comment lines; the query page offers them as examples.
 */
public final class NamedQueries {
    public static final String CLASSPATH_DIR = "papergraph/queries";

    /** One query file: its name (file name without {@code .rq}), header comment, and full text. */
    public record NamedQuery(String name, String description, String text) {
    }

    private NamedQueries() {
    }

    /** The queries in a classpath directory, sorted by name; empty if the directory is absent. */
    public static List<NamedQuery> fromClasspath(String dir) {
        URL url = NamedQueries.class.getClassLoader().getResource(dir);
        if (url == null)
            return List.of();
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme()))
                return fromDirectory(Path.of(uri));
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return fromDirectory(jar.getPath(dir));
            } catch (FileSystemAlreadyExistsException e) {
                return fromDirectory(FileSystems.getFileSystem(uri).getPath(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading named queries from " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<NamedQuery> fromDirectory(Path dir) throws IOException {
        List<NamedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                queries.add(new NamedQuery(name, header(text), text));
            }
        }
        return List.copyOf(queries);
    }

    /** The leading comment block, without the {@code #} marks, joined into one paragraph per blank comment line. */
    static String header(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.startsWith("#"))
                break;
            String content = s.replaceFirst("^#+\\s?", "").strip();
            if (content.isEmpty()) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n')
                    sb.append('\n');
            } else {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n')
                    sb.append(' ');
                sb.append(content);
            }
        }
        return sb.toString().strip();
    }
}
