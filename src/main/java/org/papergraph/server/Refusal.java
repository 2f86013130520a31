package org.papergraph.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Error responses to requests that may carry a body. Refusing without reading the body leaves it in the
 * connection, which Jetty then closes; a keep-alive client that already reused that connection sees it end with
 * no response (an I/O error instead of the 4xx). So a small body is read to its end first; a large one still
 * gets the error, with the connection closed explicitly.
 */
final class Refusal {
    private static final long DRAIN_LIMIT = 1 << 16;

    private Refusal() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        long length = request.getContentLengthLong();
        if (length > 0 && length <= DRAIN_LIMIT)
            request.getInputStream().skipNBytes(length);
        else if (length != 0)
            response.setHeader("Connection", "close");
        if (message == null)
            response.sendError(status);
        else
            response.sendError(status, message);
    }
}
