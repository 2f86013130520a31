package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.papergraph.rdf.TestPapers.T1;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.TestPapers;

/**
 * The extraction-facts contract end to end: the CSV of the named query, scored by ../shared/eval/score.py
 * against a gold file written here for the hand-made papers, gets every fact right and nothing spurious.
 */
class ScoreContractTest {
    static final Path SCORE = Path.of("..", "shared", "eval", "score.py");

    @Test
    void scorerReadsTheFactsCsvAsIntended(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(SCORE), "../shared/eval/score.py absent: skipping the score contract test");
        assumeTrue(python() != null, "python3 not installed: skipping the score contract test");
        ObjectMapper json = new ObjectMapper();
        Path papers = Files.writeString(dir.resolve("papers.jsonl"), String.join("\n",
                json.writeValueAsString(java.util.Map.of("id", "2601.00001", "title", TestPapers.TITLE, "abstract", TestPapers.ABSTRACT)),
                json.writeValueAsString(java.util.Map.of("id", "000-042", "title", "", "abstract", "x"))) + "\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"id\":\"2601.00001\",\"proposes\":[{\"name\":\"Quokka\",\"type\":\"Method\"}],\"datasets\":[\"WombatQA\"],"
                        + "\"models\":[\"Llama-2-7B\"],\"methods\":[],\"tasks\":[],\"code\":[\"github.com/example/quokka\"],"
                        + "\"links\":[],\"code_promised\":false,\"results\":[{\"value\":\"81.5\",\"dataset\":\"WombatQA\"}]}",
                "{\"id\":\"000-042\",\"proposes\":[{\"name\":\"Emu\"}],\"datasets\":[],\"models\":[],\"methods\":[],"
                        + "\"tasks\":[],\"code\":[],\"links\":[],\"code_promised\":true,\"results\":[]}") + "\n");
        Path facts = dir.resolve("facts.csv");
        try (PaperStore store = PaperStore.inMemory(); OutputStream out = Files.newOutputStream(facts)) {
            store.write(List.of(TestPapers.quokkaGraph(T1), TestPapers.untitledGraph(T1)));
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(NamedQueries.load("extraction-facts").query(), store.dataset())) {
                    ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_CSV);
                }
            });
        }
        Process p = new ProcessBuilder(python(), SCORE.toString(), "--papers", papers.toString(), "--gold", gold.toString(),
                "--facts", facts.toString(), "--json").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        JsonNode res = json.readTree(output);
        assertEquals(2, res.get("papers_with_facts").asInt(), output);
        for (String cat : List.of("proposes", "datasets", "models", "code", "results", "entities")) {
            JsonNode c = res.get("categories").get(cat);
            assertEquals(0, c.get("fp").asInt() + c.get("fn").asInt(), cat + ": " + c);
        }
        assertEquals(2, res.get("categories").get("proposes").get("tp").asInt());
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }
}
