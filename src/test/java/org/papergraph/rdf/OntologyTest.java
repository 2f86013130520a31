package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology documents every term the code uses, and the JSON-LD context round-trips a paper graph. */
class OntologyTest {
    private static final Model ONTOLOGY = load("papergraph/ontology/papergraph.ttl");

    @Test
    void everyVocabTermIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : Vocab.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                if (r.getURI().startsWith(Vocab.NS) && !documented(ONTOLOGY.createResource(r.getURI()))) {
                    missing.add(r.getURI());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDeclaredTermHasLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(r -> {
                if (!documented(r)) {
                    missing.add(r.getURI());
                }
            });
        }
        assertEquals(List.of(), missing);
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(Vocab.Paper.getURI()), OWL.equivalentClass,
                ONTOLOGY.createResource(Vocab.LPWC_CLASS + "paper")));
    }

    @Test
    void everyTermTheMapperWritesIsInTheOntology() {
        Graph g = TestPapers.quokkaGraph(TestPapers.T1).graph();
        Set<String> undeclared = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            check(t.getPredicate(), undeclared);
            if (t.getPredicate().equals(RDF.type.asNode())) {
                check(t.getObject(), undeclared);
            }
        });
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void jsonLdContextCompactsAndRoundTrips() throws Exception {
        Graph g = TestPapers.quokkaGraph(TestPapers.T1).graph();
        StringWriter expanded = new StringWriter();
        RDFDataMgr.write(expanded, g, Lang.JSONLD);
        JsonObject compact;
        try (InputStream ctx = getClass().getClassLoader().getResourceAsStream("papergraph/ontology/context.jsonld")) {
            compact = JsonLd.compact(JsonDocument.of(new StringReader(expanded.toString())), JsonDocument.of(ctx)).get();
        }
        String json = compact.toString();
        assertTrue(json.contains("\"proposes\"") && json.contains("\"title\"") && json.contains("\"confidence\""), json);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json, Lang.JSONLD).parse(back);
        assertTrue(back.isIsomorphicWith(g), "compacted JSON-LD reads back to the same graph");
    }

    private static void check(Node n, Set<String> undeclared) {
        if (n.isURI() && n.getURI().startsWith(Vocab.NS) && !documented(ONTOLOGY.createResource(n.getURI()))) {
            undeclared.add(n.getURI());
        }
    }

    private static boolean documented(Resource r) {
        return r.hasProperty(RDF.type) && r.hasProperty(RDFS.label) && r.hasProperty(RDFS.comment);
    }

    private static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(OntologyTest.class.getClassLoader().getResourceAsStream(resource)).lang(Lang.TURTLE).parse(m);
        return m;
    }
}
