package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/**
 * The {@code /$/} policy for clients that are not on the server's host. Tests only use loopback sockets,
 * so remote clients are simulated by the peer address the filter sees.
 */
class OpsGateTest {
    /** Status the gate answered, or 200 when it let the request through. */
    private static int status(boolean admin, String path, String remoteAddr) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(OpsGateTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getRemoteAddr" -> remoteAddr;
                    case "getContentLengthLong" -> 0L;
                    default -> null;
                });
        AtomicInteger status = new AtomicInteger(200);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(OpsGateTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("sendError"))
                        status.set((Integer) a[0]);
                    return null;
                });
        FilterChain chain = (req, res) -> { };
        new OpsGate(admin).doFilter(request, response, chain);
        return status.get();
    }

    @Test
    void remoteClientsGetPingOnly() throws Exception {
        assertEquals(200, status(true, "/$/ping", "192.0.2.7"));
        assertEquals(403, status(true, "/$/metrics", "192.0.2.7"));
        assertEquals(403, status(true, "/$/server", "192.0.2.7"));
        assertEquals(403, status(true, "/$/stats/papergraph", "2001:db8::1"));
        assertEquals(404, status(false, "/$/server", "192.0.2.7"));
    }

    @Test
    void loopbackClientsGetAdminOnlyWhenEnabled() throws Exception {
        assertEquals(200, status(true, "/$/server", "127.0.0.1"));
        assertEquals(200, status(true, "/$/compact/papergraph", "[0:0:0:0:0:0:0:1]"));
        assertEquals(404, status(false, "/$/server", "127.0.0.1"));
        assertEquals(404, status(true, "/$/datasets", "127.0.0.1"), "dataset management is never offered");
        assertEquals(404, status(true, "/$/backup/papergraph", "127.0.0.1"));
        assertEquals(200, status(false, "/$/metrics", "127.0.0.1"));
        assertEquals(200, status(false, "/papergraph/sparql", "192.0.2.7"), "not the gate's business");
    }

    @Test
    void adminOperationsOnALiveServerFromLoopback() {
        PaperGraphServer server = PaperGraphServer.create().dataset(TestGraph.create()).port(0).admin(true).build().start();
        try {
            assertEquals(200, Http.get(server.url() + "$/server").statusCode());
            assertEquals(200, Http.get(server.url() + "$/stats").statusCode());
            assertEquals(404, Http.get(server.url() + "$/datasets").statusCode());
            assertEquals(200, Http.get(server.url() + "$/ping").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void loopbackDetection() {
        assertTrue(OpsGate.isLoopback("127.0.0.1"));
        assertTrue(OpsGate.isLoopback("127.8.9.10"));
        assertTrue(OpsGate.isLoopback("::1"));
        assertFalse(OpsGate.isLoopback("10.0.0.1"));
        assertFalse(OpsGate.isLoopback("localhost.evil.example"), "names are never resolved");
        assertFalse(OpsGate.isLoopback(null));
    }
}
