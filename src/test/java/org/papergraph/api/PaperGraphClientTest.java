package org.papergraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.export.Fixtures;
import org.papergraph.extract.EntityType;
import org.papergraph.rdf.NamedQuery;

/**
 * The API over the fixture store, asked locally and through a Fuseki server on loopback serving the same
 * dataset: every typed question must give the expected answer, and the same answer both ways.
 */
class PaperGraphClientTest {
    static final String QUOKKA_TITLE = "Quokka: A \"Small\" Model for {Fast} Tables";
    static final String P1 = "https://w3id.org/papergraph/paper/arxiv-2401.00001";
    static final String P2 = "https://w3id.org/papergraph/paper/arxiv-2312.09999";
    static Dataset store;
    static FusekiServer server;
    static PaperGraphClient local;
    static PaperGraphClient remote;

    @BeforeAll
    static void start() {
        store = Fixtures.sampleStore().dataset();
        server = FusekiServer.create().loopback(true).port(0).add("/papergraph", store).build().start();
        local = PaperGraphClient.of(store);
        remote = PaperGraphClient.connect(URI.create("http://localhost:" + server.getPort() + "/papergraph/sparql"));
    }

    @AfterAll
    static void stop() {
        local.close();
        remote.close();
        server.stop();
    }

    /** Asks both clients, asserts they agree, returns the answer. */
    static <T> T both(Function<PaperGraphClient, T> question) {
        T a = question.apply(local);
        assertEquals(a, question.apply(remote), "local and remote answers differ");
        return a;
    }

    @Test
    void paperByArxivIdAndTitle() {
        PaperInfo p = both(c -> c.paperByArxivId("arXiv:2401.00001v2")).orElseThrow();
        assertEquals(P1, p.iri());
        assertEquals(QUOKKA_TITLE, p.title());
        assertEquals(LocalDate.of(2024, 1, 3), p.published());
        assertEquals(LocalDate.of(2024, 1, 5), p.featured());
        assertEquals("arxiv:2401.00001", p.key());
        assertTrue(both(c -> c.paperByArxivId("9999.99999")).isEmpty());
        assertEquals(List.of(p), both(c -> c.papersByTitle(QUOKKA_TITLE.toLowerCase())));
        assertEquals(List.of(P2), both(c -> c.papersByTitle("Wombat, line one\nline two")).stream().map(PaperInfo::iri).toList());
    }

    @Test
    void hostileTitlesCannotBreakOrChangeTheQuery() {
        List<String> hostile = List.of(
                "\"", "\"\"\"", "'''", "}", "\" } UNION { ?paper a <https://w3id.org/papergraph/ontology#Paper> } #",
                "x\") || true || (\"", "> ; DROP ALL ; <", "line1\nline2\r\n}", "\\", "\\\" }", "?title", "$wanted");
        for (String title : hostile) {
            assertEquals(List.of(), both(c -> c.papersByTitle(title)), title);
            assertEquals(List.of(), both(c -> c.papersProposing(title)), title);
            assertEquals(List.of(), both(c -> c.searchEntities(title, 10)), title);
        }
        for (String name : hostile) {
            try (Stream<Map<String, RDFNode>> rows = local.namedQuery("papers-proposing", Map.of("name", name))) {
                assertEquals(0, rows.count(), name);
            }
        }
        try (Stream<Map<String, RDFNode>> rows = local.namedQuery("papers-proposing", Map.of("name", "QUOKKA"))) {
            assertEquals(List.of(P1), rows.map(r -> r.get("paper").asResource().getURI()).toList());
        }
    }

    @Test
    void papersProposingAndUsing() {
        assertEquals(List.of(P1), both(c -> c.papersProposing("quokka")).stream().map(PaperInfo::iri).toList());
        // by alias, and by normalised key (LLaMA2 -> llama2)
        assertEquals(List.of(P2), both(c -> c.papersProposing("Llama 2")).stream().map(PaperInfo::iri).toList());
        assertEquals(List.of(P1, P2), both(c -> c.papersUsing(EntityType.DATASET, "TabBench")).stream().map(PaperInfo::iri).toList());
        assertEquals(List.of(P1), both(c -> c.papersUsing(EntityType.MODEL, "llama-2")).stream().map(PaperInfo::iri).toList());
        assertEquals(List.of(P2), both(c -> c.papersUsing(EntityType.TASK, "Table Question Answering")).stream().map(PaperInfo::iri).toList());
        assertThrows(IllegalArgumentException.class, () -> local.papersUsing(EntityType.METRIC, "accuracy"));
    }

