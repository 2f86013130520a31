package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.papergraph.store.PaperStoreTest.PREFIXES;
import static org.papergraph.store.PaperStoreTest.select;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.rdf.PaperGraph;

/**
 * Entity labels and aliases are indexed once however many paper graphs repeat them, and stay indexed exactly
 * while at least one graph holds them; titles stay one document per paper.
 */
class SharedLabelsTest {
    private static final Node ENTITY = NodeFactory.createURI("https://w3id.org/papergraph/entity/numbat");

    /** A paper graph whose title contains "marsupial" and which mentions the entity when {@code mentions}. */
    private static PaperGraph paper(int i, boolean mentions) {
        Graph g = GraphFactory.createDefaultGraph();
        Node paper = NodeFactory.createURI("https://w3id.org/papergraph/paper/p" + i);
        g.add(paper, DCTerms.title.asNode(), NodeFactory.createLiteralString("Marsupial routing " + i));
        if (mentions) {
            g.add(ENTITY, RDFS.label.asNode(), NodeFactory.createLiteralString("Numbat"));
            g.add(ENTITY, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Numbat net"));
        }
        return new PaperGraph("p" + i, NodeFactory.createURI("https://w3id.org/papergraph/graph/p" + i), g);
    }

    /** Every text hit, not DISTINCT: one row per index document. */
    private static int hits(Dataset ds, String property, String q) {
        return select(ds, PREFIXES + "SELECT ?s { (?s ?score) text:query (" + property + " '" + q + "') }", "s").size();
    }

    @Test
    void aLabelRepeatedByManyPapersIsOneDocumentUntilTheLastPaperDropsIt() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(paper(1, true), paper(2, true), paper(3, true)));
            assertEquals(1, hits(store.dataset(), "rdfs:label", "numbat"));
            assertEquals(1, hits(store.dataset(), "skos:altLabel", "numbat"));
            assertEquals(3, hits(store.dataset(), "dcterms:title", "marsupial"), "titles stay per paper");

            store.write(List.of(paper(1, false), paper(2, false)));
            assertEquals(1, hits(store.dataset(), "rdfs:label", "numbat"), "paper 3 still mentions it");
            store.write(List.of(paper(3, false)));
            assertEquals(0, hits(store.dataset(), "rdfs:label", "numbat"));
            assertEquals(0, hits(store.dataset(), "skos:altLabel", "numbat"));

            store.write(List.of(paper(2, true)));
            assertEquals(1, hits(store.dataset(), "rdfs:label", "numbat"), "mentioned again");
        }
    }

    @Test
    void reindexingKeepsOneDocumentPerLabel() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(paper(1, true), paper(2, true), paper(3, false)));
            store.reindexText();
            assertEquals(1, hits(store.dataset(), "rdfs:label", "numbat"));
            assertEquals(3, hits(store.dataset(), "dcterms:title", "marsupial"));
            store.write(List.of(paper(1, false), paper(2, false)));
            assertEquals(0, hits(store.dataset(), "rdfs:label", "numbat"));
        }
    }

    @Test
    void anIndexWithOneLabelDocumentPerPaperIsRebuiltOnOpen(@TempDir Path dir) throws Exception {
        // the layout before shared labels: jena-text's own per-quad documents
        Dataset tdb = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        Dataset old = TextDatasetFactory.createLucene(tdb, FSDirectory.open(dir.resolve("text")), TextIndexes.config());
        old.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(old, () -> List.of(paper(1, true), paper(2, true)).forEach(p -> p.graph().find()
                .forEachRemaining(t -> old.asDatasetGraph().add(p.graphName(), t.getSubject(), t.getPredicate(), t.getObject()))));
        assertEquals(2, hits(old, "rdfs:label", "numbat"));
        old.close();
        TDBInternal.expel(tdb.asDatasetGraph());

        try (PaperStore store = PaperStore.open(dir)) {
            assertEquals(1, hits(store.dataset(), "rdfs:label", "numbat"));
            assertEquals(2, hits(store.dataset(), "dcterms:title", "marsupial"));
            store.write(List.of(paper(1, false), paper(2, false)));
            assertEquals(0, hits(store.dataset(), "rdfs:label", "numbat"), "no stale per-paper document left");
        }
    }
}
