package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
    /** The regex the tokenizer replaces: it must give the same tokens at the same offsets. */
    private static final Pattern REGEX = Pattern.compile(NameShapes.TOKEN + "|\\S");

    @Test
    void keepsNamesWholeAndSplitsPunctuation() {
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        RuleTokenizer.tokenize("We tune LLaMA-2-7B (and ViT-B/16) to 83.3%, i.e. C++ wins.", tokens, starts);
        assertEquals(List.of("We", "tune", "LLaMA-2-7B", "(", "and", "ViT-B/16", ")", "to", "83.3", "%", ",",
                "i.e", ".", "C++", "wins", "."), tokens);
        assertEquals(8, starts.get(2));
    }

    @Test
    void sameTokensAsTheRegexOnTrickyText() {
        String[] samples = {"", "   ", "a", "-", "a-", "-a", "a--b", "a-.b", "x'", "O'Neil's", "GPT-4o.", "3·4", "a_b_",
            "e\u0301t\u00E9", "x\u00B2+y", "\u2167 \u00BD", "\uD835\uDC00BC \uD83D\uDE00!", "a\uD835\uDC00", "\uD800 a",
            "tab\tnew\nline\u000Bvt\fff\rcr", "no\u00A0break\u2009thin", "C++ ++a a+", "end-"};
        for (String s : samples) {
            assertSameAsRegex(s);
        }
        // random strings over the characters that matter to the rule
        String alphabet = "aZ9 -./·_'+(),%\u00E9\u00B2\u2167\t\n\u00A0\uD835\uDC00";
        Random rnd = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            assertSameAsRegex(sb.toString());
        }
    }

    private static void assertSameAsRegex(String s) {
        List<String> expected = new ArrayList<>();
        List<Integer> expectedStarts = new ArrayList<>();
        Matcher m = REGEX.matcher(s);
        while (m.find()) {
            expected.add(m.group());
            expectedStarts.add(m.start());
        }
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        RuleTokenizer.tokenize(s, tokens, starts);
        assertEquals(expected, tokens, s);
        assertEquals(expectedStarts, starts, s);
    }
}