    @Test
    void codeLeaderboardUsage() {
        List<CodeRepository> code = both(c -> c.codeRepositoriesFor("Quokka"));
        assertEquals(List.of(new CodeRepository("https://github.com/example/quokka", "https://github.com/example/quokka", P1, QUOKKA_TITLE)), code);
        List<LeaderboardEntry> board = both(c -> c.leaderboard("tabbench"));
        assertEquals(List.of(
                new LeaderboardEntry("Quokka", "accuracy", 81.5, "81.5%", P1, QUOKKA_TITLE),
                new LeaderboardEntry("LLaMA-2", "accuracy", 77.0, "77.0", P2, "Wombat, line one\nline two")), board);
        List<EntityUsage> datasets = both(c -> c.mostUsed(EntityType.DATASET, null, null, 10));
        assertEquals(List.of(new EntityUsage("https://w3id.org/papergraph/entity/tabbench", "TabBench", 2)), datasets);
        assertEquals(1, both(c -> c.mostUsed(EntityType.DATASET, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3), 10)).get(0).papers());
        assertEquals(List.of(), both(c -> c.mostUsed(EntityType.DATASET, LocalDate.of(2025, 1, 1), null, 10)));
        assertEquals(1, both(c -> c.mostUsed(EntityType.MODEL, null, null, 10)).size());
    }

    @Test
    void entitySearchAndLineage() {
        List<EntityInfo> found = both(c -> c.searchEntities("llama", 10));
        assertEquals(List.of("LLaMA", "LLaMA-2"), found.stream().map(EntityInfo::label).toList(), "exact first, then shorter");
        EntityInfo llama2 = found.get(1);
        assertEquals("Model", llama2.type());
        assertEquals(List.of("LLaMA2", "Llama 2"), llama2.aliases().stream().sorted().toList());
        assertEquals(List.of("Quokka"), both(c -> c.searchEntities("QUOKKA-7", 10)).stream().map(EntityInfo::label).toList());
        assertEquals(List.of("Quokka", "LLaMA-2", "LLaMA"), both(c -> c.lineage("quokka-7b")).stream().map(EntityInfo::label).toList());
        assertEquals(List.of(), both(c -> c.lineage("no such model")));
    }

    @Test
    void rawSparqlStreamsWithParameters() {
        String q = "PREFIX pg: <https://w3id.org/papergraph/ontology#> SELECT ?p ?id WHERE { ?p pg:arxivId ?id } ORDER BY ?id";
        try (Stream<Map<String, RDFNode>> rows = local.select(q)) {
            assertEquals(List.of("2312.09999", "2401.00001"), rows.map(r -> r.get("id").asLiteral().getString()).toList());
        }
        String byId = "PREFIX pg: <https://w3id.org/papergraph/ontology#> SELECT ?p WHERE { ?p pg:arxivId ?id }";
        try (Stream<Map<String, RDFNode>> rows = remote.select(byId, Map.of("id", "2401.00001"))) {
            assertEquals(List.of(P1), rows.map(r -> r.get("p").asResource().getURI()).toList());
        }
        // a stream closed early ends its transaction: the store is usable afterwards
        try (Stream<Map<String, RDFNode>> rows = local.select(q)) {
            assertEquals(1, rows.limit(1).count());
        }
        assertTrue(local.paperByArxivId("2401.00001").isPresent());
        assertThrows(IllegalArgumentException.class, () -> local.select("ASK { ?s ?p ?o }"));
        assertThrows(IllegalArgumentException.class, () -> local.namedQuery("papers-proposing", Map.of("nope", "x")));
        assertThrows(IllegalArgumentException.class, () -> local.namedQuery("../../etc/passwd", Map.of()));
    }

    @Test
    void namedQueriesAreListedWithParameters() {
        List<NamedQuery> all = local.namedQueries();
        assertTrue(all.stream().anyMatch(q -> q.name().equals("extraction-facts")), all.toString());
        NamedQuery q = all.stream().filter(n -> n.name().equals("paper-by-arxiv-id")).findFirst().orElseThrow();
        assertEquals(List.of("arxivId"), q.params().stream().map(NamedQuery.Param::name).toList());
        try (Stream<Map<String, RDFNode>> rows = remote.namedQuery("paper-by-arxiv-id", Map.of("arxivId", "2401.00001"))) {
            assertEquals(1, rows.count());
        }
    }

    @Test
    void remoteClientsCannotIngest() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> remote.ingest(List.of("examples")));
        assertTrue(e.getMessage().contains("remote"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> local.ingest(List.of("examples")));
    }
}
