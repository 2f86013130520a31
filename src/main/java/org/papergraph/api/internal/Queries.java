package org.papergraph.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.papergraph.api.NamedQuery;

/** Loads the API's bundled queries and the project's named queries from the classpath. */
public final class Queries {
    /** Where the build puts {@code queries/*.rq}. */
    public static final String NAMED_DIR = "papergraph/queries/";
    private static final String API_DIR = "org/papergraph/api/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+\\??([A-Za-z_][A-Za-z0-9_]*)\\s*(.*)$");
    private static final Map<String, Query> API_QUERIES = new ConcurrentHashMap<>();

    private Queries() {
    }

    /** One of the API's own queries (parsed once; callers must not modify it). */
    public static Query api(String name) {
        return API_QUERIES.computeIfAbsent(name, n -> QueryFactory.create(
                read(API_DIR + n + ".rq").orElseThrow(() -> new IllegalStateException("missing bundled query " + n))));
    }

    /** A named query, or empty when none has that name. */
    public static Optional<NamedQuery> named(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return read(NAMED_DIR + name + ".rq").map(text -> parse(name, text));
    }

    /** Every named query on the classpath, sorted by name. */
    public static List<NamedQuery> allNamed() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> dirs = Queries.class.getClassLoader().getResources(NAMED_DIR);
            while (dirs.hasMoreElements()) {
                names.addAll(list(dirs.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<NamedQuery> all = new ArrayList<>();
        names.forEach(n -> named(n).ifPresent(all::add));
        return all;
    }

    /** Header comments: {@code # @param name description} lines declare parameters, the others describe. */
    static NamedQuery parse(String name, String text) {
        List<NamedQuery.Parameter> params = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("#")) {
                break;
            }
            Matcher m = PARAM.matcher(l);
            if (m.matches()) {
                params.add(new NamedQuery.Parameter(m.group(1), m.group(2).strip()));
            } else if (params.isEmpty()) {
                description.append(description.length() > 0 ? " " : "").append(l.substring(1).strip());
            }
        }
        return new NamedQuery(name, description.toString(), params, text);
    }

    private static List<String> list(URL dir) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(dir.getProtocol())) {
            try (var files = Files.list(Path.of(dir.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                        .forEach(f -> names.add(f.substring(0, f.length() - 3)));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if ("jar".equals(dir.getProtocol())) {
            JarURLConnection conn = (JarURLConnection) dir.openConnection();
            conn.setUseCaches(false);
            try (var jar = conn.getJarFile()) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(NAMED_DIR) && n.endsWith(".rq") && n.indexOf('/', NAMED_DIR.length()) < 0)
                        .forEach(n -> names.add(n.substring(NAMED_DIR.length(), n.length() - 3)));
            }
        }
        return names;
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
