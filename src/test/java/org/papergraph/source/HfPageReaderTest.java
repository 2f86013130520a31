package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HfPageReaderTest {
    @Test
    void readsTitleAbstractPairsAfterThePageChrome() {
        Collected c = Collected.fixture("page-basic.txt");

        assertEquals("", c.problemText());
        assertEquals(List.of("QuillNet: Sparse Feather Attention for Long Document Summarization",
                "Tidepool: A Benchmark for Tabular Reasoning in Low-Resource Languages",
                "Orchard-7B: Growing Small Language Models from Curated Textbooks"), c.titles());
        Paper first = c.papers.get(0);
        assertTrue(first.abstractText().startsWith("Summarizing long documents"));
        assertTrue(first.abstractText().endsWith("https://github.com/example-lab/quillnet."), "URLs are left as written");
        assertEquals(new SourceRef("page-basic.txt", 13, SourceFormat.HF_PAGE), first.sources().get(0));
        assertEquals(PaperKeys.key(null, first.title(), null), first.key());
        assertNull(first.featured(), "a day line without a year gives no featured date");
        assertNull(first.arxivId());
    }

    @Test
    void unpairedLinesAreReportedWithTheirLineAndTheRestIsRead() {
        Collected c = Collected.fixture("page-unpaired.txt");

        assertEquals(List.of("Lantern: Illuminating Failure Modes of Vision-Language Models",
                "Beacon: Calibrated Uncertainty for Streaming Speech Recognition"), c.titles());
        assertEquals(3, c.problems.size(), c.problemText());
        assertEquals(9, c.problems.get(0).line());
        assertTrue(c.problems.get(0).message().startsWith("title without an abstract"), c.problemText());
        assertEquals(15, c.problems.get(1).line());
        assertTrue(c.problems.get(1).message().startsWith("abstract without a title"), c.problemText());
        assertEquals(17, c.problems.get(2).line());
        c.problems.forEach(p -> assertEquals("page-unpaired.txt", p.file()));
    }

    @Test
    void featuredDayTakesItsYearFromTheLineOrTheFileName() {
        String page = "Daily Papers\n\n%s\n\nA Short Title\n\n" + abstractText() + "\n";

        assertEquals(LocalDate.of(2025, 3, 14),
                Collected.read("x.txt", String.format(page, "Mar 14, 2025")).papers.get(0).featured());
        assertEquals(LocalDate.of(2024, 8, 11),
                Collected.read("daily-2024-08-01.txt", String.format(page, "Aug 11")).papers.get(0).featured());
        assertEquals(LocalDate.of(2024, 8, 1),
                Collected.read("daily-2024-08-01.txt", "A Short Title\n\n" + abstractText()).papers.get(0).featured(),
                "no day line: the file name's date");
    }

    @Test
    void chromeIsRecognisedByPatternNotOnlyByTheKnownStrings() {
        assertTrue(HfPageReader.isChrome("Get the latest papers in your inbox"));
        assertTrue(HfPageReader.isChrome("by AK and the research community"));
        assertTrue(HfPageReader.isChrome("Hugging Face Daily Papers"));
        assertTrue(HfPageReader.isChrome("12 upvotes"));
        assertFalse(HfPageReader.isChrome("New Paths to Subscription Models"));
        assertTrue(HfPageReader.isDayLine("Sept 3"));
        assertTrue(HfPageReader.isDayLine("2025-01-31"));
        assertFalse(HfPageReader.isDayLine("March of the Transformers"));
    }

    @Test
    void lettersFreeLinesSuchAsCountersAreSkipped() {
        Collected c = Collected.read("p.txt", "Daily Papers\n\n42\n\nA Short Title\n\u2022\n" + abstractText() + "\n---\n");

        assertEquals("", c.problemText());
        assertEquals(List.of("A Short Title"), c.titles());
    }

    @Test
    void abstractsAreToldFromTitlesByShape() {
        assertFalse(HfPageReader.looksLikeAbstract(
                "A Rather Long Title About Scaling Laws, Data Mixtures, and Curriculum Design for Multilingual Pretraining of Decoder-Only Language Models"));
        assertTrue(HfPageReader.looksLikeAbstract(
                "We study scaling laws for data mixtures. Our experiments on The Pile and C4 show a consistent trend across sizes."));
        assertTrue(HfPageReader.looksLikeAbstract(abstractText()));
    }

    @Test
    void windowsLineEndingsAndExtraSpacesAreHandled() {
        Collected c = Collected.read("crlf.txt", "Daily Papers\r\n\r\nA   Short Title \r\n\r\n" + abstractText() + "\r\n");

        assertEquals("", c.problemText());
        assertEquals("A Short Title", c.papers.get(0).title());
        assertEquals(3, c.papers.get(0).sources().get(0).line());
    }

    static String abstractText() {
        return "We describe a method for testing page parsers with invented text. The method writes a title and "
                + "a long abstract, then checks that the parser pairs them. It is evaluated on nothing at all, "
                + "which keeps the fixture honest about its purpose and long enough to look like an abstract.";
    }
}
