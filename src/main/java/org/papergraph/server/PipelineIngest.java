package org.papergraph.server;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.papergraph.pipeline.Ingest;
import org.papergraph.pipeline.IngestReport;

/**
 * Uploads and watched files go through the ingest pipeline, so they get the same format detection,
 * extraction, mapping and one-transaction-per-batch writes as {@code papergraph ingest}.
 */
public final class PipelineIngest implements IngestHandler {
    private final Ingest ingest;

    public PipelineIngest(Ingest ingest) {
        this.ingest = ingest;
    }

    @Override
    public Outcome ingest(String name, InputStream body) {
        IngestReport r = ingest.run(name, body);
        return new Outcome(!r.hasProblems(), json(r));
    }

    /** A stable JSON shape for clients (field names as in the CLI summary; time in seconds). */
    static Map<String, Object> json(IngestReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("listings", r.listings());
        m.put("papers", r.papers());
        m.put("added", r.added());
        m.put("updated", r.updated());
        m.put("unchanged", r.unchanged());
        m.put("facts", r.facts());
        m.put("seconds", r.elapsed().toMillis() / 1000.0);
        List<Map<String, Object>> problems = r.problems().stream()
                .map(p -> Map.<String, Object>of("file", p.file(), "line", p.line(), "message", p.message()))
                .toList();
        m.put("problems", problems);
        return m;
    }
}
