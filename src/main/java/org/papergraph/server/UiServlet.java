package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.papergraph.rdf.NamedQuery;

/**
 * The query page at {@code /}: a small HTML/JS client for the SPARQL endpoint (no CDN, no build step) and the
 * named queries it offers as examples, at {@code /ui/queries.json}. Only the listed files are served.
 */
final class UiServlet extends HttpServlet {
    private static final String WEB = "papergraph/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/ui/app.js", "app.js", "/ui/style.css", "style.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "js", "text/javascript", "css", "text/css");

    private final byte[] queriesJson;

    UiServlet(List<NamedQuery> queries) {
        try {
            this.queriesJson = new ObjectMapper().writeValueAsBytes(queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Paths.of(request);
        if (path.equals("/ui/queries.json")) {
            send(response, "application/json", queriesJson);
            return;
        }
        String file = FILES.get(path);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = UiServlet.class.getClassLoader().getResourceAsStream(WEB + file)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), in.readAllBytes());
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The page runs only its own script and talks only to this server.
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
