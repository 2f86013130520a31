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

    @Test
    void digitsCanStandForWordsOrCountLetters() {
        assertEquals("Text-to-Text Transfer", AcronymDetector.find("We present Text-to-Text Transfer (T2T), a recipe.").get(0).longForm());
        assertEquals("Learning-for-Ranking", AcronymDetector.find("We introduce Learning-for-Ranking (L4R) here.").get(0).longForm());
        // "MHC^3" reaches the detector as "MHC3": the power counts the C words
        AcronymDetector.Acronym a = AcronymDetector.find("We add Multi-Head Cross Consistency (MHC3) terms.").get(0);
        assertEquals("MHC3", a.shortForm());
        assertEquals("Multi-Head Cross Consistency", a.longForm());
        // a digit the long form writes stays required
        assertEquals("Graph Neural Diffusion 2", AcronymDetector.find("The Graph Neural Diffusion 2 (GND2) model.").get(0).longForm());
        assertTrue(AcronymDetector.find("a strong teacher (GPT-4) labels data").isEmpty(), "a version number is not dropped");
    }

    @Test
    void spokenDigits() {
        assertEquals("TtT", AcronymDetector.digitsSpoken("T2T"));
        assertEquals("MHC", AcronymDetector.digitsSpoken("MHC3"));
        assertEquals(null, AcronymDetector.digitsSpoken("GPT-4"));
        assertEquals(null, AcronymDetector.digitsSpoken("SRG"));
        assertEquals(null, AcronymDetector.digitsSpoken("2D"));
    }
}
