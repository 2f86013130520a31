package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.rdf.TestPapers.T1;
import static org.papergraph.rdf.TestPapers.T2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Extraction;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.RdfMapper;
import org.papergraph.rdf.TestPapers;
import org.papergraph.source.Paper;

class PaperStoreTest {
    static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    /** "quokka" matches the method and, as a token of "Quokka-7B", the model. */
    static final List<String> QUOKKAS = List.of("https://w3id.org/papergraph/entity/quokka",
            "https://w3id.org/papergraph/entity/quokka7b");

    @Test
    void reingestingTheSameInputChangesNothing() {
        try (PaperStore store = PaperStore.inMemory()) {
            assertEquals(new WriteSummary(2, 0, 0), store.write(List.of(TestPapers.quokkaGraph(T1), TestPapers.untitledGraph(T1))));
            Set<Quad> before = quads(store);
            // same input, later run: the time differs, the store keeps the earlier graph untouched
            assertEquals(new WriteSummary(0, 0, 2), store.write(List.of(TestPapers.quokkaGraph(T2), TestPapers.untitledGraph(T2))));
            assertEquals(before, quads(store));
            assertEquals(2, store.paperCount());
        }
    }

    @Test
    void aChangedPaperReplacesItsGraph() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(TestPapers.quokkaGraph(T1)));
            Extraction fewer = new Extraction(TestPapers.quokka().key(), TestPapers.quokkaExtraction().facts().subList(0, 1),
                    false, TestPapers.VERSION);
            PaperGraph changed = new RdfMapper().map(TestPapers.quokka(), fewer, T2);
            assertEquals(new WriteSummary(0, 1, 0), store.write(List.of(changed)));
            // the stored graph is now exactly the new one, time included
            Set<Triple> stored = Txn.calculateRead(store.dataset(),
                    () -> new HashSet<>(store.dataset().asDatasetGraph().getGraph(changed.graphName()).find().toList()));
            assertEquals(new HashSet<>(changed.graph().find().toList()), stored);
            assertEquals(1, store.paperCount());
        }
    }

    @Test
    void unionDefaultGraphSeesEveryPaper() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(TestPapers.quokkaGraph(T1), TestPapers.untitledGraph(T1)));
            assertEquals(List.of("", TestPapers.TITLE),
                    select(store.dataset(), PREFIXES + "SELECT ?t { ?p dcterms:title ?t } ORDER BY ?t", "t"));
        }
    }

    @Test
    void aFailedBatchLeavesStoreAndIndexUnchanged() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(TestPapers.untitledGraph(T1)));
            Set<Quad> before = quads(store);
            PaperGraph broken = new PaperGraph("arxiv:boom", NodeFactory.createURI("https://w3id.org/papergraph/graph/boom"),
                    failingGraph());
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> store.write(List.of(TestPapers.quokkaGraph(T1), broken)));
            assertEquals("disk on fire", e.getMessage());
            assertEquals(before, quads(store));
            assertEquals(1, store.paperCount());
            assertEquals(List.of(), textHits(store, "quokka"), "index rolled back with the data");
            assertEquals(1, textHits(store, "emu").size());
        }
    }

    @Test
    void blankNodesAreRefusedAndTheBatchAborted() {
        try (PaperStore store = PaperStore.inMemory()) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createURI("https://x.org/p"), NodeFactory.createURI("https://x.org/q"),
                    NodeFactory.createBlankNode()));
            PaperGraph withBlank = new PaperGraph("arxiv:b", NodeFactory.createURI("https://w3id.org/papergraph/graph/b"), g);
            var e = assertThrows(IllegalArgumentException.class,
                    () -> store.write(List.of(TestPapers.quokkaGraph(T1), withBlank)));
            assertTrue(e.getMessage().contains("arxiv:b"), e.getMessage());
            assertEquals(0, store.paperCount());
        }
    }

    @Test
    void textSearchFollowsWritesAndReplacements() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(TestPapers.quokkaGraph(T1)));
            assertEquals(QUOKKAS, textHits(store, "quokka"));
            assertEquals(List.of("https://w3id.org/papergraph/entity/llama27b"),
                    select(store.dataset(), PREFIXES + "SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'llama') }", "s"));
            assertEquals(List.of("https://w3id.org/papergraph/paper/2601.00001"), select(store.dataset(),
                    PREFIXES + "SELECT DISTINCT ?s { ?s text:query (dcterms:abstract 'wombatqa') }", "s"));

            // replace the paper with a retitled version without facts: old text must leave the index
            Paper retitled = Paper.builder().arxivId("2601.00001").title("Platypus routing").abstractText("Nothing here.").build();
            store.write(List.of(new RdfMapper().map(retitled, new Extraction(retitled.key(), List.of(), false, "v"), T2)));
            assertEquals(List.of(), textHits(store, "quokka"));
            assertEquals(List.of(), select(store.dataset(),
                    PREFIXES + "SELECT DISTINCT ?s { ?s text:query (dcterms:abstract 'wombatqa') }", "s"));
            assertEquals(List.of("https://w3id.org/papergraph/paper/2601.00001"), select(store.dataset(),
                    PREFIXES + "SELECT DISTINCT ?s { ?s text:query (dcterms:title 'platypus') }", "s"));
        }
    }

    @Test
    void anEntityLabelStaysFoundWhileAnotherPaperStillHasIt() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(mapSynthetic(1), mapSynthetic(21)));   // both use dataset Hyrax1
            Paper gone = TestPapers.synthetic(1);
            store.write(List.of(new RdfMapper().map(gone, new Extraction(gone.key(), List.of(), false, "v"), T2)));
            assertEquals(List.of("https://w3id.org/papergraph/entity/hyrax1"), textHits(store, "hyrax1"));
        }
    }

    @Test
    void persistsAndReopens(@TempDir Path dir) {
        try (PaperStore store = PaperStore.open(dir)) {
            store.write(List.of(TestPapers.quokkaGraph(T1)));
        }
        assertTrue(Files.isDirectory(dir.resolve("tdb2")) && Files.isDirectory(dir.resolve("text")));
        try (PaperStore store = PaperStore.open(dir)) {
            assertEquals(1, store.paperCount());
            assertEquals(QUOKKAS, textHits(store, "quokka"));
            assertEquals(new WriteSummary(0, 0, 1), store.write(List.of(TestPapers.quokkaGraph(T2))));
        }
    }

    @Test
    void aStoreOpenTwiceOrOnAFileFailsClearly(@TempDir Path dir) throws Exception {
        try (PaperStore store = PaperStore.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> PaperStore.open(dir));
            assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("already open"), e.getMessage());
            store.write(List.of(TestPapers.untitledGraph(T1)));   // the first one still works
        }
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        StoreException e = assertThrows(StoreException.class, () -> PaperStore.open(file));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }

    @Test
    void reindexTextRebuildsFromBulkLoadedData(@TempDir Path dir) {
        try (PaperStore store = PaperStore.open(dir)) {
            store.write(List.of(TestPapers.untitledGraph(T1)));
        }
        // a bulk path writes TDB2 directly, behind the index's back, and removes a paper the index knows
        Dataset tdb = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        PaperGraph q = TestPapers.quokkaGraph(T1);
        Txn.executeWrite(tdb, () -> {
            tdb.asDatasetGraph().deleteAny(TestPapers.untitledGraph(T1).graphName(), Node.ANY, Node.ANY, Node.ANY);
            q.graph().find().forEachRemaining(t -> tdb.asDatasetGraph().add(q.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
        });
        TDBInternal.expel(tdb.asDatasetGraph());
        try (PaperStore store = PaperStore.open(dir)) {
            assertEquals(List.of(), textHits(store, "quokka"), "not indexed yet");
            assertEquals(1, textHits(store, "emu").size(), "stale entry");
            store.reindexText();
            assertEquals(QUOKKAS, textHits(store, "quokka"));
            assertEquals(List.of(), textHits(store, "emu"));
        }
    }

    static PaperGraph mapSynthetic(int i) {
        return new RdfMapper().map(TestPapers.synthetic(i), TestPapers.syntheticExtraction(i), T1);
    }

    static Set<Quad> quads(PaperStore store) {
        return Txn.calculateRead(store.dataset(),
                () -> {
                    Set<Quad> out = new HashSet<>();
                    store.dataset().asDatasetGraph().find().forEachRemaining(out::add);
                    return out;
                });
    }

    static List<String> textHits(PaperStore store, String q) {
        return select(store.dataset(), PREFIXES + "SELECT DISTINCT ?s { ?s text:query (rdfs:label '" + q + "') } ORDER BY ?s", "s");
    }

    static List<String> select(Dataset ds, String query, String var) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecutionFactory.create(query, ds)) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get(var).isLiteral()
                        ? s.getLiteral(var).getString() : s.getResource(var).getURI()));
            }
            return out;
        });
    }

    /** A graph whose triples cannot be read: stands in for any failure in the middle of a batch. */
    private static Graph failingGraph() {
        return new org.apache.jena.sparql.graph.GraphWrapper(GraphFactory.createDefaultGraph()) {
            @Override
            public ExtendedIterator<Triple> find() {
                throw new IllegalStateException("disk on fire");
            }
        };
    }

}
