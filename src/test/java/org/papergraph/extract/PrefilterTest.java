package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PrefilterTest {
    @Test
    void readsTheLiteralsEveryMatchNeeds() {
        assertEquals(List.of(List.of("named", "called")), needs("\\b(?:named|called)\\s+(\\w+)"));
        // every part a sequence cannot skip, longest first; optional parts never count
        assertEquals(List.of(List.of(" dataset"), List.of("he")), needs("\\b[Tt]he(?: new)? dataset\\b"));
        assertEquals(List.of(List.of("propose", "introduce")), needs("(?:we|us)? ?(?:propose|introduce)s?\\b"));
        assertEquals(List.of(List.of("ab")), needs("(?=xyz)ab\\b(?<!q)c?"));
        // branches: one literal of each branch's longest need
        assertEquals(List.of(List.of("abc", "xy")), needs("a?abc|x\\sxy"));
        // (?i): lower case, matched against the lower-cased text
        assertEquals(List.of(List.of("outperform", "beat")), needs("(?i)\\b(?:outperform(?:s|ed)?|BEAT)\\s"));
        assertEquals(List.of(List.of("name", "term"), List.of(" ")),
                needs("\\b(?<verb>name|term)d? ([\\p{L}\\p{N}]+)(?>\\s)"));
    }

    @Test
    void noConditionForWhatItCannotRead() {
        assertEquals(List.of(), needs("\\w+"));  // no literal at all
        assertEquals(List.of(), needs("a|\\d"));  // one branch needs none
        assertEquals(List.of(), needs("a(?i)b"));  // flags inside the pattern
        assertEquals(List.of(), needs("(a)\\1"));  // back reference
        assertEquals(List.of(), needs("\\Qa.b\\E"));
        assertEquals(List.of(), Prefilter.needs(Pattern.compile("ab", Pattern.MULTILINE)));
        assertTrue(Prefilter.mayMatch(Pattern.compile("\\w+"), ""));
    }

    @Test
    void turnsAwayOnlyTextsThePatternCannotMatch() {
        assertFalse(Prefilter.mayMatch(Pattern.compile("(?i)\\bbuilt\\son\\s"), "It was made on top of X."));
        assertTrue(Prefilter.mayMatch(Pattern.compile("(?i)\\bbuilt\\son\\s"), "BUILT ON it"));
        String[] regexes = {"\\b(?:we|our)\\s(?:ab|c)+", "(?i)\\b(?:ab|a\\.c|b-?a)\\b", "[Tt]he (?:ca|b+)d? a", "x{2,3}|y{0,2}z",
            "(?i)(?:^|[.;:]\\s|\\bthe\\s)(?:\\w+\\s){0,2}ab", "(?<=c)ab|ba(?=c)", "\\(([A-Z]+)\\)", "a\\s*+b|cc?",
            "\\b(?:ab|b) \\((\\w+)\\)", "(?:x(?:ab|c)+y|z)\\.t"};
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

    private static List<List<String>> needs(String regex) {
        return Prefilter.needs(Pattern.compile(regex));
    }
}
