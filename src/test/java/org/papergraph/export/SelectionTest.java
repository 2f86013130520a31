package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;
import org.papergraph.rdf.Vocab;

class SelectionTest {
    static final String G1 = Vocab.GRAPH_BASE + "arxiv-2401.00001";
    static final String G2 = Vocab.GRAPH_BASE + "arxiv-2312.09999";
    final Dataset store = Fixtures.sampleStore().dataset();

    private DatasetGraph export(Selection sel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.create().dataset(store).format(ExportFormat.NQUADS).selection(sel).build().writeTo(out);
        return RoundTripTest.read(new ByteArrayInputStream(out.toByteArray()), ExportFormat.NQUADS);
    }

    private static Set<String> graphs(DatasetGraph dsg) {
        Set<String> names = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    @Test
    void graphSelectionKeepsExactlyThoseGraphs() {
        DatasetGraph out = export(new Selection(List.of(G2), null, null));
        assertEquals(Set.of(G2), graphs(out));
        Txn.executeRead(store, () -> assertTrue(store.asDatasetGraph().getGraph(NodeFactory.createURI(G2))
                .isIsomorphicWith(out.getGraph(NodeFactory.createURI(G2)))));
    }

    @Test
    void sinceUsesPublishedOrFeaturedDate() {
        assertEquals(Set.of(G1), graphs(export(new Selection(List.of(), LocalDate.of(2024, 1, 1), null))));
        // published 2024-01-03 but featured 2024-01-05: still in
        assertEquals(Set.of(G1), graphs(export(new Selection(List.of(), LocalDate.of(2024, 1, 5), null))));
        assertEquals(Set.of(), graphs(export(new Selection(List.of(), LocalDate.of(2024, 1, 6), null))));
        assertEquals(Set.of(G1, G2), graphs(export(new Selection(List.of(), LocalDate.of(2023, 12, 20), null))));
        assertEquals(Set.of(G2), graphs(export(new Selection(List.of(G2), LocalDate.of(2023, 1, 1), null))));
    }

    @Test
    void typeSelectionGivesEntitiesOfThatTypeAndTheirEdges() {
        DatasetGraph out = export(new Selection(List.of(), null, EntityType.DATASET));
        Node tabbench = NodeFactory.createURI(Vocab.ENTITY_BASE + "tabbench");
        out.find().forEachRemaining(q -> assertTrue(q.getSubject().equals(tabbench) || q.getObject().equals(tabbench), q.toString()));
        Node g1 = NodeFactory.createURI(G1);
        assertTrue(out.contains(g1, NodeFactory.createURI(Vocab.PAPER_BASE + "arxiv-2401.00001"), Vocab.usesDataset.asNode(), tabbench));
        assertTrue(out.contains(g1, tabbench, RDF.type.asNode(), Vocab.Dataset.asNode()));
        assertTrue(out.find(Node.ANY, Node.ANY, Vocab.onDataset.asNode(), tabbench).hasNext(), "result edges kept");
        assertTrue(out.find(Node.ANY, Node.ANY, Vocab.mentionOf.asNode(), tabbench).hasNext(), "mention edges kept");
        // a Model selection keeps the basedOn chain (quokka -> llama2 -> llama), each edge once
        DatasetGraph models = export(new Selection(List.of(), null, EntityType.MODEL));
        assertEquals(2, models.stream().filter(q -> q.getPredicate().equals(Vocab.basedOn.asNode())).count());
    }

    @Test
    void typeAndSinceDoNotCombine() {
        assertThrows(IllegalArgumentException.class, () -> new Selection(List.of(), LocalDate.now(), EntityType.MODEL));
    }
}
