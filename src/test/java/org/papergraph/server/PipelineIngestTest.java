package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.RuleExtractor;
import org.papergraph.pipeline.Ingest;
import org.papergraph.store.PaperStore;

/** Fresh data while serving, through the real pipeline: the ingest endpoint and the directory watcher. */
class PipelineIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("ingest:pw-for-tests".getBytes(StandardCharsets.UTF_8));
    // Invented papers, written for this test.
    private static final String FEED = """
            {"id": "2403.11111", "title": "Marmot: Sparse Routing for Tiny Experts", "abstract": "We propose Marmot, a router for small mixtures of experts. Code: https://github.com/marmot-lab/marmot", "authors": ["Ada Quill"]}
            {"id": "2403.22222", "title": "Otterbench: A Benchmark for Shoreline Captioning", "abstract": "We introduce Otterbench, a captioning benchmark."}
            """;

    @TempDir
    Path tmp;
    private PaperStore store;
    private PaperGraphServer server;

    @BeforeEach
    void start() throws Exception {
        store = PaperStore.inMemory();
        PipelineIngest pipeline = new PipelineIngest(Ingest.into(store).extractor(RuleExtractor.create()).build());
        Files.createDirectories(tmp.resolve("inbox"));
        server = PaperGraphServer.create().dataset(store.queryDataset()).port(0)
                .ingest(pipeline, new BasicCredentials("ingest", "pw-for-tests"))
                .watch(tmp.resolve("inbox"), Duration.ofMillis(100), pipeline)
                .build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private String select(String query) {
        return Http.get(server.url() + "papergraph/sparql?query=" + Http.enc(query), "Accept", "text/csv").body();
    }

    @Test
    void uploadIsIngestedSearchableAndDereferenceable() throws Exception {
        HttpResponse<String> r = Http.post(server.url() + "papergraph/ingest?name=feed.jsonl", "application/x-ndjson", FEED,
                "Authorization", AUTH);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body()).path("report");
        assertEquals(2, report.path("added").asInt(), r.body());
        assertEquals(0, report.path("problems").size());

        String search = "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?p { ?p text:query (dcterms:title 'marmot') }";
        assertTrue(select(search).contains("/paper/2403.11111"), "text index in step with the upload");
        assertEquals(200, Http.get(server.url() + "paper/2403.11111", "Accept", "text/html").statusCode());

        HttpResponse<String> again = Http.post(server.url() + "papergraph/ingest?name=feed.jsonl", "application/x-ndjson", FEED,
                "Authorization", AUTH);
        JsonNode second = JSON.readTree(again.body()).path("report");
        assertEquals(0, second.path("added").asInt());
        assertEquals(2, second.path("unchanged").asInt(), "re-ingest changes nothing: " + again.body());
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestGoesIn() throws Exception {
        String body = FEED + "{not json\n";
        HttpResponse<String> r = Http.post(server.url() + "papergraph/ingest?name=mixed.jsonl", "application/x-ndjson", body,
                "Authorization", AUTH);
        assertEquals(422, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body()).path("report");
        assertEquals(2, report.path("added").asInt());
        JsonNode problem = report.path("problems").get(0);
        assertEquals("mixed.jsonl", problem.path("file").asText());
        assertEquals(3, problem.path("line").asInt());
        assertFalse(problem.path("message").asText().isBlank());
    }

    @Test
    void watchedDirectoryIsIngestedWhileServing() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path part = inbox.resolve("feed.jsonl.part");
        Files.writeString(part, FEED);
        Files.move(part, inbox.resolve("feed.jsonl"));
        String ask = "ASK { <https://w3id.org/papergraph/paper/2403.22222> ?p ?o }";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!select(ask).contains("true") && System.nanoTime() < deadline)
            Thread.sleep(100);
        assertTrue(select(ask).contains("true"), "watched file ingested");
        assertEquals(2, store.paperCount());
    }
}
