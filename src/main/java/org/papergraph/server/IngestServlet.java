package org.papergraph.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /papergraph/ingest}: the request body (any input format the pipeline reads) goes through the
 * ingest pipeline; the answer is the ingest report as JSON. HTTP basic authentication is required; the servlet
 * is only installed when a password file was given.
 */
final class IngestServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(IngestServlet.class);
    static final String REALM = "PaperGraph ingest";
    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final IngestHandler handler;
    private final BasicCredentials credentials;
    private final long maxBytes;

    IngestServlet(IngestHandler handler, BasicCredentials credentials, long maxBytes) {
        this.handler = handler;
        this.credentials = credentials;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!credentials.accepts(request.getHeader("Authorization"))) {
            LOG.warn("Ingest refused: no or wrong credentials from {}", request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            Refusal.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, null);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            Refusal.send(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, null);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            Refusal.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Upload larger than " + maxBytes + " bytes");
            return;
        }
        String name = uploadName(request.getParameter("name"));
        IngestHandler.Outcome outcome;
        try (InputStream body = new Limited(request.getInputStream(), maxBytes)) {
            outcome = handler.ingest(name, body);
        } catch (Limited.TooLarge e) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", name);
        answer.put("complete", outcome.complete());
        answer.put("report", outcome.report());
        // 422 tells scripts that something was skipped; whatever could be read is in the store (see report).
        response.setStatus(outcome.complete() ? HttpServletResponse.SC_OK : 422);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), answer);
    }

    /** A file-like name for problem reports; anything else than a plain name becomes "upload". */
    static String uploadName(String requested) {
        if (requested == null || !requested.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}"))
            return "upload";
        return requested;
    }

    /** Stops reading a body that grows beyond the limit (chunked uploads carry no Content-Length). */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0)
                count(n);
            return n;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > max)
                throw new TooLarge("Upload larger than " + max + " bytes");
        }

        static final class TooLarge extends IOException {
            TooLarge(String message) {
                super(message);
            }
        }
    }
}
