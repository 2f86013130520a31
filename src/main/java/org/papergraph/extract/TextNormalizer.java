package org.papergraph.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the LaTeX debris that arXiv abstracts carry ({@code \%}, {@code \times}, {@code ~}, {@code {...}},
 * {@code $...$}, {@code \textbf{..}}) and collapses whitespace, so that recognisers match plain text.
 * URLs are copied through untouched: their {@code ~}, {@code %} and braces are meaningful, and the link
 * recogniser cleans them itself. Stateless and thread-safe.
 */
public final class TextNormalizer {
    /** Commands that stand for a symbol; everything else is dropped with its backslash. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "×"), Map.entry("sim", "~"), Map.entry("approx", "≈"), Map.entry("pm", "±"),
            Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"),
            Map.entry("cdot", "·"), Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("infty", "∞"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"), Map.entry("epsilon", "ε"),
            Map.entry("deg", "°"), Map.entry("circ", "°"), Map.entry("ie", "i.e."), Map.entry("eg", "e.g."),
            Map.entry("etal", "et al."), Map.entry("ldots", "..."), Map.entry("dots", "..."),
            Map.entry("textasciitilde", "~"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"));
    private static final Pattern URL = Pattern.compile("(?i)(?:https?:\\s?//|www\\.)\\S+");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\s?|\\\\([%&_#$ {},;:!])");

    /**
     * A citation or cross-reference left in the text: "\\cite{key}", "\\ref{fig}", or a bare BibTeX key tied to
     * the word before it ("ImageBind~girdhar2023imagebind"); its key would otherwise read as a name.
     */
    private static final Pattern CITATION = Pattern.compile(
            "~?\\\\(?:cite[pt]?|citealp|citeauthor|ref|eqref|cref|Cref|autoref)\\{[^}]*\\}"
                    + "|(?<=\\S)~[a-z][a-z-]*\\d{4}[a-z0-9_:-]*(?![\\w-])");

    // escaped markup characters survive the markup-stripping pass as private-use placeholders
    private static final String DOLLAR = "\uE000";
    private static final String OPEN = "\uE001";
    private static final String CLOSE = "\uE002";

    private TextNormalizer() {
    }

    /** The normalised text; {@code null} gives "". */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (!mayHoldUrl(text)) {
            return collapseSpaces(clean(text));  // the common case: no URL to copy through
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher url = URL.matcher(text);
        int pos = 0;
        while (url.find()) {
            out.append(clean(text.substring(pos, url.start())));
            out.append(url.group());
            pos = url.end();
        }
        out.append(clean(text.substring(pos)));
        return collapseSpaces(out);
    }

    /** Every {@link #URL} match holds "//" or "www." (any case); checking that is much cheaper than the regex. */
    private static boolean mayHoldUrl(String text) {
        if (text.contains("//")) {
            return true;
        }
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each run of whitespace (regex {@code \s}, no-break, thin and narrow no-break spaces) becomes one
     * space, then the ends are stripped; a loop because this runs on every text. Typographic characters that
     * would split or glue names are made plain on the way: non-breaking hyphens and the minus sign become "-"
     * ("OVSeg\u2011Lite"), an em dash gets spaces ("Foo\u2014a model"), ligatures are spelled out and invisible
     * characters (soft hyphen, zero-width space) dropped.
     */
    private static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '\u00A0' || c == '\u2009' || c == '\u202F';
            if (c >= '\u00AD') {  // plain ASCII and Latin-1 below it: nothing to map
                if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                    continue;
                } else if (c == '\u2010' || c == '\u2011' || c == '\u2212') {
                    c = '-';
                } else if (c == '\u2014') {
                    out.append(inRun ? "\u2014 " : " \u2014 ");
                    inRun = true;  // the space after it absorbs any that follow
                    continue;
                } else if (c == '\uFB01' || c == '\uFB02') {
                    out.append('f');
                    c = c == '\uFB01' ? 'i' : 'l';
                }
            }
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString().strip();
    }

    /** Normalises a stretch of text known to contain no URL. */
    private static String clean(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0 && s.indexOf('{') < 0 && s.indexOf('~') < 0
                && s.indexOf('}') < 0) {
            return superscripts(s);  // the common case: nothing else to do
        }
        if (s.indexOf('~') >= 0 || s.contains("\\cite") || s.contains("ref{")) {
            s = CITATION.matcher(s).replaceAll("");
        }
        Matcher m = COMMAND.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String replacement;
            if (m.group(2) != null) {
                String c = m.group(2);
                replacement = switch (c) {
                    case ",", ";", ":", "!" -> " ";  // LaTeX spacing commands
                    case "$" -> DOLLAR;
                    case "{" -> OPEN;
                    case "}" -> CLOSE;
                    default -> c;
                };
            } else if (m.group(1).equals("footnote") || m.group(1).equals("thanks")) {
                replacement = " ";  // "Foo\\footnote{Code ...}": the note must not glue onto the word before it
            } else {
                replacement = SYMBOLS.getOrDefault(m.group(1), "");
                if (!replacement.isEmpty() && m.group().endsWith(" ") && Character.isLetter(replacement.charAt(0))) {
                    replacement += " ";  // "\ie the" keeps its space
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        // escaped characters were resolved above; remaining braces and dollars are pure markup
        StringBuilder r = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '{' || c == '}' || c == '$') {
                continue;
            }
            if (c == '~' && !(i > 0 && i + 1 < sb.length() && Character.isDigit(sb.charAt(i + 1))
                    && sb.charAt(i - 1) == ' ')) {
                r.append(' ');  // LaTeX non-breaking space; " ~5" (approximately) is kept
                continue;
            }
            r.append(c);
        }
        return superscripts(r.toString().replace(DOLLAR, "$").replace(OPEN, "{").replace(CLOSE, "}"));
    }

    /** A superscript number glued to a name is part of it: "NLVR^2" is NLVR2, "O$^2$-Recon" is O2-Recon. */
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?<=\\p{L})\\^(\\d{1,2})(?!\\d)");

    private static String superscripts(String s) {
        return s.indexOf('^') < 0 ? s : SUPERSCRIPT.matcher(s).replaceAll("$1");
    }
}
