package org.papergraph.server;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records a latency histogram per endpoint, method and status class in the registry Fuseki's Prometheus
 * module exports at {@code /$/metrics} (Fuseki itself only counts requests per operation).
 */
final class RequestMetrics implements Filter {
    static final String METER = "papergraph.http.requests";

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            HttpServletRequest request = (HttpServletRequest) req;
            String endpoint = Paths.endpointLabel(Paths.of(request));
            String method = switch (request.getMethod()) {
                case "GET", "POST", "HEAD", "OPTIONS" -> request.getMethod();
                default -> "OTHER";
            };
            String status = ((HttpServletResponse) res).getStatus() / 100 + "xx";
            timer(endpoint, method, status).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String endpoint, String method, String status) {
        return timers.computeIfAbsent(endpoint + ' ' + method + ' ' + status, k -> Timer.builder(METER)
                .description("HTTP requests by PaperGraph endpoint")
                .tag("endpoint", endpoint).tag("method", method).tag("status", status)
                .publishPercentileHistogram()
                .register(registry));
    }
}
