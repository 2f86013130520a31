package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five real Hugging Face pages from ../shared/seeds, through the CLI, into a TDB2 store on disk. */
@Tag("slow")
class SeedsEndToEndTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    @TempDir
    Path dir;

    @Test
    void seedsBecome443PapersAConformingGraphAndTheFactsContract() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not found: skipping the seed end-to-end test");
        String[] seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toArray(String[]::new);
        }
        String store = dir.resolve("store").toString();
        String[] args = Stream.concat(Stream.of("ingest", "--store", store), Arrays.stream(seeds)).toArray(String[]::new);
        CliTest.Run ingest = CliTest.run(args);
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("521 listings, 443 distinct"), ingest.out());

        CliTest.Run again = CliTest.run(args);
        assertTrue(again.out().contains("new 0, updated 0, unchanged 443"), "idempotent re-ingest: " + again.out());

        CliTest.Run stats = CliTest.run("stats", "--store", store);
        assertTrue(stats.out().contains("papers:  443"), stats.out());

        CliTest.Run facts = CliTest.run("query", "--store", store, "--format", "csv", "extraction-facts");
        String[] lines = facts.out().split("\r?\n");
        assertEquals("paper,id,relation,value,type,dataset", lines[0]);
        long relations = Arrays.stream(lines).skip(1).map(l -> l.replaceAll("^\"(?:[^\"]|\"\")*\"|^[^,]*", ""))
                .map(l -> l.split(",")[2]).distinct().count();
        assertTrue(relations >= 6, "facts of most relations: " + relations);

        CliTest.Run validate = CliTest.run("validate", "--store", store);
        assertEquals(0, validate.code(), validate.out());
    }
}
