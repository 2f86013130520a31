package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.RdfMapper;
import org.papergraph.rdf.TestPapers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Write throughput of the on-disk store for a synthetic corpus (run with mvn -P bench test -Dtest=StoreWriteBench). */
@Tag("bench")
class StoreWriteBench {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWriteBench.class);
    static final int PAPERS = Integer.getInteger("bench.papers", 20_000);
    static final int BATCH = 500;

    @Test
    void writeThroughput(@TempDir Path dir) {
        RdfMapper mapper = new RdfMapper();
        long t0 = System.nanoTime();
        List<PaperGraph> graphs = new ArrayList<>(PAPERS);
        long quads = 0;
        for (int i = 0; i < PAPERS; i++) {
            PaperGraph g = mapper.map(TestPapers.synthetic(i), TestPapers.syntheticExtraction(i), TestPapers.T1);
            graphs.add(g);
            quads += g.graph().size();
        }
        double mapS = seconds(t0);
        try (PaperStore store = PaperStore.open(dir)) {
            long t1 = System.nanoTime();
            for (int from = 0; from < PAPERS; from += BATCH) {
                store.write(graphs.subList(from, Math.min(PAPERS, from + BATCH)));
            }
            double writeS = seconds(t1);
            long t2 = System.nanoTime();
            int unchanged = 0;
            for (int from = 0; from < PAPERS; from += BATCH) {
                unchanged += store.write(graphs.subList(from, Math.min(PAPERS, from + BATCH))).unchanged();
            }
            double rewriteS = seconds(t2);
            assertEquals(PAPERS, unchanged);
            assertEquals(PAPERS, store.paperCount());
            long t3 = System.nanoTime();
            store.reindexText();
            double reindexS = seconds(t3);
            String report = String.format("%d papers, %d quads: map %.0f papers/s; first write %.0f quads/s (%.0f papers/s); "
                            + "re-ingest unchanged %.0f papers/s; reindexText %.1f s",
                    PAPERS, quads, PAPERS / mapS, quads / writeS, PAPERS / writeS, PAPERS / rewriteS, reindexS);
            LOG.info(report);
            System.out.println("BENCH " + report);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
