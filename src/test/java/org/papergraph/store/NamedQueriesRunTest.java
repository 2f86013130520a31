package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.rdf.TestPapers.T1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.NamedQuery;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.TestPapers;

/** Runs every bundled named query on a small store built here and checks what each answers. */
class NamedQueriesRunTest {
    static PaperStore store;
    static final String QUOKKA_PAPER = "https://w3id.org/papergraph/paper/2601.00001";

    @BeforeAll
    static void build() {
        store = PaperStore.inMemory();
        List<PaperGraph> graphs = new ArrayList<>(List.of(TestPapers.quokkaGraph(T1), TestPapers.untitledGraph(T1)));
        for (int i = 0; i < 5; i++) {
            graphs.add(PaperStoreTest.mapSynthetic(i));
        }
        store.write(graphs);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyBundledQueryIsCovered() {
        assertEquals(List.of("code-for-method-or-model", "entities-by-type", "entity-search", "extraction-facts",
                "fact-provenance", "model-lineage", "most-used-datasets", "most-used-models", "paper-by-arxiv-id",
                "papers-proposing", "papers-using-dataset", "results-for-dataset", "stats", "text-search-papers"),
                NamedQueries.names());
    }

    @Test
    void papersUsingDataset() {
        assertEquals(List.of(Map.of("paper", QUOKKA_PAPER, "title", TestPapers.TITLE)),
                run("papers-using-dataset", Map.of("dataset", str("wombat-QA")), "paper", "title"));
        assertEquals(List.of(Map.of("paper", "https://w3id.org/papergraph/paper/2602.00001")),
                run("papers-using-dataset", Map.of("dataset", str("hyrax 1")), "paper"));
    }

    @Test
    void papersProposingAndCode() {
        assertEquals(List.of(Map.of("paper", QUOKKA_PAPER, "type", "Method", "surface", "Quokka")),
                run("papers-proposing", Map.of("name", str("quokka")), "paper", "type", "surface"));
        assertEquals(List.of(Map.of("repo", "https://github.com/example/quokka", "how", "proposes")),
                run("code-for-method-or-model", Map.of("name", str("Quokka")), "repo", "how"));
    }

    @Test
    void mostUsedWithAndWithoutPeriod() {
        List<Map<String, String>> all = run("most-used-datasets", Map.of(), "label", "papers");
        assertEquals(6, all.size());   // WombatQA + Hyrax0..4
        assertTrue(all.contains(Map.of("label", "WombatQA", "papers", "1")));
        // only the quokka paper has a date (2026-01-01)
        assertEquals(List.of(Map.of("label", "WombatQA", "papers", "1")), run("most-used-datasets",
                Map.of("from", date("2025-12-01"), "to", date("2026-01-31")), "label", "papers"));
        assertEquals(List.of(), run("most-used-datasets", Map.of("from", date("2026-06-01")), "label"));
        assertEquals(List.of(Map.of("label", "Llama-2-7B", "papers", "1")), run("most-used-models", Map.of(), "label", "papers"));
    }

    @Test
    void leaderboardAndLineage() {
        assertEquals(List.of(Map.of("metric", "accuracy", "valueText", "81.5%", "subject", "Quokka-7B", "paper", QUOKKA_PAPER)),
                run("results-for-dataset", Map.of("dataset", str("WombatQA")), "metric", "valueText", "subject", "paper"));
        assertEquals(List.of(Map.of("childLabel", "Quokka-7B", "parentLabel", "Llama-2-7B")),
                run("model-lineage", Map.of("name", str("quokka 7b")), "childLabel", "parentLabel"));
    }

    @Test
    void paperByArxivIdKeepsAuthorOrder() {
        assertEquals(List.of(Map.of("paper", QUOKKA_PAPER, "authors", "Ada Example; Bob Sample",
                        "code", "https://github.com/example/quokka")),
                run("paper-by-arxiv-id", Map.of("arxivId", str("2601.00001v3")), "paper", "authors", "code"));
    }

    @Test
    void textSearches() {
        assertEquals(List.of("https://w3id.org/papergraph/entity/llama27b"),
                column(run("entity-search", Map.of("q", str("llama")), "entity"), "entity"));
        assertEquals(List.of("https://w3id.org/papergraph/entity/quokka"),
                column(run("entity-search", Map.of("q", str("routing")), "entity"), "entity"), "alias hit");
        assertEquals(List.of(QUOKKA_PAPER), column(run("text-search-papers", Map.of("q", str("sparse routing")), "paper"), "paper"));
    }

    @Test
    void provenanceFiltersByConfidence() {
        Node paper = NodeFactory.createURI(QUOKKA_PAPER);
        assertEquals(7, run("fact-provenance", Map.of("paper", paper), "relation").size());
        assertEquals(List.of("code", "dataset", "model", "proposes"), column(run("fact-provenance",
                Map.of("paper", paper, "minConfidence", NodeFactory.createLiteralDT("0.65", XSDDatatype.XSDdouble)),
                "relation"), "relation").stream().sorted().toList());
    }

    @Test
    void entitiesByTypeAndStats() {
        assertEquals(List.of(Map.of("label", "WombatQA", "papers", "1")),
                run("entities-by-type", Map.of("type", str("Benchmark")), "label", "papers"));
        List<Map<String, String>> stats = run("stats", Map.of(), "kind", "name", "count");
        assertTrue(stats.contains(Map.of("kind", "papers", "name", "Paper", "count", "7")), stats.toString());
        assertTrue(stats.contains(Map.of("kind", "graphs", "name", "named graphs", "count", "7")), stats.toString());
        assertTrue(stats.contains(Map.of("kind", "facts", "name", "proposes", "count", "7")), stats.toString());
    }

    @Test
    void extractionFactsOverTheUnionGraph() {
        List<Map<String, String>> rows = run("extraction-facts", Map.of(), "paper", "id", "relation", "value", "type", "dataset");
        assertEquals(5 + 1 + 2 * 5, rows.size());
        assertEquals(Map.of("paper", "", "id", "000-042", "relation", "proposes", "value", "Emu", "type", "Tool", "dataset", ""),
                rows.get(0), "empty title sorts first and keeps its source id");
        assertTrue(rows.contains(Map.of("paper", TestPapers.TITLE, "id", "2601.00001", "relation", "result",
                "value", "81.5%", "type", "accuracy", "dataset", "WombatQA")));
    }

    @Test
    void hostileParameterValuesCannotChangeAQuery() {
        for (String evil : List.of("x\" } ?s ?p ?o { \"", "'; DROP ALL", "}", "\\", "<http://evil>", "")) {
            assertEquals(List.of(), run("papers-using-dataset", Map.of("dataset", str(evil)), "paper"), evil);
            // Lucene syntax in q is the caller's to escape: escaped, no value errs or turns into a wildcard
            assertEquals(List.of(), run("text-search-papers", Map.of("q", str(TextIndexes.escape(evil))), "paper"), evil);
            assertEquals(List.of(), run("entity-search", Map.of("q", str(TextIndexes.escape(evil))), "entity"), evil);
        }
    }

    @Test
    void unescapedLuceneSyntaxIsAnErrorNotAWrongAnswer() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> run("text-search-papers", Map.of("q", str("}")), "paper"));
        assertTrue(e.getMessage().contains("parse"), e.getMessage());
        assertEquals(List.of(QUOKKA_PAPER), column(run("text-search-papers",
                Map.of("q", str(TextIndexes.escape("sparse routing!"))), "paper"), "paper"));
    }

    @Test
    void queryHeadersDeclareTheirParameters() {
        NamedQuery q = NamedQueries.load("most-used-datasets");
        assertEquals(List.of("from", "to"), q.params().stream().map(NamedQuery.Param::name).toList());
        assertTrue(q.description().startsWith("most-used-datasets"));
        for (String name : NamedQueries.names()) {
            NamedQuery nq = NamedQueries.load(name);
            Query parsed = nq.query();
            assertFalse(nq.description().isBlank(), name);
            for (NamedQuery.Param p : nq.params()) {
                assertTrue(parsed.toString().contains("?" + p.name()), name + " uses ?" + p.name());
                assertFalse(p.description().isBlank(), name + " documents " + p.name());
            }
        }
    }

    @Test
    void boundParametersDoNotAddColumns() {
        Query q = NamedQueries.load("entity-search").bind(Map.of("q", str("llama")));
        assertEquals(List.of("entity", "label", "types", "score", "papers"), q.getResultVars());
    }

    @Test
    void unknownParameterOrQueryIsAClearError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NamedQueries.load("stats").bind(Map.of("nope", str("x"))));
        assertTrue(e.getMessage().contains("nope"));
        var e2 = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> NamedQueries.load("no-such"));
        assertTrue(e2.getMessage().contains("extraction-facts"), "lists the known queries");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> NamedQueries.load("../pom"));
    }

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node date(String s) {
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate);
    }

    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    /** Runs a named query with parameters, keeping the given columns of each row as strings. */
    static List<Map<String, String>> run(String name, Map<String, Node> params, String... vars) {
        Query q = NamedQueries.load(name).bind(params);
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecutionFactory.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? "<unbound>" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
                    }
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
