package org.papergraph.pipeline;

/** Progress of long work, in papers; the CLI shows it as a progress bar. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    default void started(String phase, long total) {
    }

    default void advanced(long done) {
    }

    default void finished() {
    }
}
