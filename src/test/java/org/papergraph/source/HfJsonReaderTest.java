package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HfJsonReaderTest {
    @Test
    void dailyPapersListGivesOnePaperPerItemWithItsMetadata() {
        Collected c = Collected.fixture("hf-daily.json");

        assertEquals(2, c.papers.size(), c.problemText());
        Paper kestrel = c.papers.get(0);
        assertEquals("arxiv:2406.01234", kestrel.key());
        assertEquals("2406.01234", kestrel.arxivId());
        assertEquals("2406.01234", kestrel.sourceId());
        assertEquals("Kestrel: Fast Retrieval & Reranking for Code Search", kestrel.title(), "entities and line breaks cleaned");
        assertTrue(kestrel.abstractText().startsWith("Code search systems trade speed for quality. We present"));
        assertEquals(List.of("Mira Okafor", "Jonas Feld"), kestrel.authors());
        assertEquals(LocalDate.of(2024, 6, 2), kestrel.published());
        assertEquals(LocalDate.of(2024, 6, 3), kestrel.featured());
        assertEquals("https://github.com/example-lab/kestrel", kestrel.codeUrl());
        assertEquals(List.of("https://arxiv.org/abs/2406.01234", "https://example.org/kestrel"), kestrel.links());
        assertEquals(List.of("code search", "dense retrieval", "reranking"), kestrel.keywords());
        assertEquals(42, kestrel.upvotes());
        assertEquals(new SourceRef("hf-daily.json", 2, SourceFormat.HF_JSON), kestrel.sources().get(0));

        Paper heron = c.papers.get(1);
        assertEquals("Item-level Title: Heron Graph Transformers", heron.title(), "item-level title tolerated");
        assertTrue(heron.abstractText().startsWith("Heron extends"));
        assertNull(heron.published(), "a bad date is dropped");
        assertNull(heron.codeUrl());
    }

    @Test
    void badItemsAreReportedWithTheirLine() {
        Collected c = Collected.fixture("hf-daily.json");

        assertEquals(3, c.problems.size(), c.problemText());
        assertEquals(18, c.problems.get(0).line(), "problems name the line where the item starts");
        assertTrue(c.problems.get(0).message().contains("'publishedAt' is not an ISO date"), c.problemText());
        assertEquals(29, c.problems.get(1).line());
        assertTrue(c.problems.get(1).message().startsWith("expected a paper object"), c.problemText());
        assertEquals(30, c.problems.get(2).line());
        assertTrue(c.problems.get(2).message().contains("neither title nor abstract"), c.problemText());
    }

    @Test
    void singlePaperObjectFromThePapersApi() {
        Collected c = Collected.fixture("hf-paper.json");

        assertEquals("", c.problemText());
        Paper p = c.papers.get(0);
        assertEquals("2405.04321", p.arxivId());
        assertEquals(List.of("Lena Park", "Tomás Vidal"), p.authors());
        assertEquals(LocalDate.of(2024, 5, 7), p.published());
        assertEquals(LocalDate.of(2024, 5, 8), p.featured());
        assertNull(p.codeUrl(), "JSON null is no URL");
        assertEquals(List.of(), p.keywords());
        assertEquals(1, p.sources().get(0).line());
    }

    @Test
    void minifiedSingleLineObjectIsDetectedAsHfJson() {
        Collected c = Collected.read("-", "{\"id\":\"2401.00001\",\"title\":\"T\",\"summary\":\"S.\",\"upvotes\":3}");

        assertEquals(SourceFormat.HF_JSON, c.papers.get(0).sources().get(0).format());
        assertEquals(3, c.papers.get(0).upvotes());
    }

    @Test
    void syntaxErrorKeepsEarlierItemsAndNamesTheLine() {
        String json = "[\n{\"paper\": {\"id\": \"2401.00001\", \"title\": \"Kept\", \"summary\": \"Fine.\"}},\n"
                + "{\"paper\": {\"id\": \"2401.00002\", \"title\": \"Broken\" \"summary\": \"x\"}}\n]";
        Collected c = Collected.read("broken.json", json);

        assertEquals(List.of("Kept"), c.titles());
        InputProblem p = c.onlyProblem();
        assertEquals("broken.json", p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("invalid JSON"), p.message());
    }
}
