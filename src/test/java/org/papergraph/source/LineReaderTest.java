package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {
    @Test
    void everyLineEndingCountsOnce() throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        LineReader r = new LineReader(new StringReader("a\r\nb\rc\n\nd"), new ReadContext("x", p -> { }, problems::add));

        List<String> lines = new ArrayList<>();
        for (String l = r.next(); l != null; l = r.next()) {
            lines.add(r.lineNumber() + ":" + l);
        }
        assertEquals(List.of("1:a", "2:b", "3:c", "4:", "5:d"), lines);
        assertNull(r.next());
    }

    @Test
    void overlongLineIsReportedAndReadingGoesOn() throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        String huge = "x".repeat(LineReader.MAX_LINE_CHARS + 10);
        LineReader r = new LineReader(new StringReader("first\n" + huge + "\nlast\n"), new ReadContext("big.txt", p -> { }, problems::add));

        assertEquals("first", r.next());
        assertEquals("", r.next());
        assertEquals("last", r.next());
        assertEquals(List.of(2), problems.stream().map(InputProblem::line).toList());
    }

    @Test
    void largeInputStreamsThrough() {
        int records = 30_000;
        Collected c = new Collected();
        int[] count = {0};
        Sources.read("generated.jsonl", new GeneratedJsonl(records), p -> count[0]++, c.problems::add);

        assertEquals("", c.problemText());
        assertEquals(records, count[0]);
    }

    /** A JSONL stream produced on demand, never held in memory as a whole. */
    private static final class GeneratedJsonl extends InputStream {
        private final int records;
        private int next;
        private byte[] current = new byte[0];
        private int pos;

        GeneratedJsonl(int records) {
            this.records = records;
        }

        @Override
        public int read() {
            if (pos == current.length) {
                if (next == records) {
                    return -1;
                }
                current = ("{\"id\": \"g" + next + "\", \"title\": \"Generated paper " + next
                        + "\", \"abstract\": \"An abstract that is long enough to look like text, number " + next + ".\"}\n")
                        .getBytes(StandardCharsets.UTF_8);
                next++;
                pos = 0;
            }
            return current[pos++] & 0xFF;
        }
    }
}
