package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AcronymDetectorTest {
    @Test
    void pairsLongFormWithAcronym() {
        String s = "We rely on Sparse Routing Gates (SRG) for efficiency.";
        List<AcronymDetector.Acronym> as = AcronymDetector.find(s);
        assertEquals(1, as.size());
        assertEquals("SRG", as.get(0).shortForm());
        assertEquals("Sparse Routing Gates", as.get(0).longForm());
        assertEquals("SRG", s.substring(as.get(0).shortStart(), as.get(0).shortEnd()));
        assertEquals("Sparse Routing Gates", s.substring(as.get(0).longStart(), as.get(0).longEnd()));
    }

    @Test
    void handlesMixedCaseAndHyphenatedShortForms() {
        AcronymDetector.Acronym a = AcronymDetector.find("a method called 'Patch-Merging Vision Encoder' (PaM-ViE) is used").get(0);
        assertEquals("PaM-ViE", a.shortForm());
        assertEquals("Patch-Merging Vision Encoder", a.longForm());
        assertEquals("low-rank experts", AcronymDetector.find("mixing low-rank experts (LoRE) helps").get(0).longForm());
    }

    @Test
    void aWordPerLetterBeatsTheShortestSpelling() {
        // the shortest spelling would be "Label Loss" (L-abe-l, L-oss); the initials take all three words
        assertEquals("Lean Label Loss", AcronymDetector.find("We train with a Lean Label Loss (LLL) term.").get(0).longForm());
        assertEquals("low-rank experts", AcronymDetector.find("mixing low-rank experts (LoRE) helps").get(0).longForm());
    }

    @Test
    void ignoresParenthesesThatAreNotAcronyms() {
        assertTrue(AcronymDetector.find("accuracy improves (see below) a lot").isEmpty());
        assertTrue(AcronymDetector.find("the gain (5.2%) is large").isEmpty());
        assertTrue(AcronymDetector.find("models such as Foo (ZZQ) exist").isEmpty(), "letters do not spell the acronym");
    }
}
