package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronym definitions in a sentence, {@code Long Form (ACR)} (also "(or ACR)", "(ACR for short)"),
 * pairing the short form with the shortest preceding words whose letters spell it (the Schwartz &amp; Hearst
 * algorithm, which also copes with {@code UnMix-TNS} or {@code T2T-ViT} style short forms). Stateless.
 */
public final class AcronymDetector {
    /** One definition; offsets are into the sentence text. */
    public record Acronym(String shortForm, String longForm, int shortStart, int shortEnd, int longStart, int longEnd) {
    }

    // "(ACR)", "(ACR for short)", "(ACRs)", "(or ACR)", "(a.k.a. ACR)", "(namely ACR)"
    private static final Pattern PAREN = Pattern.compile(
            "\\((?:(?:i\\.e\\.,?|or|a\\.k\\.a\\.|aka|namely|dubbed|called|termed)\\s+)?['\"‘“]?"
                    + "([\\p{L}\\p{N}][\\p{L}\\p{N}\\-+.·/&'’]*?)['\"’”]?(?:\\s+for\\s+short)?\\s*[,;)]");

    private AcronymDetector() {
    }

    public static List<Acronym> find(String text) {
        List<Acronym> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String shortForm = m.group(1);
            if (!isShortForm(shortForm)) {
                continue;
            }
            Acronym a = longFormBefore(text, m.start(), shortForm, m.start(1), m.end(1));
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** A plausible acronym: 2-15 characters, starts with a letter or digit, has a capital, not a plain word. */
    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 15 || s.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        int letters = (int) s.chars().filter(Character::isLetter).count();
        return letters >= 2 || s.length() <= 4;
    }

    private static Acronym longFormBefore(String text, int parenStart, String shortForm, int sStart, int sEnd) {
        int end = parenStart;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '~')) {
            end--;
        }
        // a closing quote is not part of the long form: "'Un-Mixing Statistics' (UnMix)"
        if (end > 0 && "'\"’”".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        // the candidate window: up to min(|A|+5, 2|A|) words, not crossing clause punctuation
        int letters = lettersOf(shortForm).length();
        int maxWords = Math.min(letters + 5, letters * 2);
        int start = end;
        int words = 0;
        while (start > 0 && words < maxWords) {
            int ws = start;
            while (ws > 0 && text.charAt(ws - 1) == ' ') {
                ws--;
            }
            if (ws == 0 || ",;:()[]".indexOf(text.charAt(ws - 1)) >= 0) {
                break;
            }
            int wStart = ws;
            while (wStart > 0 && text.charAt(wStart - 1) != ' ' && ",;:()[]".indexOf(text.charAt(wStart - 1)) < 0) {
                wStart--;
            }
            start = wStart;
            words++;
        }
        String window = text.substring(start, end);
        String longForm = initialsLongForm(shortForm, window);
        if (longForm == null) {
            longForm = bestLongForm(shortForm, window);
        }
        String spoken = digitsSpoken(shortForm);
        if (longForm == null && spoken != null) {
            longForm = initialsLongForm(spoken, window);
            if (longForm == null) {
                longForm = bestLongForm(spoken, window);
            }
        }
        if (longForm == null) {
            return null;
        }
        int lStart = end - longForm.length();
        String lf = text.substring(lStart, end);
        if (Names.key(lf).equals(Names.key(shortForm))) {
            return null;
        }
        return new Acronym(shortForm, lf, sStart, sEnd, lStart, end);
    }

    /**
     * The last words of the window when their initials spell the short form, one word per letter: "Latent
     * Label Shift (LLS)", where the shortest spelling would take "Label Shift" (L-abe-l, S-hift). Null if not.
     */
    static String initialsLongForm(String shortForm, String window) {
        String letters = lettersOf(shortForm);
        String w = window.stripTrailing();
        int at = w.length();
        for (int i = letters.length() - 1; i >= 0; i--) {
            int wordStart = w.lastIndexOf(' ', at - 1) + 1;
            if (at == 0 || wordStart >= at || Character.toLowerCase(w.charAt(wordStart)) != letters.charAt(i)) {
                return null;
            }
            at = wordStart;
            while (i > 0 && at > 0 && w.charAt(at - 1) == ' ') {
                at--;
            }
        }
        return letters.length() < 2 ? null : w.substring(at);
    }

    /**
     * Where the letters of the short form, matched from the end, start in the lower-cased text: its letters
     * and digits appear in order and its first one starts a word. The index is one before the first letter's
     * (so -1 when that letter opens the text); below -1 when the text cannot spell it.
     */
    static int spellingStart(String shortForm, String lowerText) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        int si = s.length() - 1;
        int li = lowerText.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (lowerText.charAt(li) != c
                    || (si == 0 && li > 0 && Character.isLetterOrDigit(lowerText.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return -2;
            }
            li--;
            si--;
        }
        return li;
    }

    /**
     * A short form with digits the long form does not write as digits, or null when it has none: a 2 or 4
     * between letters stands for "to"/"for" ({@code T2T}, {@code L4R}), and a number glued to the end counts
     * or powers the letters before it ({@code MHC^3}, normalised to {@code MHC3}), so it is dropped.
     */
    static String digitsSpoken(String shortForm) {
        StringBuilder out = new StringBuilder(shortForm.length());
        boolean changed = false;
        int n = shortForm.length();
        int trailing = n;
        while (trailing > 0 && Character.isDigit(shortForm.charAt(trailing - 1))) {
            trailing--;
        }
        if (trailing == 0 || trailing < n && !Character.isLetter(shortForm.charAt(trailing - 1))) {
            trailing = n;  // "GPT-4", "2D": a version or dimension the long form would spell
        }
        for (int i = 0; i < trailing; i++) {
            char c = shortForm.charAt(i);
            boolean between = i > 0 && i + 1 < n && Character.isLetter(shortForm.charAt(i - 1))
                    && Character.isLetter(shortForm.charAt(i + 1));
            if (between && (c == '2' || c == '4')) {
                out.append(c == '2' ? 't' : 'f');
                changed = true;
            } else {
                out.append(c);
            }
        }
        changed |= trailing < n;
        return changed ? out.toString() : null;
    }

    /** The letters and digits of a short form, lower-cased: what a long form has to spell. */
    private static String lettersOf(String shortForm) {
        StringBuilder out = new StringBuilder(shortForm.length());
        shortForm.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Schwartz &amp; Hearst: the shortest suffix of {@code window} whose letters spell the short form. */
    static String bestLongForm(String shortForm, String window) {
        String l = window.toLowerCase(Locale.ROOT);
        int li = spellingStart(shortForm, l);
        if (li < -1) {
            return null;
        }
        int from = l.lastIndexOf(' ', li) + 1;
        // the first letter of the short form must start a word of the long form
        String result = window.substring(from).strip();
        while (!result.isEmpty() && "'\"‘“".indexOf(result.charAt(0)) >= 0) {
            result = result.substring(1);
        }
        if (result.isEmpty() || result.split(" ").length < 2 && result.length() <= shortForm.length() + 1) {
            return null;  // "ResNet (RN)"-like noise: a long form must be longer than its acronym
        }
        return result;
    }
}
