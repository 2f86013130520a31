package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them: exit codes, what goes to stdout, what goes to stderr. */
class CliTest {
    @TempDir
    Path dir;

    /** Runs the CLI capturing System.out (commands stream results there) and picocli's writers. */
    static Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StringWriter pout = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = PaperGraphCli.commandLine();
            cl.setOut(new PrintWriter(pout, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8) + pout, err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    record Run(int code, String out, String err) {
    }

    private Path writeInput() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "x-1", "title": "LeafNet: Plant Disease Detection from Phone Photos", "abstract": "We present LeafNet, a convolutional model fine-tuned from ResNet-50 that reaches 91.2% accuracy on PlantVillage. Code is at https://github.com/example/leafnet."}
                {"id": "x-2", "title": "Quiet \\"Quotes\\" and {Braces}", "abstract": "We study prompts with BERT."}
                this line is not JSON
                """);
        return in;
    }

    @Test
    void ingestReportsSkippedInputWithExitCode3AndTheRestIsQueryable() throws Exception {
        Path store = dir.resolve("store");
        Run ingest = run("ingest", "--store", store.toString(), writeInput().toString());
        assertEquals(PaperGraphCli.EXIT_PARTIAL, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains("in.jsonl:3:"), "names file and line: " + ingest.err());
        assertTrue(ingest.out().contains("2 distinct"), ingest.out());

        Run facts = run("query", "--store", store.toString(), "--format", "csv", "extraction-facts");
        assertEquals(0, facts.code(), facts.err());
        String[] lines = facts.out().split("\r?\n");
        assertEquals("paper,id,relation,value,type,dataset", lines[0]);
        assertTrue(facts.out().contains("https://github.com/example/leafnet"), facts.out());

        Run byParam = run("query", "--store", store.toString(), "-f", "tsv",
                "-e", "SELECT ?t { ?p <http://purl.org/dc/terms/title> ?t }", "--param", "t=Quiet \"Quotes\" and {Braces}");
        assertEquals(0, byParam.code(), byParam.err());
        assertTrue(byParam.out().contains("Quotes"), "a bound value with quotes and braces is just a value");

        Run validate = run("validate", "--store", store.toString());
        assertEquals(0, validate.code(), validate.out());

        Run stats = run("stats", "--store", store.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("papers:  2"), stats.out());
    }

    @Test
    void extractPrintsJsonAndStoresNothing() throws Exception {
        Run r = run("extract", writeInput().toString());
        assertEquals(PaperGraphCli.EXIT_PARTIAL, r.code());
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertEquals(2, arr.size());
        JsonNode facts = arr.get(0).get("extraction").get("facts");
        assertTrue(facts.size() > 0);
        assertTrue(facts.toString().contains("\"rule\""), "every fact carries its rule");
        assertTrue(Files.notExists(Path.of("papergraph-data")) || Files.isDirectory(Path.of("papergraph-data")));
    }

    @Test
    void errorsAreOneLineWithExitCode1() {
        Run r = run("query", "--store", dir.resolve("s").toString(), "-e", "SELECT WHERE {");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error"), r.err());
        Run unknown = run("query", "--store", dir.resolve("s").toString(), "no-such-query");
        assertEquals(1, unknown.code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[]{"ingest", "extract", "query", "stats", "validate", "serve", "export"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: papergraph " + c), c + ": " + r.out());
        }
    }
}
