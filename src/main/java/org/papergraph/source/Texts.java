package org.papergraph.source;

import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Format-level text cleanup done at read time: whitespace and markup escapes only. URLs and LaTeX in
 * abstracts are left as written because the extractor needs to see (and repair) them itself.
 */
final class Texts {
    // Non-breaking and other Unicode spaces count as whitespace too: feeds mix them in.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private Texts() {
    }

    /** Runs of whitespace (line breaks included) become one space; ends trimmed. Null becomes "". */
    static String collapse(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** For JSON and Atom text, which may carry HTML entities such as {@code &amp;} or {@code &#39;}. */
    static String unescapeAndCollapse(String s) {
        return s == null ? "" : collapse(s.indexOf('&') >= 0 ? StringEscapeUtils.unescapeHtml4(s) : s);
    }

    /** Null for blank strings, else the collapsed text: for optional single-value fields such as URLs. */
    static String blankToNull(String s) {
        String c = collapse(s);
        return c.isEmpty() ? null : c;
    }

    /** A short form of {@code s} for problem messages. */
    static String abbreviate(String s) {
        String c = collapse(s);
        return c.length() <= 60 ? c : c.substring(0, 57) + "...";
    }
}
