package org.papergraph.source;

/**
 * Where a paper was read: the file (or {@code -} for stdin), the 1-based line where its record starts
 * (0 when the format has no meaningful line), and the detected format.
 */
public record SourceRef(String file, int line, SourceFormat format) {
}
