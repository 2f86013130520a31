package org.papergraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.papergraph.export.Fixtures;
import org.papergraph.extract.EntityType;
import org.papergraph.store.PaperStore;

/**
 * The API on graphs built by the real pipeline (examples/, and the seeds when ../shared is present), locally
 * and through Fuseki on loopback: answers must be sensible and identical both ways.
 */
class PipelineGraphApiTest {
    @Test
    void examplesGraph() {
        check(Fixtures.examplesStore(), 14);
    }

    @Tag("slow")
    @Test
    void seedsGraph() {
        check(Fixtures.seedsStore(), 443);
    }

    private static void check(PaperStore store, long papers) {
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/papergraph", store.dataset()).build().start();
        try (PaperGraphClient local = PaperGraphClient.of(store);
             PaperGraphClient remote = PaperGraphClient.connect(URI.create("http://localhost:" + server.getPort() + "/papergraph"))) {
            Function<Function<PaperGraphClient, ?>, Object> both = q -> {
                Object a = q.apply(local);
                assertEquals(a, q.apply(remote), "local and remote differ");
                return a;
            };
            String count = "PREFIX pg: <https://w3id.org/papergraph/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a pg:Paper }";
            try (Stream<Map<String, RDFNode>> rows = remote.select(count)) {
                assertEquals(papers, rows.findFirst().orElseThrow().get("n").asLiteral().getLong());
            }
            // sample papers are found by title and, when they have one, by arXiv id, the same way both sides
            List<String[]> sample = new ArrayList<>();
            local.select("PREFIX pg: <https://w3id.org/papergraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                    + "SELECT ?p ?title ?id { ?p a pg:Paper ; dcterms:title ?title FILTER(?title != \"\") "
                    + "OPTIONAL { ?p pg:arxivId ?id } } ORDER BY ?p LIMIT 25", Map.of(), r -> sample.add(new String[]{
                    r.get("p").asResource().getURI(), r.get("title").asLiteral().getString(),
                    r.containsKey("id") ? r.get("id").asLiteral().getString() : null}));
            assertFalse(sample.isEmpty());
            for (String[] p : sample) {
                List<?> byTitle = (List<?>) both.apply(c -> c.papersByTitle(p[1]));
                assertTrue(byTitle.stream().anyMatch(x -> ((PaperInfo) x).iri().equals(p[0])), p[1]);
                if (p[2] != null) {
                    PaperInfo byId = (PaperInfo) ((java.util.Optional<?>) both.apply(c -> c.paperByArxivId(p[2]))).orElseThrow();
                    assertEquals(p[0], byId.iri());
                }
            }
            for (EntityType type : List.of(EntityType.DATASET, EntityType.MODEL)) {
                @SuppressWarnings("unchecked")
                List<EntityUsage> top = (List<EntityUsage>) both.apply(c -> c.mostUsed(type, null, null, 5));
                assertFalse(top.isEmpty(), "no " + type + " used at all");
                for (EntityUsage u : top) {
                    List<?> users = (List<?>) both.apply(c -> c.papersUsing(type, u.label()));
                    assertTrue(users.size() >= u.papers(), u + " vs " + users.size());
                    both.apply(c -> c.leaderboard(u.label()));
                    both.apply(c -> c.searchEntities(u.label(), 5));
                    both.apply(c -> c.lineage(u.label()));
                    both.apply(c -> c.codeRepositoriesFor(u.label()));
                    both.apply(c -> c.papersProposing(u.label()));
                }
            }
        } finally {
            server.stop();
        }
    }
}
