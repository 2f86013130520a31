package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArxivAtomReaderTest {
    @Test
    void entriesBecomePapersWithArxivMetadata() {
        Collected c = Collected.fixture("arxiv.atom.xml");

        assertEquals("", c.problemText());
        assertEquals(2, c.papers.size());
        Paper marlin = c.papers.get(0);
        assertEquals("arxiv:2403.11111", marlin.key(), "version stripped");
        assertEquals("Marlin: Masked Autoencoders for Long Video Understanding", marlin.title());
        assertEquals("We present Marlin, a masked autoencoder for long videos. Marlin is pre-trained on Kinetics-400 "
                + "and reaches 81.2% top-1 accuracy, beating VideoMAE by 1.4 points.", marlin.abstractText());
        assertEquals(List.of("Priya Natarajan", "Wei Zhang"), marlin.authors());
        assertEquals(LocalDate.of(2024, 3, 18), marlin.published());
        assertEquals(LocalDate.of(2024, 4, 2), marlin.updated());
        assertEquals(List.of("cs.CV", "cs.LG"), marlin.categories(), "primary first, no duplicate");
        assertEquals("10.1234/marlin.2024", marlin.doi());
        assertEquals(List.of("http://dx.doi.org/10.1234/marlin.2024", "http://arxiv.org/abs/2403.11111v2",
                "http://arxiv.org/pdf/2403.11111v2"), marlin.links());
        assertEquals(new SourceRef("arxiv.atom.xml", 7, SourceFormat.ARXIV_ATOM), marlin.sources().get(0));

        Paper old = c.papers.get(1);
        assertEquals("cs/0112017", old.arxivId());
        assertEquals("An Old-Style Identifier & Its Paper", old.title());
        assertTrue(old.abstractText().contains("uses <b> tags as text"), old.abstractText());
    }

    @Test
    void truncatedFeedKeepsCompleteEntriesAndReportsTheBreak() {
        Collected c = Collected.fixture("arxiv-truncated.xml");

        assertEquals(List.of("Complete Entry Before the Break"), c.titles());
        InputProblem p = c.onlyProblem();
        assertEquals("arxiv-truncated.xml", p.file());
        assertTrue(p.line() >= 14, "the parser's line at or after the cut: " + p);
        assertTrue(p.message().contains("entry starting at line 11"), p.message());
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2401.00001v1</id>"
                + "<title>&xxe;</title><summary>s</summary></entry></feed>";
        Collected c = Collected.read("xxe.xml", xml);

        assertTrue(c.papers.stream().noneMatch(p -> p.title().contains("root")), "file content leaked");
        assertEquals(1, c.problems.size(), c.problemText());
    }

    @Test
    void apiErrorEntryIsAProblemNotAPaper() {
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n<id>http://arxiv.org/api/errors#incorrect_id_format</id>"
                + "<title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>";
        Collected c = Collected.read("err.xml", xml);

        assertTrue(c.papers.isEmpty());
        assertEquals(2, c.onlyProblem().line());
        assertTrue(c.onlyProblem().message().contains("incorrect id format"));
    }
}
