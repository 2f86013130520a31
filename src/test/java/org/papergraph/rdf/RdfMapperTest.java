package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.rdf.TestPapers.T1;
import static org.papergraph.rdf.TestPapers.T2;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Extraction;

class RdfMapperTest {
    private final PaperGraph pg = TestPapers.quokkaGraph(T1);
    private final Model m = ModelFactory.createModelForGraph(pg.graph());
    private final Resource paper = m.createResource(Vocab.PAPER_BASE + "2601.00001");

    @Test
    void namesTheGraphAfterThePaper() {
        assertEquals("arxiv:2601.00001", pg.paperKey());
        assertEquals(Vocab.GRAPH_BASE + "2601.00001", pg.graphName().getURI());
    }

    @Test
    void paperMetadata() {
        assertTrue(m.contains(paper, RDF.type, m.createResource(Vocab.Paper.getURI())));
        assertEquals(TestPapers.TITLE, paper.getProperty(DCTerms.title).getString());
        assertEquals(TestPapers.ABSTRACT, paper.getProperty(DCTerms.abstract_).getString());
        assertEquals("2601.00001", paper.getProperty(Vocab.arxivId).getString());
        assertEquals(XSDDatatype.XSDdate, paper.getProperty(DCTerms.issued).getLiteral().getDatatype());
        assertEquals(12, paper.getProperty(Vocab.upvotes).getInt());
        assertEquals("cs.CL", paper.getProperty(Vocab.primaryCategory).getString());
        assertEquals(2, m.listObjectsOfProperty(paper, Vocab.category).toList().size());
        assertFalse(paper.getProperty(Vocab.codePromised).getBoolean());
        // authors keep their order through positions
        Resource second = m.createResource(paper.getURI() + "/author/2");
        assertTrue(m.contains(paper, Vocab.schemaAuthor, second));
        assertEquals("Bob Sample", second.getProperty(Vocab.schemaName).getString());
        assertEquals(2, second.getProperty(Vocab.authorPosition).getInt());
    }

    @Test
    void provenanceOfTheGraph() {
        Resource g = m.createResource(pg.graphName().getURI());
        assertEquals(T1.toString(), g.getProperty(Vocab.generatedAtTime).getLiteral().getLexicalForm());
        Resource activity = g.getPropertyResourceValue(Vocab.wasGeneratedBy);
        assertTrue(activity.hasProperty(RDF.type, Vocab.ExtractionActivity));
        assertEquals(TestPapers.VERSION, activity.getProperty(Vocab.extractorVersion).getString());
        Resource src = g.getPropertyResourceValue(Vocab.wasDerivedFrom);
        assertEquals("papers/a.jsonl", src.getProperty(Vocab.sourceFile).getString());
        assertEquals(3, src.getProperty(Vocab.sourceLine).getInt());
        assertEquals("JSONL", src.getProperty(Vocab.sourceFormat).getString());
    }

    @Test
    void entityFactsGiveTripleEntityAndMention() {
        Resource quokka = m.createResource(Vocab.ENTITY_BASE + "quokka");
        assertTrue(m.contains(paper, Vocab.proposes, quokka));
        assertTrue(quokka.hasProperty(RDF.type, Vocab.Method));
        assertTrue(quokka.hasProperty(RDF.type, Vocab.Entity));
        assertEquals("Quokka", quokka.getProperty(RDFS.label).getString());
        assertEquals("Quokka routing", quokka.getProperty(SKOS.altLabel).getString());
        Resource wombat = m.createResource(Vocab.ENTITY_BASE + "wombatqa");
        assertTrue(m.contains(paper, Vocab.usesDataset, wombat));
        assertTrue(wombat.hasProperty(RDF.type, Vocab.Benchmark));
        Resource llama = m.createResource(Vocab.ENTITY_BASE + "llama27b");
        assertTrue(m.contains(paper, Vocab.usesModel, llama));
        assertTrue(m.contains(llama, Vocab.variantOf, m.createResource(Vocab.ENTITY_BASE + "llama2")));

        Resource mention = only(m.listSubjectsWithProperty(Vocab.mentionOf, quokka).toList());
        assertTrue(m.contains(paper, Vocab.mention, mention));
        assertEquals("proposes", mention.getProperty(Vocab.relation).getString());
        assertEquals("Quokka", mention.getProperty(Vocab.surfaceForm).getString());
        assertEquals("We propose Quokka, a sparse routing method.", mention.getProperty(Vocab.sentence).getString());
        assertEquals(11, mention.getProperty(Vocab.spanStart).getInt());
        assertEquals(17, mention.getProperty(Vocab.spanEnd).getInt());
        assertEquals("proposes.we-propose", mention.getProperty(Vocab.rule).getString());
        Literal conf = mention.getProperty(Vocab.confidence).getLiteral();
        assertEquals(XSDDatatype.XSDdouble, conf.getDatatype());
        assertEquals(0.9, conf.getDouble());
        assertEquals(Vocab.Method, mention.getPropertyResourceValue(Vocab.asType));
    }

