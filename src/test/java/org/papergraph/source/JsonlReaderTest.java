package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonlReaderTest {
    @Test
    void goodLinesArriveAndBadLinesAreReportedByLine() {
        Collected c = Collected.fixture("papers.jsonl");

        assertEquals(3, c.papers.size(), c.problemText());
        assertEquals(List.of(3, 4, 5, 6), c.problems.stream().map(InputProblem::line).toList(), c.problemText());
        assertTrue(c.problems.get(0).message().startsWith("not valid JSON"));
        assertTrue(c.problems.get(1).message().contains("'published' is not an ISO date"), "Feb 30 is no date");
        assertTrue(c.problems.get(2).message().contains("neither title nor abstract"));
        assertTrue(c.problems.get(3).message().startsWith("not a JSON object"));
    }

    @Test
    void fieldsAreMapped() {
        Collected c = Collected.fixture("papers.jsonl");

        Paper wren = c.papers.get(0);
        assertEquals("p-001", wren.sourceId());
        assertNull(wren.arxivId());
        assertEquals(List.of("Kai Lin", "Noor Haddad"), wren.authors());
        assertEquals(LocalDate.of(2024, 1, 15), wren.published());
        assertEquals(List.of("https://example.org/wren"), wren.links());
        assertEquals("https://github.com/example-lab/wren", wren.codeUrl());
        assertEquals(new SourceRef("papers.jsonl", 1, SourceFormat.JSONL), wren.sources().get(0));

        Paper untitled = c.papers.get(1);
        assertEquals("", untitled.title());
        assertEquals("p-003", untitled.sourceId());
        assertEquals(PaperKeys.key(null, "", "p-003"), untitled.key(), "identified by its id");
        assertNull(untitled.published());

        Paper finch = c.papers.get(2);
        assertEquals("2401.04444", finch.arxivId(), "an arXiv-shaped id is the arXiv id, version stripped");
        assertEquals("2401.04444v3", finch.sourceId(), "the id is kept as given");
        assertEquals(List.of("Ola Berg", "Ivo Petrov", "Mei Chen"), finch.authors());
        assertEquals("https://github.com/example-lab/finch", finch.codeUrl());
        assertEquals(List.of("https://gitlab.com/mirror/finch"), finch.links());
    }

    @Test
    void jsonlInATextFileIsDetectedByContent() {
        Collected c = Collected.fixture("jsonl-in-text.txt");

        assertEquals(List.of("JSONL Hidden In A Text File", "Second Line"), c.titles());
        assertEquals(SourceFormat.JSONL, c.papers.get(0).sources().get(0).format());
        assertEquals(2, c.papers.get(1).sources().get(0).line());
    }

    @Test
    void firstLineBrokenStillReadsTheRestAsJsonl() {
        Collected c = Collected.read("x.jsonl", "{\"id\": 1, \"title\": oops}\n{\"id\": 2, \"title\": \"Fine\", \"abstract\": \"Yes.\"}\n");

        assertEquals(List.of("Fine"), c.titles());
        assertEquals("2", c.papers.get(0).sourceId(), "numeric ids are kept as text");
        assertEquals(1, c.onlyProblem().line());
    }
}
