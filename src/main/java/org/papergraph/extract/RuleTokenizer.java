package org.papergraph.extract;

import java.util.List;

/**
 * The rule tokenizer of {@link NlpPipeline}: a name token ({@link NameShapes#TOKEN}: letters and digits
 * with inner {@code - . / · _ '} and plus signs, so {@code LLaMA-2-7B} stays whole), else any single
 * non-space character. It gives exactly the tokens of the regex {@code NameShapes.TOKEN + "|\\S"}, as a
 * hand-written loop because it runs over every sentence and the regex was a tenth of extraction time.
 * Stateless.
 */
final class RuleTokenizer {
    // what \p{L} and \p{N} match: the letter and number general categories
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    private static final String JOINERS = "-./·_'";

    private RuleTokenizer() {
    }

    /** Appends each token of {@code text} and its start offset. */
    static void tokenize(String text, List<String> tokens, List<Integer> starts) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isRegexSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                while (i < n) {
                    int d = text.codePointAt(i);
                    if (isLetterOrNumber(d) || d == '+') {
                        i += Character.charCount(d);
                    } else if (JOINERS.indexOf(d) >= 0 && i + 1 < n && isLetterOrNumber(text.codePointAt(i + 1))) {
                        i++;  // an inner joiner: "GPT-3.5", "ViT-B/16"
                    } else {
                        break;
                    }
                }
            }
            tokens.add(text.substring(start, i));
            starts.add(start);
        }
    }

    static boolean isLetterOrNumber(int c) {
        return (LETTER_OR_NUMBER >> Character.getType(c) & 1) != 0;
    }

    /** Regex {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
