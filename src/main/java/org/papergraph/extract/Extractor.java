package org.papergraph.extract;

import org.papergraph.source.Paper;

/** Turns a paper into an {@link Extraction}. Implementations are thread-safe. */
public interface Extractor {
    Extraction extract(Paper paper);

    /** Recorded as provenance on every paper graph. */
    String version();
}
