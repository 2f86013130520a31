package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, directories, stdin and names: how inputs are found and named. */
class SourcesInputsTest {
    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenAndNonInputFiles() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("b-feeds/nested"));
        Path hiddenDir = Files.createDirectories(dir.resolve(".cache"));
        Files.copy(Collected.fixturePath("papers.jsonl"), dir.resolve("c.jsonl"));
        Files.copy(Collected.fixturePath("arxiv.atom.xml"), sub.resolve("feed.xml"));
        Files.write(dir.resolve("a-page.txt.gz"), BadInputTest.gzip(Files.readAllBytes(Collected.fixturePath("page-basic.txt"))));
        Files.copy(Collected.fixturePath("papers.jsonl"), dir.resolve(".hidden.jsonl"));
        Files.copy(Collected.fixturePath("papers.jsonl"), hiddenDir.resolve("cached.jsonl"));
        Files.writeString(dir.resolve("README.md"), "# Not an input\n");

        Collected c = Collected.read(List.of(dir.toString()));

        List<String> files = c.papers.stream().map(p -> dir.relativize(Path.of(p.sources().get(0).file())).toString())
                .distinct().collect(Collectors.toList());
        assertEquals(List.of("a-page.txt.gz", "b-feeds/nested/feed.xml", "c.jsonl"), files);
        assertEquals(3 + 2 + 3, c.papers.size());
        assertTrue(c.problems.stream().allMatch(p -> p.file().endsWith("c.jsonl")), c.problemText());
    }

    @Test
    void linkedFilesAreReadButLinkedDirectoriesAreNotFollowed() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(Collected.fixturePath("hf-paper.json"), data.resolve("paper.json"));
        Files.createSymbolicLink(data.resolve("linked.jsonl"), Collected.fixturePath("jsonl-in-text.txt").toAbsolutePath());
        Files.createSymbolicLink(data.resolve("loop"), data);

        Collected c = Collected.read(List.of(data.toString()));
        assertEquals("", c.problemText());
        assertEquals(List.of("JSONL Hidden In A Text File", "Second Line",
                "Sparrow: Tiny Diffusion Models for On-Device Image Editing"), c.titles());
    }

    @Test
    void namedFilesAreReadWhateverTheirExtension() throws IOException {
        Path odd = dir.resolve("feed.download");
        Files.copy(Collected.fixturePath("hf-paper.json"), odd);

        Collected c = Collected.read(List.of(odd.toString()));
        assertEquals(1, c.papers.size(), c.problemText());
        assertEquals(odd.toString(), c.papers.get(0).sources().get(0).file());
    }

    @Test
    void missingInputIsAProblemAndTheOthersAreStillRead() {
        Collected c = Collected.read(List.of("no/such/file.jsonl", Collected.fixturePath("hf-paper.json").toString()));

        assertEquals(1, c.papers.size());
        assertEquals(new InputProblem("no/such/file.jsonl", 0, "no such file or directory"), c.onlyProblem());
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Collected.fixturePath("jsonl-in-text.txt"))));
            Collected c = Collected.read(List.of("-"));
            assertEquals(2, c.papers.size(), c.problemText());
            assertEquals(new SourceRef("-", 1, SourceFormat.JSONL), c.papers.get(0).sources().get(0));
        } finally {
            System.setIn(saved);
        }
    }
}
