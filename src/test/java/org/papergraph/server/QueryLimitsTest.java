package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Timeouts and the row cap, against a server with tight limits so runaway queries end quickly. */
class QueryLimitsTest {
    private static final String CROSS = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r }";
    private static Dataset dataset;
    private static PaperGraphServer server;

    @BeforeAll
    static void start() {
        dataset = TestGraph.create();
        server = PaperGraphServer.create().dataset(dataset).port(0)
                .limits(new QueryLimits(Duration.ofMillis(300), Duration.ofSeconds(2), 5))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String sparql(String query) {
        return server.url() + "papergraph/sparql?query=" + Http.enc(query);
    }

    @Test
    void runawayQueryEndsWithAnErrorAndTheServerStaysUp() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(sparql("SELECT (COUNT(*) AS ?total) " + CROSS), "Accept", "application/sparql-results+json");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        assertTrue(ms < 10_000, "ended by the timeout, took " + ms + " ms");
        assertEquals(200, Http.get(server.url() + "$/ping").statusCode());
        assertEquals(200, Http.get(sparql("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json").statusCode());
    }

    @Test
    void crossProductRowsAreCapped() throws Exception {
        HttpResponse<String> r = Http.get(sparql("SELECT * " + CROSS), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals(5, new ObjectMapper().readTree(r.body()).path("results").path("bindings").size());
        assertEquals("5", r.headers().firstValue(SafeQueryAction.ROW_CAP_HEADER).orElse(null));
        HttpResponse<String> big = Http.get(sparql("SELECT * { ?s ?p ?o } LIMIT 1000"), "Accept", "text/csv");
        assertEquals(6, big.body().strip().split("\\R").length, "header + 5 rows: a larger LIMIT is lowered");
    }

    @Test
    void constructIsCappedToo() {
        HttpResponse<String> r = Http.get(sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().strip().split("\\R").length <= 5, r.body());
    }

    @Test
    void datasetContextForbidsServiceAtRunTimeToo() {
        // Belt and braces: even in-process queries on the served dataset cannot call out.
        assertThrows(QueryDeniedException.class, () -> Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset)
                    .query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }").build()) {
                qe.execSelect().hasNext();
            }
        }));
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(Duration.ofSeconds(5), Duration.ofSeconds(1), 10));
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(Duration.ZERO, Duration.ofSeconds(1), 10));
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
