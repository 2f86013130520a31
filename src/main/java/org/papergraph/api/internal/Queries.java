package org.papergraph.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Loads the API's own bundled queries (the typed questions); named queries come from {@code rdf.NamedQueries}. */
public final class Queries {
    private static final String API_DIR = "org/papergraph/api/";
    private static final Map<String, Query> API_QUERIES = new ConcurrentHashMap<>();

    private Queries() {
    }

    /** One of the API's own queries (parsed once; callers must clone before changing it). */
    public static Query api(String name) {
        return API_QUERIES.computeIfAbsent(name, n -> QueryFactory.create(read(API_DIR + n + ".rq")));
    }

    private static String read(String resource) {
        try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
