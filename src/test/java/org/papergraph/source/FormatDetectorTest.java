package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    @Test
    void formatsAreToldFromContent() {
        assertEquals(SourceFormat.ARXIV_ATOM, FormatDetector.detect("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", "a.txt"));
        assertEquals(SourceFormat.HF_JSON, FormatDetector.detect("[{\"paper\": {\"id\": \"2401.00001\"}}]", "a.jsonl"));
        assertEquals(SourceFormat.HF_JSON, FormatDetector.detect("{\n  \"id\": \"2401.00001\",\n  \"title\": \"T\"\n}", "x"));
        assertEquals(SourceFormat.HF_JSON, FormatDetector.detect("{\"paper\": {\"id\": \"1\"}, \"publishedAt\": \"2024-01-01\"}\n", "x"));
        assertEquals(SourceFormat.JSONL, FormatDetector.detect("{\"id\": \"1\", \"title\": \"T\", \"abstract\": \"A\"}\n{\"id\": \"2\"}", "x.json"));
        assertEquals(SourceFormat.HF_PAGE, FormatDetector.detect("new\n\nSubscribe\n\nSome Title\n", "x.json"));
        assertEquals(SourceFormat.HF_PAGE, FormatDetector.detect("A Title\n\n" + HfPageReaderTest.abstractText(), "x"),
                "no chrome at all: a title then an abstract is enough");
    }

    @Test
    void brokenFirstJsonlLineIsDecidedByTheNextLinesOrTheName() {
        assertEquals(SourceFormat.JSONL, FormatDetector.detect("{\"id\": oops\n{\"id\": \"2\", \"title\": \"T\"}\n", "x"));
        assertEquals(SourceFormat.JSONL, FormatDetector.detect("{\"id\": oops\n", "x.jsonl.gz"));
        assertEquals(SourceFormat.HF_JSON, FormatDetector.detect("{\"id\": oops\n", "x.json"));
    }

    @Test
    void unknownContentIsNull() {
        assertNull(FormatDetector.detect("<html><body>hi</body></html>", "feed.xml"));
        assertNull(FormatDetector.detect("col1,col2\n1,2\n", "data.txt"));
        assertNull(FormatDetector.detect("   \n", "x"));
    }
}
