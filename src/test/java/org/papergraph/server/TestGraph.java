package org.papergraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.papergraph.rdf.Vocab;

/**
 * A small served graph written for these tests with the project vocabulary: an in-memory TDB2 dataset with a
 * Lucene text index and the union default graph, like the store's. Two papers, one named graph each.
 */
final class TestGraph {
    static final String PAPER1 = "2401.00001";
    static final String PAPER2 = "2401.00002";
    static final String TITLE1 = "Sparse Mixture Routers for Tiny Language Models";
    /** A title with markup, to check that pages escape it. */
    static final String TITLE2 = "<script>alert('x')</script> & Friends: Routing Revisited";
    static final String METHOD = "method/routemix";
    static final String DATASET = "dataset/toyqa";
    static final String CODE = "https://github.com/example/routemix";

    private TestGraph() {
    }

    static Dataset create() {
        EntityDefinition entities = new EntityDefinition("uri", "label", RDFS.label.asNode());
        entities.set("altLabel", SKOS.altLabel.asNode());
        entities.set("title", DCTerms.title.asNode());
        entities.set("abstract", DCTerms.abstract_.asNode());
        entities.setGraphField("graph");
        Dataset tdb = TDB2Factory.createDataset();
        Dataset ds = TextDatasetFactory.createLucene(tdb, new ByteBuffersDirectory(), entities, new StandardAnalyzer());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node g1 = uri(Vocab.GRAPH_BASE + PAPER1);
            Node p1 = paper(PAPER1);
            add(dsg, g1, p1, RDF.type.asNode(), uri(Vocab.Paper.getURI()));
            add(dsg, g1, p1, DCTerms.title.asNode(), lit(TITLE1));
            add(dsg, g1, p1, DCTerms.abstract_.asNode(), lit("We introduce RouteMix, a router for small mixtures, and evaluate it on ToyQA."));
            add(dsg, g1, p1, Vocab.arxivId.asNode(), lit(PAPER1));
            add(dsg, g1, p1, Vocab.proposes.asNode(), entity(METHOD));
            add(dsg, g1, p1, Vocab.usesDataset.asNode(), entity(DATASET));
            add(dsg, g1, p1, Vocab.hasCodeRepository.asNode(), uri(CODE));
            Node result = uri(Vocab.BASE + "result/" + PAPER1 + "-1");
            add(dsg, g1, p1, Vocab.reportsResult.asNode(), result);
            add(dsg, g1, result, RDF.type.asNode(), uri(Vocab.Result.getURI()));
            add(dsg, g1, result, Vocab.metricName.asNode(), lit("accuracy"));
            add(dsg, g1, result, Vocab.valueText.asNode(), lit("81.5%"));
            add(dsg, g1, result, Vocab.onDataset.asNode(), entity(DATASET));
            add(dsg, g1, result, Vocab.resultSubject.asNode(), entity(METHOD));
            add(dsg, g1, entity(METHOD), RDF.type.asNode(), uri(Vocab.Method.getURI()));
            add(dsg, g1, entity(METHOD), RDFS.label.asNode(), lit("RouteMix"));
            add(dsg, g1, entity(METHOD), SKOS.altLabel.asNode(), lit("Route-Mix"));
            add(dsg, g1, entity(DATASET), RDF.type.asNode(), uri(Vocab.Dataset.getURI()));
            add(dsg, g1, entity(DATASET), RDFS.label.asNode(), lit("ToyQA"));

            Node g2 = uri(Vocab.GRAPH_BASE + PAPER2);
            Node p2 = paper(PAPER2);
            add(dsg, g2, p2, RDF.type.asNode(), uri(Vocab.Paper.getURI()));
            add(dsg, g2, p2, DCTerms.title.asNode(), lit(TITLE2));
            add(dsg, g2, p2, Vocab.arxivId.asNode(), lit(PAPER2));
            add(dsg, g2, p2, Vocab.usesDataset.asNode(), entity(DATASET));
            add(dsg, g2, p2, Vocab.hasLink.asNode(), uri("javascript:alert(1)"));
            add(dsg, g2, entity(DATASET), RDF.type.asNode(), uri(Vocab.Dataset.getURI()));
            add(dsg, g2, entity(DATASET), RDFS.label.asNode(), lit("ToyQA"));
        });
        return ds;
    }

    static Node paper(String id) {
        return uri(Vocab.PAPER_BASE + id);
    }

    static Node entity(String key) {
        return uri(Vocab.ENTITY_BASE + key);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(Quad.create(g, s, p, o));
    }
}
