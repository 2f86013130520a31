package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.rdf.TestPapers.T1;
import static org.papergraph.rdf.TestPapers.T2;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Extraction;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.RdfMapper;
import org.papergraph.rdf.TestPapers;
import org.papergraph.source.Paper;
import org.papergraph.source.PaperKeys;
import org.papergraph.source.SourceFormat;
import org.papergraph.source.SourceRef;

/** Reading stored papers back, finding them by title, and re-keying a paper in one transaction. */
class StoredPapersTest {
    private static final String TITLE = "Kestrel: Hovering Search over Sparse Retrieval Indexes";

    private static PaperGraph graph(Paper p) {
        return new RdfMapper().map(p, new Extraction(p.key(), List.of(), false, "v"), T1);
    }

    private static Paper titled(String file) {
        return Paper.builder().title(TITLE).abstractText("We propose Kestrel.")
                .source(new SourceRef(file, 5, SourceFormat.HF_PAGE)).build();
    }

    private static Paper arxiv(String id, String title) {
        return Paper.builder().arxivId(id).title(title).abstractText("We propose Kestrel, a retriever.")
                .authors(List.of("Lin Falco", "Sam Merlin")).published(LocalDate.of(2026, 3, 4)).upvotes(7)
                .source(new SourceRef("feed.xml", 0, SourceFormat.ARXIV_ATOM)).build();
    }

    @Test
    void aPaperComesBackFromTdb2ExactlyAsWritten(@TempDir Path dir) {
        Paper full = Paper.builder().arxivId("2601.00077").sourceId("hf-1").title(TITLE).abstractText("Abstract.")
                .authors(List.of("B", "A")).published(LocalDate.of(2026, 1, 5)).updated(LocalDate.of(2026, 2, 6))
                .featured(LocalDate.of(2026, 1, 7)).categories(List.of("cs.LG", "cs.AI")).doi("10.1/x")
                .codeUrl("https://github.com/example/kestrel").links(List.of("https://a.example/", "https://b.example/"))
                .keywords(List.of("retrieval")).upvotes(1_000_000)
                .sources(List.of(new SourceRef("z.jsonl", 2, SourceFormat.JSONL), new SourceRef("a.txt", 9, SourceFormat.HF_PAGE)))
                .build();
        try (PaperStore store = PaperStore.open(dir)) {
            store.write(List.of(graph(full), TestPapers.quokkaGraph(T1)));
            assertEquals(full, store.findPaper(full.key()).orElseThrow());
            assertEquals(TestPapers.quokka(), store.findPaper(TestPapers.quokka().key()).orElseThrow());
            assertTrue(store.findPaper("arxiv:9999.99999").isEmpty());
            assertTrue(store.findPaper("title:unknown").isEmpty());
        }
    }

    @Test
    void findByTitleFindsEveryKeyWithThatNormalisedTitle() {
        try (PaperStore store = PaperStore.inMemory()) {
            Paper t = titled("a.txt");
            Paper a = arxiv("2602.00001", "KESTREL — hovering search, over sparse retrieval indexes!");
            store.write(List.of(graph(t), graph(a), graph(arxiv("2602.00002", "Another Title"))));
            assertEquals(List.of(a, t), store.findPapersByTitle(TITLE));
            assertEquals(List.of(), store.findPapersByTitle("Kestrel"));
            assertEquals(List.of(), store.findPapersByTitle("  --  "));
            assertEquals(List.of(a, t), store.read(() -> store.findPapersByTitle(TITLE)), "lookups join a running read");
        }
    }

