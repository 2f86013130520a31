package org.papergraph.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Line-by-line reading with 1-based line numbers and a bound on line length, so one runaway line in a
 * huge file costs a reported problem instead of all the memory. Accepts \n, \r\n and \r endings.
 */
final class LineReader {
    /** Longer lines are skipped and reported: no real title, abstract or JSONL record comes near this. */
    static final int MAX_LINE_CHARS = 4_000_000;

    private final Reader in;
    private final ReadContext ctx;
    private final char[] buf = new char[16384];
    private int pos;
    private int len;
    private int lineNumber;
    private boolean pendingCr;

    LineReader(Reader in, ReadContext ctx) {
        this.in = in;
        this.ctx = ctx;
    }

    /** The line number of the line last returned by {@link #next()}. */
    int lineNumber() {
        return lineNumber;
    }

    /** The next line without its ending, or null at the end of input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            if (pendingCr) {
                pendingCr = false;
                if (buf[pos] == '\n') {
                    pos++; // second half of \r\n
                    continue;
                }
            }
            any = true;
            int end = pos;
            while (end < len && buf[end] != '\n' && buf[end] != '\r') {
                end++;
            }
            int room = MAX_LINE_CHARS - line.length();
            if (end - pos > room) {
                tooLong = true;
            }
            line.append(buf, pos, Math.min(end - pos, room));
            if (end < len) {
                pendingCr = buf[end] == '\r';
                pos = end + 1;
                break;
            }
            pos = end;
        }
        lineNumber++;
        if (tooLong) {
            ctx.problem(lineNumber, "line longer than " + MAX_LINE_CHARS + " characters; skipped");
            return "";
        }
        return line.toString();
    }

    private boolean fill() throws IOException {
        len = Math.max(0, in.read(buf, 0, buf.length));
        pos = 0;
        return len > 0;
    }
}
