package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class PaperMergerTest {
    private static final SourceRef PAGE = new SourceRef("page.txt", 9, SourceFormat.HF_PAGE);
    private static final SourceRef ATOM = new SourceRef("feed.xml", 4, SourceFormat.ARXIV_ATOM);
    private static final SourceRef JSONL = new SourceRef("p.jsonl", 2, SourceFormat.JSONL);

    @Test
    void sameArxivIdMergesAndRecordsEverySource() {
        PaperMerger m = new PaperMerger();
        m.add(paper("2401.00001", "Title One", "", ATOM));
        Paper merged = m.add(paper("2401.00001", "Title One (HF)", "A longer abstract.", JSONL));

        assertEquals(1, m.size());
        assertEquals("Title One", merged.title(), "first-seen values stay");
        assertEquals("A longer abstract.", merged.abstractText(), "gaps are filled");
        assertEquals(List.of(ATOM, JSONL), merged.sources());
        assertEquals(List.of(merged), m.papers());
    }

    @Test
    void titleKeyedPaperJoinsArxivPaperWithTheSameTitleAndTheArxivKeyWins() {
        PaperMerger m = new PaperMerger();
        m.add(paper(null, "Other Paper", "x", PAGE));
        m.add(paper(null, "Marlin: Masked Autoencoders!", "From the page.", PAGE));
        Paper merged = m.add(paper("2403.11111", "marlin - masked autoencoders", "", ATOM));

        assertEquals(2, m.size());
        assertEquals("arxiv:2403.11111", merged.key());
        assertEquals("2403.11111", merged.arxivId());
        assertEquals("Marlin: Masked Autoencoders!", merged.title());
        assertEquals(List.of(PAGE, ATOM), merged.sources());
        assertEquals(List.of("Other Paper", "Marlin: Masked Autoencoders!"), m.papers().stream().map(Paper::title).toList(),
                "first-seen order");

        Paper third = m.add(paper(null, "MARLIN: masked autoencoders", "", JSONL));
        assertEquals("arxiv:2403.11111", third.key(), "a later title-only sighting finds the arXiv paper");
        assertEquals(2, m.size());
    }

    @Test
    void arxivPaperSeenFirstAbsorbsLaterTitleOnlySightings() {
        PaperMerger m = new PaperMerger();
        m.add(paper("2403.11111", "Marlin", "", ATOM));
        Paper merged = m.add(paper(null, "marlin", "From the page.", PAGE));

        assertEquals(1, m.size());
        assertEquals("arxiv:2403.11111", merged.key());
        assertEquals(List.of(ATOM, PAGE), merged.sources());
    }

    @Test
    void differentArxivIdsStayApartEvenWithEqualTitles() {
        PaperMerger m = new PaperMerger();
        Paper a = m.add(paper("2401.00001", "Introduction", "a", ATOM));
        m.add(paper("2402.00002", "Introduction", "b", ATOM));

        assertEquals(2, m.size());
        assertSame(a, m.papers().get(0));
    }

    private static Paper paper(String arxivId, String title, String abstractText, SourceRef source) {
        return Paper.builder().arxivId(arxivId).title(title).abstractText(abstractText).source(source).build();
    }
}
