package org.papergraph.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Bytes to text, decided from the bytes themselves: gzip is unpacked whatever the file is called, a BOM
 * picks UTF-8 or UTF-16 and is dropped, binary content is refused, anything else is read as UTF-8 with
 * a reported windows-1252 fallback ({@link LenientUtf8Reader}).
 */
final class InputDecoder {
    private static final int SNIFF = 8192;
    private static final int MAX_GZIP_LAYERS = 3;

    private InputDecoder() {
    }

    /** A reader over the decoded text, or null when the input is empty or binary (a problem is reported). */
    static Reader open(InputStream raw, ReadContext ctx) throws IOException {
        InputStream in = new BufferedInputStream(raw, 65536);
        byte[] head = peek(in, SNIFF);
        for (int layer = 0; layer < MAX_GZIP_LAYERS && isGzip(head); layer++) {
            in = new BufferedInputStream(new GZIPInputStream(in, 65536), 65536);
            head = peek(in, SNIFF);
        }
        if (head.length == 0) {
            ctx.problem(0, "empty file");
            return null;
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return new LenientUtf8Reader(in, ctx);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return new InputStreamReader(in, StandardCharsets.UTF_16LE);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return new InputStreamReader(in, StandardCharsets.UTF_16BE);
        }
        String binary = binaryKind(head);
        if (binary != null) {
            ctx.problem(0, "not a text file (" + binary + "); skipped");
            return null;
        }
        return new LenientUtf8Reader(in, ctx);
    }

    private static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    private static boolean isGzip(byte[] head) {
        return startsWith(head, 0x1F, 0x8B);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short description when the sample is binary, else null. Text never holds NUL bytes (UTF-16 is
     * recognised by its BOM first) and only rarely control characters other than tab and line breaks.
     */
    static String binaryKind(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return "a ZIP archive";
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return "binary data";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 20 > head.length ? "binary data" : null;
    }
}
