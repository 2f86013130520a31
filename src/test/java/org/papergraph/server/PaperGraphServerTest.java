package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.Vocab;

/** The server with default (safe) options, exercised over HTTP on loopback. */
class PaperGraphServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = "PREFIX pg: <" + Vocab.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX text: <http://jena.apache.org/text#> ";
    private static final String TITLES = PREFIXES + "SELECT ?paper ?title { ?paper a pg:Paper ; dcterms:title ?title } ORDER BY ?paper";

    private static Dataset dataset;
    private static PaperGraphServer server;
    private static String root;

    @BeforeAll
    static void start() {
        dataset = TestGraph.create();
        server = PaperGraphServer.create().dataset(dataset).port(0)
                .namedQueries(List.of(NamedQueries.parse("titles", "# All paper titles.\n" + TITLES)))
                .build().start();
        root = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode bindings(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("results").path("bindings");
    }

    private static String sparql(String query) {
        return root + "papergraph/sparql?query=" + Http.enc(query);
    }

    @Test
    void bindsLoopbackByDefault() {
        assertTrue(root.startsWith("http://localhost:"), root);
        HttpResponse<String> ping = Http.get("http://127.0.0.1:" + server.port() + "/$/ping");
        assertEquals(200, ping.statusCode());
        assertTrue(ping.headers().firstValue("Server").isEmpty(), "no server version banner");
    }

    @Test
    void selectOverGetAndBothPostForms() throws Exception {
        JsonNode rows = bindings(Http.get(sparql(TITLES), "Accept", "application/sparql-results+json"));
        assertEquals(2, rows.size());
        assertEquals(TestGraph.TITLE1, rows.get(0).path("title").path("value").asText());

        JsonNode form = bindings(Http.post(root + "papergraph/query", "application/x-www-form-urlencoded",
                "query=" + Http.enc(TITLES), "Accept", "application/sparql-results+json"));
        assertEquals(2, form.size());
        JsonNode direct = bindings(Http.post(root + "papergraph/query", "application/sparql-query", TITLES,
                "Accept", "application/sparql-results+json"));
        assertEquals(2, direct.size());
    }

    @Test
    void resultFormatsFollowAccept() {
        String[][] cases = {
                {"application/sparql-results+xml", "application/sparql-results+xml", "<sparql"},
                {"text/csv", "text/csv", "paper,title"},
                {"text/tab-separated-values", "text/tab-separated-values", "?paper\t?title"}};
        for (String[] c : cases) {
            HttpResponse<String> r = Http.get(sparql(TITLES), "Accept", c[0]);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[1]), c[0]);
            assertTrue(r.body().contains(c[2]), c[0] + ": " + r.body());
        }
    }

    @Test
    void constructAnswersInRdfFormats() {
        String construct = PREFIXES + "CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p a pg:Paper ; dcterms:title ?t }";
        for (String type : new String[]{"text/turtle", "application/n-triples", "application/ld+json"}) {
            HttpResponse<String> r = Http.get(sparql(construct), "Accept", type);
            assertEquals(200, r.statusCode(), type);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(r.body())).lang(org.apache.jena.riot.RDFLanguages.contentTypeToLang(type)).parse(m);
            assertEquals(2, m.size(), type);
        }
    }

    @Test
    void serviceIsRefused() {
        String[] queries = {
                "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "SELECT * { { SELECT ?s { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
                "SELECT * { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"};
        for (String q : queries) {
            int status = Http.get(sparql(q), "Accept", "application/sparql-results+json").statusCode();
            assertEquals(400, status, q);
        }
    }

    @Test
    void noUpdateOfAnyKind() {
        String load = "LOAD <file:///etc/hostname> INTO GRAPH <urn:x:stolen>";
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        for (String update : new String[]{load, insert}) {
            for (String path : new String[]{"papergraph/sparql", "papergraph/query", "papergraph/update", "papergraph", "papergraph/"}) {
                int direct = Http.post(root + path, "application/sparql-update", update).statusCode();
                assertTrue(direct >= 400 && direct < 500, path + " -> " + direct);
                int form = Http.post(root + path, "application/x-www-form-urlencoded", "update=" + Http.enc(update)).statusCode();
                assertTrue(form >= 400 && form < 500, path + " (form) -> " + form);
            }
        }
        for (String path : new String[]{"papergraph/get?graph=urn:x:g", "papergraph/upload", "papergraph/data?default"}) {
            int put = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + path))
                    .header("Content-Type", "text/turtle")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."))).statusCode();
            assertTrue(put >= 400 && put < 500, path + " PUT -> " + put);
        }
        long graphs = Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.count(dataset.listNames()));
        assertEquals(2, graphs, "nothing was written");
    }

    @Test
    void refusedPostsLeaveKeepAliveConnectionsUsable() {
        // A refusal that leaves the body unread makes Jetty drop the connection under a client that may already
        // be reusing it: the client then sees an I/O error instead of the 4xx. Many refusals in a row on the
        // shared keep-alive client must all come back as statuses.
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> \"" + "x".repeat(2000) + "\" }";
        for (int i = 0; i < 60; i++) {
            String path = new String[]{"papergraph/sparql", "papergraph/update", "papergraph", "$/server"}[i % 4];
            int status = Http.post(root + path, "application/sparql-update", update).statusCode();
            assertTrue(status >= 400 && status < 500, path + " -> " + status);
            assertEquals(200, Http.get(sparql(TITLES), "Accept", "application/sparql-results+json").statusCode());
        }
    }

    @Test
    void fromClauseDoesNotReadFiles() throws Exception {
        String q = "SELECT * FROM <file:///etc/hostname> { ?s ?p ?o }";
        HttpResponse<String> r = Http.get(sparql(q), "Accept", "application/sparql-results+json");
        // Fuseki treats FROM as picking graphs of the dataset; a file IRI names none.
        if (r.statusCode() == 200)
            assertEquals(0, bindings(r).size());
        else
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
    }

    @Test
    void adminIsOffButPingAndLoopbackMetricsAreOn() {
        for (String path : new String[]{"$/server", "$/stats", "$/datasets", "$/tasks", "$/compact/papergraph", "$/backup/papergraph", "$/whatever"})
            assertEquals(404, Http.get(root + path).statusCode(), path);
        assertEquals(200, Http.get(root + "$/ping").statusCode());
        Http.get(sparql(TITLES), "Accept", "application/sparql-results+json");
        HttpResponse<String> metrics = Http.get(root + "$/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("papergraph_http_requests_seconds_bucket"), "latency histogram exported");
        assertTrue(metrics.body().contains("endpoint=\"sparql\""), "per-endpoint label");
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM memory");
    }

    @Test
    void corsForReadEndpointsOnly() {
        HttpResponse<String> preflight = Http.method(root + "papergraph/sparql", "OPTIONS",
                "Origin", "https://notebook.example", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        assertTrue(preflight.statusCode() < 300, "preflight status " + preflight.statusCode());
        assertAllowsOrigin(preflight, "https://notebook.example");
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));

        HttpResponse<String> get = Http.get(sparql(TITLES), "Origin", "https://notebook.example",
                "Accept", "application/sparql-results+json");
        assertAllowsOrigin(get, "https://notebook.example");
        assertFalse(get.headers().firstValue("Access-Control-Allow-Credentials").isPresent());

        HttpResponse<String> withAuth = Http.method(root + "papergraph/sparql", "OPTIONS",
                "Origin", "https://evil.example", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization");
        assertNull(withAuth.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "credentials are never allowed cross-origin");
    }

    /** Fuseki's filter answers "*" policies by echoing the request's origin. */
    private static void assertAllowsOrigin(HttpResponse<String> r, String origin) {
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
        assertTrue("*".equals(allowed) || origin.equals(allowed), "Access-Control-Allow-Origin: " + allowed);
    }

    @Test
    void corsIsNotOfferedForIngestOrAdmin() {
        for (String path : new String[]{"papergraph/ingest", "$/metrics"}) {
            HttpResponse<String> preflight = Http.method(root + path, "OPTIONS",
                    "Origin", "https://evil.example", "Access-Control-Request-Method", "POST");
            assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
    }

    @Test
    void rowCapIsAnnounced() throws Exception {
        HttpResponse<String> limited = Http.get(sparql(TITLES + " LIMIT 1"), "Accept", "application/sparql-results+json");
        assertEquals(1, bindings(limited).size());
        assertTrue(limited.headers().firstValue(SafeQueryAction.ROW_CAP_HEADER).isEmpty(), "own LIMIT below the cap");
        HttpResponse<String> open = Http.get(sparql(TITLES), "Accept", "application/sparql-results+json");
        assertEquals("10000", open.headers().firstValue(SafeQueryAction.ROW_CAP_HEADER).orElse(null));
    }

    @Test
    void fullTextSearchInSparql() throws Exception {
        String q = PREFIXES + "SELECT ?s { ?s text:query (dcterms:title 'routers') }";
        JsonNode rows = bindings(Http.get(sparql(q), "Accept", "application/sparql-results+json"));
        assertEquals(1, rows.size());
        assertEquals(TestGraph.paper(TestGraph.PAPER1).getURI(), rows.get(0).path("s").path("value").asText());
        String alias = PREFIXES + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?s { ?s text:query (skos:altLabel 'route-mix') }";
        assertEquals(TestGraph.entity(TestGraph.METHOD).getURI(),
                bindings(Http.get(sparql(alias), "Accept", "application/sparql-results+json")).get(0).path("s").path("value").asText());
    }

    @Test
    void serviceDescriptionWithoutQuery() {
        HttpResponse<String> r = Http.get(root + "papergraph/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, m.createProperty(ServiceDescription.SD, "endpoint"),
                m.createResource(root + "papergraph/sparql")), r.body());
    }

    @Test
    void graphStoreReadsOneGraph() {
        HttpResponse<String> r = Http.get(root + "papergraph/get?graph=" + Http.enc(Vocab.GRAPH_BASE + TestGraph.PAPER1),
                "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(TestGraph.TITLE1));
        assertEquals(400, Http.get(root + "papergraph/get").statusCode(), "whole-dataset dump refused");
    }

    @Test
    void queryPageListsNamedQueries() throws Exception {
        HttpResponse<String> page = Http.get(root);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Query the graph"));
        assertEquals(200, Http.get(root + "ui/app.js").statusCode());
        JsonNode queries = JSON.readTree(Http.get(root + "ui/queries.json").body());
        assertEquals("titles", queries.get(0).path("name").asText());
        assertEquals("All paper titles.", queries.get(0).path("description").asText());
        int traversal = Http.get(root + "ui/../../etc/passwd").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "traversal -> " + traversal);
        assertEquals(404, Http.get(root + "ui/index.html.bak").statusCode());
    }

    @Test
    void ingestIsAbsentWithoutPasswordFile() {
        assertEquals(404, Http.post(root + "papergraph/ingest", "application/x-ndjson", "{}").statusCode());
    }
}
