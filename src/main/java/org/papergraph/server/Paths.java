package org.papergraph.server;

import jakarta.servlet.http.HttpServletRequest;

/** The server's URL layout in one place, and the request-path helpers the filters share. */
final class Paths {
    private Paths() {
    }

    static final String DATASET = "/papergraph";
    static final String SPARQL = DATASET + "/sparql";
    static final String QUERY = DATASET + "/query";
    static final String GSP_READ = DATASET + "/get";
    static final String INGEST = DATASET + "/ingest";
    static final String PAPER = "/paper/";
    static final String ENTITY = "/entity/";
    static final String PING = "/$/ping";
    static final String METRICS = "/$/metrics";
    static final String UI_ASSETS = "/ui/";

    /** The path inside the server (no context path, not decoded). */
    static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context == null || context.isEmpty() ? uri : uri.substring(context.length());
    }

    static boolean isQueryEndpoint(String path) {
        return path.equals(SPARQL) || path.equals(QUERY);
    }

    /** Endpoints that only read: CORS applies to these. */
    static boolean isRead(String path) {
        return isQueryEndpoint(path) || path.equals(GSP_READ) || path.equals(DATASET)
                || path.startsWith(PAPER) || path.startsWith(ENTITY) || path.equals(PING);
    }

    /** A small fixed set of labels for metrics, so arbitrary request paths cannot blow up label cardinality. */
    static String endpointLabel(String path) {
        if (path.equals(SPARQL)) return "sparql";
        if (path.equals(QUERY)) return "query";
        if (path.equals(GSP_READ)) return "get";
        if (path.equals(INGEST)) return "ingest";
        if (path.equals(DATASET)) return "dataset";
        if (path.startsWith(PAPER)) return "paper";
        if (path.startsWith(ENTITY)) return "entity";
        if (path.equals(PING)) return "ping";
        if (path.equals(METRICS)) return "metrics";
        if (path.equals("/") || path.startsWith(UI_ASSETS)) return "ui";
        if (path.startsWith("/$/")) return "admin";
        return "other";
    }
}
