package org.papergraph.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards Fuseki's {@code /$/} operations: {@code /$/ping} is open (health checks), {@code /$/metrics} answers
 * loopback clients only, the admin operations exist only when enabled and then answer loopback clients only;
 * anything else under {@code /$/} is 404. The remote address is the socket peer (Fuseki installs no
 * forwarded-header customiser), so it cannot be spoofed with {@code X-Forwarded-For}.
 */
final class OpsGate implements Filter {
    static final List<String> ADMIN_PREFIXES = List.of("/$/server", "/$/stats", "/$/tasks", "/$/compact");

    private final boolean admin;

    OpsGate(boolean admin) {
        this.admin = admin;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = Paths.of(request);
        if (!path.startsWith("/$/") || path.equals(Paths.PING)) {
            chain.doFilter(req, res);
            return;
        }
        boolean known = path.equals(Paths.METRICS) || (admin && isAdmin(path));
        if (!known)
            Refusal.send(request, response, HttpServletResponse.SC_NOT_FOUND, null);
        else if (!isLoopback(request.getRemoteAddr()))
            Refusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, "Only available from the server's own host");
        else
            chain.doFilter(req, res);
    }

    private static boolean isAdmin(String path) {
        return ADMIN_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    static boolean isLoopback(String address) {
        if (address == null)
            return false;
        String literal = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
        // Only IP literals reach here (Jetty reports the peer address); never resolve names.
        if (!literal.matches("[0-9a-fA-F:.%]+"))
            return false;
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
