package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.rdf.TestPapers.T1;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Extraction;
import org.papergraph.source.Paper;
import org.papergraph.source.SourceFormat;
import org.papergraph.source.SourceRef;

class RdfPaperReaderTest {

    /** Every field set; lists RDF keeps as sets are already in the reader's order, the others deliberately not. */
    static Paper everyField() {
        return Paper.builder().arxivId("2601.00077").sourceId("hf-2601.00077")
                .title("Platypus: Egg-Laying \"Mixtures\" of Experts — a Ünïcode Title")
                .abstractText("We propose Platypus, a mixture of experts. It reaches 91.2 F1 on NumbatNER.\nSecond line.")
                .authors(List.of("Zed Last", "Amy First", "Zed Last", "Mo Middle"))
                .published(LocalDate.of(2026, 1, 5)).updated(LocalDate.of(2026, 2, 6)).featured(LocalDate.of(2026, 1, 7))
                .categories(List.of("cs.LG", "cs.AI", "stat.ML")).doi("10.1234/platypus.2026")
                .codeUrl("https://github.com/example/platypus")
                .links(List.of("https://arxiv.org/abs/2601.00077", "https://example.org/platypus"))
                .keywords(List.of("egg laying", "mixture of experts")).upvotes(0)
                .sources(List.of(new SourceRef("z/last.jsonl", 9, SourceFormat.JSONL),
                        new SourceRef("a/first.txt", 120, SourceFormat.HF_PAGE),
                        new SourceRef("-", 0, SourceFormat.ARXIV_ATOM),
                        new SourceRef("m/mid.json", 1, SourceFormat.HF_JSON),
                        new SourceRef("a/first.txt", 4, SourceFormat.HF_PAGE)))
                .build();
    }

    static Paper roundTrip(Paper p) {
        Extraction none = new Extraction(p.key(), List.of(), false, "v");
        return RdfPaperReader.read(new RdfMapper().map(p, none, T1).graph()).orElseThrow();
    }

    @Test
    void everyFieldComesBack() {
        Paper p = everyField();
        assertEquals(p, roundTrip(p));
    }

    @Test
    void titleKeyedPaperWithOnlyATitleComesBackWithNullsAndEmpties() {
        Paper p = Paper.builder().title("Counting Ducks").source(new SourceRef("d.txt", 3, SourceFormat.HF_PAGE)).build();
        Paper back = roundTrip(p);
        assertEquals(p, back);
        assertTrue(back.key().startsWith("title:"));
        assertEquals(null, back.upvotes());
        assertEquals("", back.abstractText());
    }

    @Test
    void untitledPaperKeepsItsSourceIdKeyAndEmptyTitle() {
        Paper p = TestPapers.untitled();
        assertEquals(p, roundTrip(p));
    }

    @Test
    void aPaperWithFactsReadsTheSameAsWithout() {
        Paper q = TestPapers.quokka();
        assertEquals(q, RdfPaperReader.read(TestPapers.quokkaGraph(T1).graph()).orElseThrow(),
                "extracted code links and entities do not leak into the paper's metadata");
    }

    @Test
    void setLikeListsComeBackAsTheSameSetsInCodePointOrderPrimaryCategoryFirst() {
        Paper p = Paper.builder().arxivId("2601.00078").title("Order")
                .categories(List.of("stat.ML", "cs.LG", "cs.AI")).keywords(List.of("zeta", "alpha", "zeta"))
                .links(List.of("https://z.example/", "https://a.example/")).build();
        Paper back = roundTrip(p);
        assertEquals(List.of("stat.ML", "cs.AI", "cs.LG"), back.categories());
        assertEquals(List.of("alpha", "zeta"), back.keywords());
        assertEquals(List.of("https://a.example/", "https://z.example/"), back.links());
        assertEquals(new HashSet<>(p.links()), new HashSet<>(back.links()));
    }

    @Test
    void aGraphWithoutAPaperIsEmptyAndTwoPapersAreAnError() {
        assertTrue(RdfPaperReader.read(GraphFactory.createDefaultGraph()).isEmpty());
        Graph two = GraphFactory.createDefaultGraph();
        TestPapers.quokkaGraph(T1).graph().find().forEachRemaining(two::add);
        TestPapers.untitledGraph(T1).graph().find().forEachRemaining(two::add);
        assertThrows(IllegalArgumentException.class, () -> RdfPaperReader.read(two));
        Graph keyless = GraphFactory.createDefaultGraph();
        keyless.add(Triple.create(NodeFactory.createURI(Vocab.PAPER_BASE + "x"), RDF.type.asNode(), Vocab.Paper.asNode()));
        assertThrows(IllegalArgumentException.class, () -> RdfPaperReader.read(keyless));
    }
}
