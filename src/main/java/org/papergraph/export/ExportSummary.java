package org.papergraph.export;

import java.time.Duration;

/**
 * What an export wrote.
 *
 * @param triples  statements written (quads for quad formats)
 * @param duration wall time
 */
public record ExportSummary(long triples, Duration duration) {
    public double seconds() {
        return duration.toNanos() / 1e9;
    }

    public double triplesPerSecond() {
        double s = seconds();
        return s <= 0 ? triples : triples / s;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%,d triples in %.1f s (%,.0f triples/s)",
                triples, seconds(), triplesPerSecond());
    }
}