    @Test
    void codeLinkIsTheUrlItself() {
        Resource repo = m.createResource("https://github.com/example/quokka");
        assertTrue(m.contains(paper, Vocab.hasCodeRepository, repo));
        assertTrue(repo.hasProperty(RDF.type, Vocab.CodeRepository));
        Resource mention = only(m.listSubjectsWithProperty(Vocab.mentionOf, repo).toList());
        assertEquals("code", mention.getProperty(Vocab.relation).getString());
        assertEquals("https://github.com/example/quokka.", mention.getProperty(Vocab.surfaceForm).getString());
        assertEquals("https://github.com/example/quokka", mention.getProperty(Vocab.url).getString());
    }

    @Test
    void resultNode() {
        Resource r = paper.getPropertyResourceValue(Vocab.reportsResult);
        assertTrue(r.getURI().startsWith(paper.getURI() + "/result/"));
        Literal v = r.getProperty(Vocab.value).getLiteral();
        assertEquals(XSDDatatype.XSDdecimal, v.getDatatype());
        assertEquals(new BigDecimal("81.5"), new BigDecimal(v.getLexicalForm()));
        assertEquals("81.5%", r.getProperty(Vocab.valueText).getString());
        assertEquals("%", r.getProperty(Vocab.unit).getString());
        assertEquals("accuracy", r.getProperty(Vocab.metricName).getString());
        assertTrue(r.getPropertyResourceValue(Vocab.metric).hasProperty(RDF.type, Vocab.Metric));
        assertEquals(Vocab.ENTITY_BASE + "wombatqa", r.getPropertyResourceValue(Vocab.onDataset).getURI());
        assertEquals("WombatQA", r.getProperty(Vocab.datasetLabel).getString());
        assertEquals(Vocab.ENTITY_BASE + "quokka7b", r.getPropertyResourceValue(Vocab.resultSubject).getURI());
        assertEquals(1, m.listSubjectsWithProperty(Vocab.mentionOf, r).toList().size());
    }

    @Test
    void entityRelationsAreDirectTriplesWithAMention() {
        Resource q7 = m.createResource(Vocab.ENTITY_BASE + "quokka7b");
        Resource llama = m.createResource(Vocab.ENTITY_BASE + "llama27b");
        assertTrue(m.contains(q7, Vocab.outperforms, llama));
        assertTrue(m.contains(q7, Vocab.basedOn, llama));
        assertEquals(2, m.listSubjectsWithProperty(Vocab.mentionSubject, q7).toList().size());
    }

