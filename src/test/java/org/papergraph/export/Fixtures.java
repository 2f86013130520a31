package org.papergraph.export;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.papergraph.extract.RuleExtractor;
import org.papergraph.pipeline.Ingest;
import org.papergraph.store.PaperStore;

/**
 * Test stores: the hand-written TriG fixture (exact answers are known), the real pipeline over
 * {@code examples/}, and over the seeds in {@code ../shared} (skipped when absent). The pipeline stores are
 * built once per JVM and must be treated as read-only.
 */
public final class Fixtures {
    public static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static PaperStore examples;
    private static PaperStore seeds;

    private Fixtures() {
    }

    /** A new in-memory store holding the TriG fixture. */
    public static PaperStore sampleStore() {
        PaperStore store = PaperStore.inMemory();
        loadTrig(store.dataset(), "/export/sample.trig");
        return store;
    }

    public static void loadTrig(Dataset ds, String resource) {
        Txn.executeWrite(ds, () -> {
            try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
                RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** {@code examples/} through the real ingest pipeline. */
    public static synchronized PaperStore examplesStore() {
        if (examples == null) {
            examples = ingest(List.of("examples"));
        }
        return examples;
    }

    /** The seeds through the real pipeline; skips the calling test when {@code ../shared} is absent. */
    public static synchronized PaperStore seedsStore() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seeds-graph test skipped");
        if (seeds == null) {
            seeds = ingest(List.of(SEEDS.toString()));
        }
        return seeds;
    }

    private static PaperStore ingest(List<String> inputs) {
        PaperStore store = PaperStore.inMemory();
        Ingest.into(store).extractor(RuleExtractor.create()).build().run(inputs);
        return store;
    }
}
