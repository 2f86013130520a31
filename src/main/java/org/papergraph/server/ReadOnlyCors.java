package org.papergraph.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for the read endpoints only, using Fuseki's own {@link CrossOriginFilter} with a narrower policy than
 * Fuseki's default: read methods only, no credentials and no {@code Authorization} header, so a web page on
 * another origin can query but can never drive the authenticated ingest endpoint.
 */
final class ReadOnlyCors implements Filter {
    private static final Map<String, String> POLICY = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Cache-Control",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM,
            "Content-Type,Content-Length,Cache-Control,Last-Modified," + SafeQueryAction.ROW_CAP_HEADER,
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "1800",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter cors = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        cors.init(new FixedConfig(config.getFilterName(), config.getServletContext()));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Paths.isRead(Paths.of((HttpServletRequest) request)))
            cors.doFilter(request, response, chain);
        else
            chain.doFilter(request, response);
    }

    private record FixedConfig(String name, ServletContext context) implements FilterConfig {
        @Override
        public String getFilterName() {
            return name;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public String getInitParameter(String param) {
            return POLICY.get(param);
        }

        @Override
        public Enumeration<String> getInitParameterNames() {
            return Collections.enumeration(POLICY.keySet());
        }
    }
}
