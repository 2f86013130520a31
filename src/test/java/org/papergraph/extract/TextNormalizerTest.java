package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void resolvesLatexEscapesAndSymbols() {
        assertEquals("reaches 91.2% accuracy with 3× fewer steps",
                TextNormalizer.normalize("reaches 91.2\\% accuracy with 3$\\times$ fewer steps"));
    }

    @Test
    void dropsFormattingCommandsAndBraces() {
        assertEquals("we present FooNet, a {fast} model",
                TextNormalizer.normalize("we present \\textbf{FooNet}, a \\{fast\\} model"));
        assertEquals("the Bar benchmark", TextNormalizer.normalize("the {B}ar~benchmark"));
    }

    @Test
    void keepsApproximateTildeBeforeNumbersAndCollapsesWhitespace() {
        assertEquals("about ~5 points better", TextNormalizer.normalize("about  ~5\n points\tbetter"));
    }

    @Test
    void aSuperscriptNumberGluedToANameJoinsIt() {
        assertEquals("On FooVR2 and O2-Recon we fit R2 and 10^5 samples.",
                TextNormalizer.normalize("On FooVR^2 and O$^2$-Recon we fit R^{2} and 10^5 samples."));
        assertEquals("Q^* Bench", TextNormalizer.normalize("Q^* Bench"));
    }

    @Test
    void leavesUrlsUntouched() {
        String text = "code at https://example.org/~user/{a,b}/x\\_y now";
        assertEquals(text.replace("  ", " "), TextNormalizer.normalize(text));
    }

    @Test
    void typographicCharactersThatSplitOrGlueNamesArePlain() {
        assertEquals("We present Seg-Lite \u2014 a compact segmenter with a -0.4 drop on ADE20K-150 to fit",
                TextNormalizer.normalize("We present Seg\u2011Lite\u2014a compact segmenter with a \u22120.4 drop on "
                        + "ADE20K\u2010150 to \ufb01t\u00ad\u200b"));
        assertEquals("Foo \u2014 Bar", TextNormalizer.normalize("Foo \u2014 Bar"));
        assertEquals("over Conformer Code will be released.",
                TextNormalizer.normalize("over Conformer\\footnote{Code will be released.}"));
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize("   "));
    }
    @Test
    void dropsCitationsAndBibtexKeysTiedToAName() {
        assertEquals("we reuse FooEncoder as the audio tower",
                TextNormalizer.normalize("we reuse FooEncoder~smith2021fooencoder as the audio tower"));
        assertEquals("as in prior work and Figure, it holds",
                TextNormalizer.normalize("as in prior work~\\cite{doe2020,roe2019} and Figure~\\ref{fig:main}, it holds"));
        // a tilde before an ordinary word is a non-breaking space, and "~5" an approximate value
        assertEquals("the Bar benchmark at ~5 ms", TextNormalizer.normalize("the Bar~benchmark at ~5 ms"));
    }
}
