package org.papergraph.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.papergraph.server.PaperGraphServer;
import org.papergraph.store.PaperStore;

/**
 * One writer and concurrent HTTP readers: readers only ever see whole write transactions, so the number of
 * papers they count is always a multiple of the batch size, never a half-written batch or paper.
 */
class ConsistentReadsTest {
    private static final int BATCH = 20;
    private static final int BATCHES = 5;

    @Test
    void readersNeverSeeAHalfWrittenBatch() throws Exception {
        try (PaperStore store = PaperStore.inMemory()) {
            PaperGraphServer server = PaperGraphServer.create().dataset(store.queryDataset()).port(0).build().start();
            try {
                String count = "PREFIX pg: <https://w3id.org/papergraph/ontology#> "
                        + "SELECT (COUNT(DISTINCT ?p) AS ?n) (COUNT(DISTINCT ?code) AS ?c) { ?p a pg:Paper OPTIONAL { ?p pg:hasCodeRepository ?code } }";
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "papergraph/sparql?query="
                        + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
                HttpClient http = HttpClient.newHttpClient();
                AtomicBoolean writing = new AtomicBoolean(true);
                ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
                List<Thread> readers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Thread t = new Thread(() -> {
                        try {
                            while (writing.get())
                                seen.add(http.send(request, HttpResponse.BodyHandlers.ofString()).body().strip().split("\\R")[1]);
                        } catch (Exception e) {
                            seen.add("error: " + e);
                        }
                    });
                    t.start();
                    readers.add(t);
                }
                for (int b = 0; b < BATCHES; b++)
                    SyntheticCorpus.write(store, b * BATCH, (b + 1) * BATCH, BATCH);
                writing.set(false);
                for (Thread t : readers)
                    t.join();
                assertTrue(seen.size() > BATCHES, "readers ran during the writes: " + seen.size());
                for (String row : seen) {
                    String[] cols = row.split(",");
                    int papers = Integer.parseInt(cols[0]);
                    assertEquals(0, papers % BATCH, "papers seen mid-write: " + row);
                    assertEquals(papers, Integer.parseInt(cols[1]), "every visible paper is complete (has its code link): " + row);
                }
            } finally {
                server.stop();
            }
        }
    }
}
