package org.papergraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, streaming. A byte sequence that is not valid UTF-8 is decoded as windows-1252
 * instead (the usual culprit is a Latin-1/cp1252 file or a pasted fragment) and reported once per line,
 * so the text still goes in and the user learns exactly which lines to check. After
 * {@value #MAX_REPORTED_LINES} reported lines the rest are counted and summarised at the end.
 */
final class LenientUtf8Reader extends Reader {
    static final int MAX_REPORTED_LINES = 10;
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ReadContext ctx;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16384).flip();
    private final char[] chars = new char[16384];
    private int charPos;
    private int charLen;
    private boolean eof;
    private boolean done;
    private int line = 1; // line of the next decoded char
    private int lastBadLine;
    private int badLines;

    LenientUtf8Reader(InputStream in, ReadContext ctx) {
        this.in = in;
        this.ctx = ctx;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (charPos == charLen && !fill()) {
            return -1;
        }
        int n = Math.min(len, charLen - charPos);
        System.arraycopy(chars, charPos, buf, off, n);
        charPos += n;
        return n;
    }

    /** Decodes the next chunk into {@link #chars}; false at the end of input. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        CharBuffer out = CharBuffer.wrap(chars);
        while (out.position() == 0) {
            int start = out.position();
            CoderResult r = decoder.decode(bytes, out, eof);
            countLines(start, out.position());
            if (r.isError()) {
                fallback(r.length(), out);
            } else if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    done = true;
                    summarise();
                    break;
                }
                refill();
            }
            // overflow cannot happen with an empty buffer; with a non-empty one the loop ends anyway
        }
        charPos = 0;
        charLen = out.position();
        return charLen > 0;
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void fallback(int length, CharBuffer out) {
        if (out.remaining() < length) {
            return; // no room: the decoder left the bytes in place, the next fill() meets them again
        }
        byte[] bad = new byte[length];
        bytes.get(bad);
        out.put(new String(bad, CP1252));
        if (line != lastBadLine) {
            lastBadLine = line;
            badLines++;
            if (badLines <= MAX_REPORTED_LINES) {
                ctx.problem(line, "invalid UTF-8; this line was decoded as windows-1252, check its text");
            }
        }
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                line++;
            }
        }
    }

    private void summarise() {
        if (badLines > MAX_REPORTED_LINES) {
            ctx.problem(0, (badLines - MAX_REPORTED_LINES) + " more lines with invalid UTF-8 were decoded as windows-1252");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
