package org.papergraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleExtractor;
import org.papergraph.store.PaperStore;

class IngestTest {
    private static final Extractor RULES = RuleExtractor.create();
    private final PaperStore store = PaperStore.inMemory();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    private static final String JSONL = """
            {"id": "p-1", "title": "GridFormer: Sparse Attention for Satellite Image Segmentation", "abstract": "We propose GridFormer, evaluated on ADE20K. Code: https://github.com/example/gridformer."}
            {"id": "p-2", "title": "Counting Ducks with Diffusion", "abstract": "We introduce DuckCount, a benchmark for counting birds."}
            """;

    @Test
    void papersFromTwoFilesAreMergedAndStoredOncePerPaper() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), JSONL);
        Files.writeString(dir.resolve("b.jsonl"), JSONL.lines().findFirst().orElseThrow() + "\n");
        IngestReport r = Ingest.into(store).extractor(RULES).build().run(List.of(dir.toString()));
        assertEquals(3, r.listings());
        assertEquals(2, r.papers());
        assertEquals(2, r.added());
        assertEquals(2, store.paperCount());
        assertTrue(r.facts() > 0, "the code URL and the proposed artifacts are facts");
    }

    @Test
    void reingestingTheSameInputChangesNothing() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), JSONL);
        Ingest ingest = Ingest.into(store).extractor(RULES).build();
        ingest.run(List.of(dir.toString()));
        List<String> before = quads();
        IngestReport again = ingest.run(List.of(dir.toString()));
        assertEquals(0, again.added());
        assertEquals(0, again.updated());
        assertEquals(2, again.unchanged());
        assertEquals(before, quads());
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestGoesIn() {
        String input = JSONL + "{not json at all\n";
        IngestReport r = Ingest.into(store).extractor(RULES).build()
                .run("upload.jsonl", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, r.papers());
        assertEquals(1, r.problems().size());
        assertEquals("upload.jsonl", r.problems().get(0).file());
        assertEquals(3, r.problems().get(0).line());
        assertEquals(2, store.paperCount());
    }

    @Test
    void aPaperTheExtractorChokesOnIsSkippedAndNamed() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), JSONL);
        Extractor failsOnDucks = new Extractor() {
            @Override
            public Extraction extract(org.papergraph.source.Paper p) {
                if (p.title().contains("Ducks")) {
                    throw new IllegalStateException("boom");
                }
                return RULES.extract(p);
            }

            @Override
            public String version() {
                return RULES.version();
            }
        };
        IngestReport r = Ingest.into(store).extractor(failsOnDucks).build().run(List.of(dir.toString()));
        assertEquals(1, store.paperCount());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).file().endsWith("a.jsonl"));
        assertEquals(2, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().contains("boom"));
    }

    @Test
    void batchesAreIndependentTransactions() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            many.append("{\"id\": \"q-").append(i).append("\", \"title\": \"Paper number ").append(i)
                    .append("\", \"abstract\": \"We evaluate on ImageNet.\"}\n");
        }
        Files.writeString(dir.resolve("many.jsonl"), many);
        IngestReport r = Ingest.into(store).extractor(RULES).batchSize(10).threads(2).build()
                .run(List.of(dir.toString()));
        assertEquals(25, r.added());
        assertEquals(25, store.paperCount());
        assertThrows(IllegalArgumentException.class, () -> Ingest.into(store).batchSize(0));
    }

    private List<String> quads() {
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().asDatasetGraph().stream().map(Quad::toString).sorted().toList());
    }
}