    @Test
    void oneMentionPerFactAndNoBlankNodes() {
        assertEquals(TestPapers.quokkaExtraction().facts().size(), m.listSubjectsWithProperty(RDF.type, Vocab.Mention).toList().size());
        pg.graph().find().forEachRemaining(t -> assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t.toString()));
    }

    @Test
    void sameInputSameTriplesExceptTime() {
        Graph again = TestPapers.quokkaGraph(T2).graph();
        Set<Triple> a = withoutTime(pg.graph());
        Set<Triple> b = withoutTime(again);
        assertEquals(a, b);
        assertEquals(pg.graph().size(), again.size());
        assertFalse(pg.graph().isIsomorphicWith(again), "only the generation time differs");
    }

    @Test
    void oneLabelPerEntityPerGraphEvenWithTwoSpellings() {
        Extraction ex = TestPapers.quokkaExtraction();
        var facts = new java.util.ArrayList<>(ex.facts());
        var respelled = new org.papergraph.extract.Entity("quokka", "QUOKKA", org.papergraph.extract.EntityType.METHOD,
                List.of(), null, null);
        facts.add(new org.papergraph.extract.EntityFact(org.papergraph.extract.Relation.METHOD, respelled, "QUOKKA",
                TestPapers.ev("QUOKKA again", "QUOKKA", "x", 0.5)));
        Model m2 = ModelFactory.createModelForGraph(new RdfMapper().map(TestPapers.quokka(),
                new Extraction(ex.paperKey(), facts, false, "v"), T1).graph());
        Resource quokka = m2.createResource(Vocab.ENTITY_BASE + "quokka");
        assertEquals(1, m2.listObjectsOfProperty(quokka, RDFS.label).toList().size());
        assertTrue(m2.contains(quokka, SKOS.altLabel, "QUOKKA"));
    }

    @Test
    void untitledPaperKeepsEmptyTitleAndSourceId() {
        Model u = ModelFactory.createModelForGraph(TestPapers.untitledGraph(T1).graph());
        Resource p = u.listSubjectsWithProperty(RDF.type, Vocab.Paper).next();
        assertEquals("", p.getProperty(DCTerms.title).getString());
        assertEquals("000-042", p.getProperty(Vocab.sourceId).getString());
        assertTrue(p.getProperty(Vocab.codePromised).getBoolean());
    }

    @Test
    void extractionFactsQueryGivesTheContractColumnsAndRows() {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (QueryExecution qe = QueryExecutionFactory.create(NamedQueries.load("extraction-facts").query(), m)) {
            var rs = qe.execSelect();
            assertEquals(List.of("paper", "id", "relation", "value", "type", "dataset"), rs.getResultVars());
            rs.forEachRemaining(s -> rows.add(rs.getResultVars().stream()
                    .map(v -> s.contains(v) ? s.get(v).asLiteral().getString() : "<unbound>").toList()));
        }
        String t = TestPapers.TITLE;
        String id = "2601.00001";
        assertEquals(List.of(
                List.of(t, id, "code", "https://github.com/example/quokka", "", ""),
                List.of(t, id, "dataset", "WombatQA", "", ""),
                List.of(t, id, "model", "Llama-2-7B", "", ""),
                List.of(t, id, "proposes", "Quokka", "Method", ""),
                List.of(t, id, "result", "81.5%", "accuracy", "WombatQA")), rows);
    }

    @Test
    void oneMapperServesManyThreadsWithTheSameResult() {
        RdfMapper shared = new RdfMapper();
        List<Set<Triple>> parallel = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> (Set<Triple>) new HashSet<>(shared.map(TestPapers.synthetic(i), TestPapers.syntheticExtraction(i), T1).graph().find().toList()))
                .toList();
        for (int i = 0; i < 200; i++) {
            assertEquals(new HashSet<>(new RdfMapper().map(TestPapers.synthetic(i), TestPapers.syntheticExtraction(i), T1)
                    .graph().find().toList()), parallel.get(i));
        }
    }

    @Test
    void rejectsAnExtractionOfAnotherPaper() {
        assertThrows(IllegalArgumentException.class,
                () -> new RdfMapper().map(TestPapers.untitled(), TestPapers.quokkaExtraction(), T1));
    }

    @Test
    void aResultNamesItsDatasetAsItsSentenceWritesIt() {
        org.papergraph.extract.Entity written = new org.papergraph.extract.Entity("wombatqa", "WQA",
                org.papergraph.extract.EntityType.BENCHMARK, List.of(), null, null);
        Extraction ex = new Extraction(TestPapers.quokka().key(), List.of(
                new org.papergraph.extract.EntityFact(org.papergraph.extract.Relation.DATASET, TestPapers.WOMBAT,
                        "WombatQA", TestPapers.ev("on WombatQA", "WombatQA", "d", 0.8)),
                new org.papergraph.extract.ResultFact(null, "accuracy", "70.1%", 70.1, "%", written,
                        TestPapers.ev("70.1% on WQA", "70.1%", "r", 0.6))), false, "v");
        Model m2 = ModelFactory.createModelForGraph(new RdfMapper().map(TestPapers.quokka(), ex, T1).graph());
        Resource r = m2.listSubjectsWithProperty(RDF.type, Vocab.Result).next();
        assertEquals("WQA", r.getProperty(Vocab.datasetLabel).getString());
        assertEquals("WombatQA", r.getPropertyResourceValue(Vocab.onDataset).getProperty(RDFS.label).getString());
    }

    @Test
    void nonFiniteValueKeepsTheTextOnly() {
        Extraction ex = new Extraction(TestPapers.quokka().key(), List.of(new org.papergraph.extract.ResultFact(null, "",
                "n/a", Double.NaN, null, null, TestPapers.ev("n/a", "n/a", "r", 0.3))), false, "v");
        Model m2 = ModelFactory.createModelForGraph(new RdfMapper().map(TestPapers.quokka(), ex, T1).graph());
        Resource r = m2.listSubjectsWithProperty(RDF.type, Vocab.Result).next();
        assertFalse(r.hasProperty(Vocab.value));
        assertEquals("n/a", r.getProperty(Vocab.valueText).getString());
        assertFalse(r.hasProperty(Vocab.metric));
    }

    private static Set<Triple> withoutTime(Graph g) {
        Set<Triple> s = new HashSet<>(g.find().toList());
        s.removeIf(t -> t.getPredicate().equals(Vocab.generatedAtTime.asNode()));
        return s;
    }

    private static <T> T only(List<T> xs) {
        assertEquals(1, xs.size(), xs.toString());
        return xs.get(0);
    }

}
