package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class BadInputTest {
    private static final String JSONL = "{\"id\": \"a\", \"title\": \"Alpha\", \"abstract\": \"First.\"}\n"
            + "{\"id\": \"b\", \"title\": \"Caf\u00e9 Beta\", \"abstract\": \"Second.\"}\n"
            + "{\"id\": \"c\", \"title\": \"Gamma\", \"abstract\": \"Third.\"}\n";

    @Test
    void emptyFile() {
        InputProblem p = Collected.read("empty.txt", new byte[0]).onlyProblem();
        assertEquals(new InputProblem("empty.txt", 0, "empty file"), p);
    }

    @Test
    void whitespaceOnlyFileCountsAsEmpty() {
        InputProblem p = Collected.read("blank.jsonl", "\n  \n\t\n").onlyProblem();
        assertTrue(p.message().startsWith("empty file"), p.message());
    }

    @Test
    void binaryFileIsRefused() {
        byte[] bytes = new byte[300];
        new java.util.Random(7).nextBytes(bytes);
        bytes[5] = 0;
        Collected c = Collected.read("image.json", bytes);
        assertTrue(c.papers.isEmpty());
        assertTrue(c.onlyProblem().message().startsWith("not a text file"), c.problemText());
    }

    @Test
    void pdfIsNamedAsSuch() {
        Collected c = Collected.read("paper.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(c.onlyProblem().message().contains("PDF"), c.problemText());
    }

    @Test
    void unknownTextFormatIsReported() {
        Collected c = Collected.read("notes.txt", "just a short note\nand another one\n");
        assertTrue(c.papers.isEmpty());
        assertTrue(c.onlyProblem().message().startsWith("not a recognised paper format"), c.problemText());
    }

    @Test
    void invalidUtf8IsDecodedAsWindows1252AndItsLineReported() {
        byte[] utf8 = JSONL.getBytes(StandardCharsets.UTF_8);
        // Replace the UTF-8 "é" (C3 A9) on line 2 by its Latin-1 byte E9: invalid UTF-8.
        byte[] latin = JSONL.getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(utf8.length == latin.length + 1);
        Collected c = Collected.read("mixed.jsonl", latin);

        assertEquals(List.of("Alpha", "Café Beta", "Gamma"), c.titles(), "every record still arrives");
        InputProblem p = c.onlyProblem();
        assertEquals(2, p.line());
        assertTrue(p.message().contains("invalid UTF-8"), p.message());
    }

    @Test
    void manyInvalidLinesAreSummarised() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            sb.append("{\"id\": \"").append(i).append("\", \"title\": \"Na\u00efve ").append(i).append("\", \"abstract\": \"x\"}\n");
        }
        Collected c = Collected.read("latin1.jsonl", sb.toString().getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(25, c.papers.size());
        assertEquals(LenientUtf8Reader.MAX_REPORTED_LINES + 1, c.problems.size(), c.problemText());
        assertTrue(c.problems.get(c.problems.size() - 1).message().startsWith("15 more lines"), c.problemText());
    }

    @Test
    void byteOrderMarksAreStripped() {
        byte[] body = JSONL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Collected c = Collected.read("bom.jsonl", withBom);
        assertEquals("", c.problemText());
        assertEquals(3, c.papers.size());

        byte[] utf16 = ("\uFEFF" + JSONL).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("Alpha", "Café Beta", "Gamma"), Collected.read("utf16.jsonl", utf16).titles());
    }

    @Test
    void gzipIsRecognisedByItsBytesWhateverTheName() throws IOException {
        Collected c = Collected.read("papers.data", gzip(JSONL.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", c.problemText());
        assertEquals(3, c.papers.size());
    }

    @Test
    void truncatedGzipKeepsWhatWasReadAndReportsTheRest() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            sb.append("{\"id\": \"").append(i).append("\", \"title\": \"Paper ").append(i).append("\", \"abstract\": \"Text ")
                    .append(Integer.toHexString(i * 7919)).append(".\"}\n");
        }
        byte[] gz = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        Collected c = Collected.read("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));

        assertTrue(c.papers.size() > 1000 && c.papers.size() < 20000, "papers before the cut: " + c.papers.size());
        assertTrue(c.problems.stream().anyMatch(p -> p.message().startsWith("could not read further")), c.problemText());
    }

    @Test
    void exceptionsFromTheCallersConsumerPassThrough() {
        IllegalStateException boom = new IllegalStateException("store is full");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Sources.read("x.jsonl",
                new ByteArrayInputStream(JSONL.getBytes(StandardCharsets.UTF_8)), p -> {
                    throw boom;
                }, p -> { }));
        assertSame(boom, thrown);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
