package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /papergraph/ingest} with basic authentication. The handler here loads TriG in one write
 * transaction, standing in for the pipeline (which the serve command wires in).
 */
class IngestEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    private static Dataset dataset;
    private static PaperGraphServer server;

    /** Parses the body as TriG, then writes it in one transaction; a parse error stores nothing. */
    static IngestHandler trigLoader(Dataset target) {
        return (name, body) -> {
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            try {
                RDFParser.source(body).lang(Lang.TRIG).parse(parsed);
            } catch (RiotException e) {
                return new IngestHandler.Outcome(false, Map.of("file", name, "problem", e.getMessage()));
            }
            long quads = Txn.calculateWrite(target, () -> {
                parsed.find().forEachRemaining(target.asDatasetGraph()::add);
                return parsed.stream().count();
            });
            return new IngestHandler.Outcome(true, Map.of("file", name, "quads", quads));
        };
    }

    @BeforeAll
    static void start() throws IOException {
        Path passwordFile = tmp.resolve("ingest.password");
        Files.writeString(passwordFile, "# who may upload\nloader:s3cret-pass\n");
        dataset = TestGraph.create();
        server = PaperGraphServer.create().dataset(dataset).port(0)
                .ingest(trigLoader(dataset), BasicCredentials.fromFile(passwordFile))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(String body, String... headers) {
        return Http.post(server.url() + "papergraph/ingest?name=new.trig", "application/trig", body, headers);
    }

    private static final String NEW_PAPER = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            GRAPH <https://w3id.org/papergraph/graph/2402.00003> {
              <https://w3id.org/papergraph/paper/2402.00003> a pg:Paper ;
                  dcterms:title "Quokka: Gradient Routing for Sparse Experts" .
            }
            """;

    @Test
    void refusedWithoutOrWithWrongCredentials() {
        HttpResponse<String> none = upload(NEW_PAPER);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        assertEquals(401, upload(NEW_PAPER, "Authorization", basic("loader", "wrong")).statusCode());
        assertEquals(401, upload(NEW_PAPER, "Authorization", basic("other", "s3cret-pass")).statusCode());
        assertEquals(401, upload(NEW_PAPER, "Authorization", "Basic !!notbase64").statusCode());
        assertEquals(401, upload(NEW_PAPER, "Authorization", "Bearer s3cret-pass").statusCode());
        String q = "ASK { <https://w3id.org/papergraph/paper/2402.00003> ?p ?o }";
        assertTrue(Http.get(server.url() + "papergraph/sparql?query=" + Http.enc(q), "Accept", "text/plain").body()
                .contains("no"), "nothing stored");
    }

    @Test
    void uploadGoesInAndIsSearchable() throws Exception {
        HttpResponse<String> r = upload(NEW_PAPER, "Authorization", basic("loader", "s3cret-pass"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertTrue(report.path("complete").asBoolean());
        assertEquals("new.trig", report.path("name").asText());
        assertEquals(2, report.path("report").path("quads").asInt());
        // The text index follows the store's transaction, so the new title is searchable at once.
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?s { ?s text:query (dcterms:title 'quokka') }";
        String csv = Http.get(server.url() + "papergraph/sparql?query=" + Http.enc(q), "Accept", "text/csv").body();
        assertTrue(csv.contains("https://w3id.org/papergraph/paper/2402.00003"), csv);
        assertEquals(200, Http.get(server.url() + "paper/2402.00003", "Accept", "text/turtle").statusCode());
    }

    @Test
    void brokenUploadIsReportedNotStored() throws Exception {
        HttpResponse<String> r = upload("GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> ", "Authorization", basic("loader", "s3cret-pass"));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).path("report").path("problem").asText().length() > 0);
        assertTrue(Txn.calculateRead(dataset, () -> !dataset.containsNamedModel("urn:x:g")));
    }

    @Test
    void onlyPost() {
        HttpResponse<String> r = Http.get(server.url() + "papergraph/ingest", "Authorization", basic("loader", "s3cret-pass"));
        assertEquals(405, r.statusCode());
    }

    @Test
    void oversizedUploadIsRefused() {
        PaperGraphServer small = PaperGraphServer.create().dataset(TestGraph.create()).port(0)
                .ingest(trigLoader(dataset), new BasicCredentials("u", "p")).maxUploadBytes(10).build().start();
        try {
            HttpResponse<String> r = Http.post(small.url() + "papergraph/ingest", "application/trig", NEW_PAPER,
                    "Authorization", basic("u", "p"));
            assertEquals(413, r.statusCode());
        } finally {
            small.stop();
        }
    }

    @Test
    void uploadNamesAreSanitised() {
        assertEquals("feed.jsonl", IngestServlet.uploadName("feed.jsonl"));
        assertEquals("upload", IngestServlet.uploadName("../../etc/passwd"));
        assertEquals("upload", IngestServlet.uploadName(null));
        assertEquals("upload", IngestServlet.uploadName("a b"));
    }
}
