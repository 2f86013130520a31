package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;

/**
 * Puts one uploaded document into the served store. The server calls it for
 * {@code POST /papergraph/ingest}; calls are serialised (one writer at a time).
 */
@FunctionalInterface
public interface IngestHandler {
    /**
     * @param name a name for the upload used in problem reports (file-like, e.g. {@code upload.jsonl})
     * @param body the document, any input format the pipeline detects
     */
    Outcome ingest(String name, InputStream body) throws IOException;

    /** What happened: {@code complete} is false when some input was skipped; {@code report} is sent as JSON. */
    record Outcome(boolean complete, Object report) {
    }
}
