package org.papergraph.server;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/**
 * Limits every query run by the server: time to first result, total time, and a cap on result rows.
 * Applied to the served dataset's context so Fuseki's query action and in-process page queries share them.
 */
public record QueryLimits(Duration firstResult, Duration total, long maxRows) {
    public static final QueryLimits DEFAULT = new QueryLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 10_000);

    public QueryLimits {
        if (firstResult.isNegative() || firstResult.isZero() || total.compareTo(firstResult) < 0)
            throw new IllegalArgumentException("timeouts must be positive and total >= first result: " + firstResult + ", " + total);
        if (maxRows < 1)
            throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
    }

    /** Sets the ARQ timeout ("first,total" in ms) and switches federated SERVICE calls off (SSRF). */
    public void applyTo(Context context) {
        context.set(ARQ.queryTimeout, firstResult.toMillis() + "," + total.toMillis());
        context.set(ARQ.httpServiceAllowed, false);
    }
}
