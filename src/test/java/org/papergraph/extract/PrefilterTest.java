package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PrefilterTest {
    @Test
    void readsTheLiteralsEveryMatchNeeds() {
        assertEquals(List.of("named", "called"), literals("\\b(?:named|called)\\s+(\\w+)"));
        // the longest part a sequence cannot skip; optional parts never count
        assertEquals(List.of(" dataset"), literals("\\b[Tt]he(?: new)? dataset\\b"));
        assertEquals(List.of("propose", "introduce"), literals("(?:we|us)? ?(?:propose|introduce)s?\\b"));
        assertEquals(List.of("ab"), literals("(?=xyz)ab\\b(?<!q)c?"));
        // (?i): lower case, matched against the lower-cased text
        assertEquals(List.of("outperform", "beat"), literals("(?i)\\b(?:outperform(?:s|ed)?|BEAT)\\s"));
        assertEquals(List.of("name", "term"), literals("\\b(?<verb>name|term)d? ([\\p{L}\\p{N}]+)(?>\\s)"));
    }

    @Test
    void noConditionForWhatItCannotRead() {
        assertNull(literals("\\w+"));  // no literal at all
        assertNull(literals("a|\\d"));  // one branch needs none
        assertNull(literals("a(?i)b"));  // flags inside the pattern
        assertNull(literals("(a)\\1"));  // back reference
        assertNull(literals("\\Qa.b\\E"));
        assertNull(Prefilter.literals(Pattern.compile("ab", Pattern.MULTILINE)));
        assertTrue(Prefilter.mayMatch(Pattern.compile("\\w+"), ""));
    }

    @Test
    void turnsAwayOnlyTextsThePatternCannotMatch() {
        assertFalse(Prefilter.mayMatch(Pattern.compile("(?i)\\bbuilt\\son\\s"), "It was made on top of X."));
        assertTrue(Prefilter.mayMatch(Pattern.compile("(?i)\\bbuilt\\son\\s"), "BUILT ON it"));
        String[] regexes = {"\\b(?:we|our)\\s(?:ab|c)+", "(?i)\\b(?:ab|a\\.c|b-?a)\\b", "[Tt]he (?:ca|b+)d? a", "x{2,3}|y{0,2}z",
            "(?i)(?:^|[.;:]\\s|\\bthe\\s)(?:\\w+\\s){0,2}ab", "(?<=c)ab|ba(?=c)", "\\(([A-Z]+)\\)", "a\\s*+b|cc?"};
        String alphabet = "abcABCxyzXYZwWeEoOuUrRtThHd.;:-() \t";
        Random rnd = new Random(3);
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex);
            for (int n = 0; n < 30_000; n++) {
                StringBuilder sb = new StringBuilder();
                for (int i = rnd.nextInt(16); i > 0; i--) {
                    sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                if (p.matcher(text).find()) {
                    assertTrue(Prefilter.mayMatch(p, text), regex + " on \"" + text + "\"");
                }
            }
        }
    }

    private static List<String> literals(String regex) {
        return Prefilter.literals(Pattern.compile(regex));
    }
}
