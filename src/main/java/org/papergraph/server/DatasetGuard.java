package org.papergraph.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.RDFDataMgr;

/**
 * Runs before Fuseki's dispatch under {@code /papergraph}: answers a GET on a query endpoint without a query
 * with the service description, refuses POST bodies other than a query or a query form (415, body read so the
 * connection stays usable), refuses whole-dataset dumps on the graph store endpoint, and makes every
 * path that is not a PaperGraph endpoint (update, upload, data, ...) a plain 404.
 */
final class DatasetGuard implements Filter {
    private static final String QUERY_TYPE = "application/sparql-query";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";
    private final QueryLimits limits;
    private final boolean ingest;

    DatasetGuard(QueryLimits limits, boolean ingest) {
        this.limits = limits;
        this.ingest = ingest;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = Paths.of(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (path.equals(Paths.DATASET) || path.equals(Paths.DATASET + "/")) {
            if (read && request.getQueryString() == null)
                describeService(request, response, Paths.SPARQL);
            else
                Refusal.send(request, response, HttpServletResponse.SC_NOT_FOUND, "Query at " + Paths.SPARQL);
        } else if (Paths.isQueryEndpoint(path)) {
            if (read && request.getParameter("query") == null)
                describeService(request, response, path);
            else if ("POST".equals(request.getMethod()) && !isQueryBody(request.getContentType()))
                Refusal.send(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "POST a query as " + QUERY_TYPE + " or as a " + FORM_TYPE + " form");
            else
                chain.doFilter(req, res);
        } else if (path.equals(Paths.GSP_READ)) {
            if (read && request.getParameter("graph") == null && request.getParameter("default") == null)
                response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                        "Name a graph: ?graph=IRI or ?default (whole-store dumps: papergraph export)");
            else if (!read && !"OPTIONS".equals(request.getMethod())) {
                response.setHeader("Allow", "GET, HEAD, OPTIONS");
                Refusal.send(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "The graph store is read-only");
            } else
                chain.doFilter(req, res);
        } else if (path.equals(Paths.INGEST) && ingest) {
            chain.doFilter(req, res);
        } else {
            Refusal.send(request, response, HttpServletResponse.SC_NOT_FOUND, null);
        }
    }

    /** The two POST bodies the SPARQL 1.1 Protocol allows for a query; anything else (an update too) is refused here. */
    private static boolean isQueryBody(String contentType) {
        if (contentType == null)
            return false;
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals(QUERY_TYPE) || type.equals(FORM_TYPE);
    }

    private void describeService(HttpServletRequest request, HttpServletResponse response, String endpointPath)
            throws IOException {
        Optional<String> type = Negotiation.choose(request, false);
        if (type.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        String endpoint = request.getRequestURL().toString().replaceFirst("/papergraph.*$", endpointPath);
        response.setContentType(type.get());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        RDFDataMgr.write(response.getOutputStream(), ServiceDescription.of(endpoint, limits), Negotiation.lang(type.get()));
    }
}
