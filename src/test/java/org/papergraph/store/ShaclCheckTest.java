package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.rdf.TestPapers.T1;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.TestPapers;
import org.papergraph.rdf.Vocab;

class ShaclCheckTest {
    private static final ShaclCheck CHECK = ShaclCheck.standard();

    @Test
    void mappedGraphsConform() {
        for (PaperGraph pg : List.of(TestPapers.quokkaGraph(T1), TestPapers.untitledGraph(T1))) {
            ShaclCheck.Report r = CHECK.validate(pg.graph());
            assertTrue(r.conforms(), String.join("\n", r.messages()));
        }
    }

    @Test
    void theStoreUnionConforms() {
        try (PaperStore store = PaperStore.inMemory()) {
            store.write(List.of(TestPapers.quokkaGraph(T1), TestPapers.untitledGraph(T1), PaperStoreTest.mapSynthetic(3)));
            ShaclCheck.Report r = CHECK.validate(store);
            assertTrue(r.conforms(), String.join("\n", r.messages()));
        }
    }

    @Test
    void missingTitleIsReported() {
        Graph g = copy(TestPapers.quokkaGraph(T1).graph());
        g.remove(Node.ANY, DCTerms.title.asNode(), Node.ANY);
        assertViolation(g, "dcterms:title");
    }

    @Test
    void emptyTitleNeedsASourceId() {
        Graph g = copy(TestPapers.quokkaGraph(T1).graph());
        Node paper = NodeFactory.createURI(Vocab.PAPER_BASE + "2601.00001");
        g.remove(paper, DCTerms.title.asNode(), Node.ANY);
        g.add(Triple.create(paper, DCTerms.title.asNode(), NodeFactory.createLiteralString("")));
        assertFalse(CHECK.validate(g).conforms());
        // the untitled JSONL paper has a source id, so its empty title is fine (checked in mappedGraphsConform)
    }

    @Test
    void confidenceOutOfRangeAndEntityWithoutLabelAreReported() {
        Graph g = copy(TestPapers.quokkaGraph(T1).graph());
        Triple conf = g.find(Node.ANY, Vocab.confidence.asNode(), Node.ANY).next();
        g.delete(conf);
        g.add(Triple.create(conf.getSubject(), conf.getPredicate(), NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble)));
        assertViolation(g, "confidence");

        Graph h = copy(TestPapers.quokkaGraph(T1).graph());
        h.remove(NodeFactory.createURI(Vocab.ENTITY_BASE + "quokka"), RDFS.label.asNode(), Node.ANY);
        assertViolation(h, "rdfs:label");
    }

    @Test
    void resultWithoutValueIsReported() {
        Graph g = copy(TestPapers.quokkaGraph(T1).graph());
        g.remove(Node.ANY, Vocab.value.asNode(), Node.ANY);
        g.remove(Node.ANY, Vocab.valueText.asNode(), Node.ANY);
        assertFalse(CHECK.validate(g).conforms());
    }

    private static void assertViolation(Graph g, String expected) {
        ShaclCheck.Report r = CHECK.validate(g);
        assertFalse(r.conforms());
        assertTrue(r.messages().stream().anyMatch(m -> m.contains(expected)), expected + " in " + r.messages());
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