    @Test
    void reKeyingRemovesTheSupersededGraphAndCountsAsUpdated() {
        try (PaperStore store = PaperStore.inMemory()) {
            Paper t = titled("a.txt");
            store.write(List.of(graph(t), TestPapers.untitledGraph(T1)));
            Paper merged = org.papergraph.source.PaperMerger.merge(t, arxiv("2602.00001", TITLE));
            WriteSummary s = store.write(List.of(graph(merged)), Map.of(merged.key(), List.of(t.key())));
            assertEquals(new WriteSummary(0, 1, 0), s);
            assertEquals(2, store.paperCount());
            assertTrue(store.findPaper(t.key()).isEmpty());
            assertEquals(0, quadsIn(store, Iris.graph(t.key())));
            assertEquals(List.of(merged), store.findPapersByTitle(TITLE));
            assertEquals(2, merged.sources().size());
            // the same again: the replaced key is gone already, the new graph is unchanged
            assertEquals(new WriteSummary(0, 0, 1),
                    store.write(List.of(graph(merged)), Map.of(merged.key(), List.of(t.key()))));
        }
    }

    @Test
    void aFailedBatchKeepsTheGraphItWouldHaveReplaced() {
        try (PaperStore store = PaperStore.inMemory()) {
            Paper t = titled("a.txt");
            store.write(List.of(graph(t)));
            Paper merged = org.papergraph.source.PaperMerger.merge(t, arxiv("2602.00001", TITLE));
            PaperGraph broken = new PaperGraph("arxiv:boom", Iris.graph("arxiv:boom"), failingGraph());
            assertThrows(IllegalStateException.class, () -> store.write(List.of(graph(merged), broken),
                    Map.of(merged.key(), List.of(t.key()))));
            assertEquals(t, store.findPaper(t.key()).orElseThrow(), "removal rolled back with the batch");
            assertTrue(store.findPaper(merged.key()).isEmpty());
        }
    }

    @Test
    void aReplacedKeyEqualToTheNewOneIsIgnored() {
        try (PaperStore store = PaperStore.inMemory()) {
            Paper a = arxiv("2602.00001", TITLE);
            store.write(List.of(graph(a)));
            assertEquals(new WriteSummary(0, 0, 1), store.write(List.of(new RdfMapper().map(a,
                    new Extraction(a.key(), List.of(), false, "v"), T2)), Map.of(a.key(), List.of(a.key()))));
            assertEquals(a, store.findPaper(a.key()).orElseThrow());
            assertEquals(PaperKeys.titleKey(TITLE), PaperKeys.titleKey(TITLE.toLowerCase()));
        }
    }

    @Test
    void compactionKeepsEveryQuadAndDropsTheOldGeneration(@TempDir Path dir) {
        try (PaperStore store = PaperStore.open(dir)) {
            for (int i = 0; i < 40; i++) {
                store.write(List.of(TestPapers.quokkaGraph(T1), new RdfMapper().map(TestPapers.synthetic(i),
                        TestPapers.syntheticExtraction(i), i % 2 == 0 ? T1 : T2)));
            }
            List<String> before = allQuads(store);
            assertTrue(java.nio.file.Files.isDirectory(dir.resolve("tdb2/Data-0001")));
            store.compact();
            assertEquals(before, allQuads(store));
            assertTrue(java.nio.file.Files.isDirectory(dir.resolve("tdb2/Data-0002")), "a new generation");
            assertTrue(java.nio.file.Files.notExists(dir.resolve("tdb2/Data-0001")), "the old one deleted");
            store.write(List.of(TestPapers.untitledGraph(T1)));
            assertEquals(42, store.paperCount(), "still writable after compaction");
        }
        try (PaperStore again = PaperStore.open(dir)) {
            assertEquals(TestPapers.quokka(), again.findPaper(TestPapers.quokka().key()).orElseThrow());
        }
        try (PaperStore memory = PaperStore.inMemory()) {
            memory.compact();
        }
    }

    private static List<String> allQuads(PaperStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream()
                .map(Object::toString).sorted().toList());
    }

    private static long quadsIn(PaperStore store, Node g) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream(g, Node.ANY, Node.ANY, Node.ANY).count());
    }

    private static Graph failingGraph() {
        return new org.apache.jena.sparql.graph.GraphWrapper(GraphFactory.createDefaultGraph()) {
            @Override
            public ExtendedIterator<Triple> find() {
                throw new IllegalStateException("disk full");
            }
        };
    }
}
