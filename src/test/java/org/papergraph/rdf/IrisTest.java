package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class IrisTest {
    static final List<String> NASTY = List.of("", " ", "a b", "quote\"d", "brace}{", "angle<>", "C++", "naïve Bayes",
            "模型", "emoji 🦘", "back\\slash", "#frag?q=1&x", "..", ".", "%41", "tab\tnew\nline", "x".repeat(500));

    @Test
    void paperSlugs() {
        assertEquals(Vocab.PAPER_BASE + "2403.01234", Iris.paper("arxiv:2403.01234").getURI());
        assertEquals(Vocab.PAPER_BASE + "cs_0112017", Iris.paper("arxiv:cs/0112017").getURI());
        assertEquals(Vocab.PAPER_BASE + "t-abcdef0123456789", Iris.paper("title:abcdef0123456789").getURI());
        assertEquals(Vocab.GRAPH_BASE + "i-0011", Iris.graph("id:0011").getURI());
        assertTrue(Iris.paper("weird key }>").getURI().startsWith(Vocab.PAPER_BASE + "k-"));
        assertEquals(Iris.paper("arxiv:2403.01234"), Iris.paper("arxiv:2403.01234"), "deterministic");
    }

    @Test
    void entityIrisAreValidAsciiAndDistinctForNastyKeys() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String key : NASTY) {
            String iri = Iris.entity(key).getURI();
            assertValid(iri);
            assertTrue(iri.chars().allMatch(c -> c > 32 && c < 127), "ASCII only: " + iri);
            assertTrue(iri.length() < Vocab.ENTITY_BASE.length() + Iris.MAX_SEGMENT + 1, "bounded: " + iri);
            seen.add(Iris.entity(key.strip()).getURI());
        }
        // distinct keys stay distinct (blank ones collapse by design: they are the same empty key)
        assertEquals(NASTY.stream().map(String::strip).distinct().count(), seen.size());
        assertEquals(Vocab.ENTITY_BASE + "na%C3%AFvebayes", Iris.entity("naïvebayes").getURI());
        assertNotEquals(Iris.entity("x".repeat(500)), Iris.entity("x".repeat(501)), "long keys keep a hash");
    }

    @Test
    void nastyIrisSurviveSerialisationAndSparql() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String key : NASTY) {
            g.add(Triple.create(Iris.entity(key), RDFS.label.asNode(), NodeFactory.createLiteralString(key)));
            g.add(Triple.create(Iris.paperPart(Iris.paper("title:" + key), "m", key, "x"), RDFS.label.asNode(),
                    NodeFactory.createLiteralString(key)));
        }
        for (Lang lang : List.of(Lang.NTRIPLES, Lang.TURTLE, Lang.RDFXML, Lang.JSONLD)) {
            StringWriter out = new StringWriter();
            RDFDataMgr.write(out, g, lang);
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(out.toString(), lang).parse(back);
            assertTrue(back.isIsomorphicWith(g), "round trip through " + lang);
        }
        for (String key : NASTY) {
            QueryFactory.create("SELECT * { <" + Iris.entity(key).getURI() + "> ?p ?o }");
        }
    }

    @Test
    void webIrisUseTheUrlOnlyWhenItIsAValidHttpIri() {
        assertEquals("https://github.com/a/b", Iris.web("https://github.com/a/b").getURI());
        assertEquals("https://github.com/a/b", Iris.web("  https://github.com/a/b ").getURI());
        for (String bad : List.of("https://github.com/a/{b}", "https://git hub.com/x", "ftp://x.org/y", "github.com/a/b",
                "https://", "https:///path", "javascript:alert(1)", "https://x.org/\"q\"", "")) {
            Node n = Iris.web(bad);
            assertTrue(n.getURI().startsWith(Vocab.REPO_BASE), bad + " -> " + n);
            assertValid(n.getURI());
        }
        assertEquals(Iris.web("https://x.org/{a}"), Iris.web("https://x.org/{a}"), "stable fallback");
    }

    @Test
    void hashIsStableAndShort() {
        assertEquals(16, Iris.hash("anything").length());
        assertEquals(Iris.hash("a"), Iris.hash("a"));
        assertNotEquals(Iris.hash("a"), Iris.hash("b"));
        assertFalse(Iris.paperPart(Iris.paper("arxiv:1"), "m", "a", "bc").equals(Iris.paperPart(Iris.paper("arxiv:1"), "m", "ab", "c")),
                "parts are separated before hashing");
    }

    private static void assertValid(String iri) {
        IRIx x = IRIx.create(iri);
        assertTrue(x.isAbsolute() && !x.hasViolations(), "valid IRI: " + iri);
    }
}
