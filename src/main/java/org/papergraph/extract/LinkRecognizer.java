package org.papergraph.extract;

import java.util.List;
import java.util.Optional;

/** Finds URLs in a sentence and tells code repositories from other links. */
public final class LinkRecognizer {

    /** URLs in a sentence as CODE or LINK facts. */
    public List<LinkFact> find(Sentence s) {
        return List.of();
    }

    /** True when the text promises code, models or data ("will be released", "available") without a URL. */
    public static boolean codePromised(String text) {
        return false;
    }

    /** Classifies a metadata URL (HF githubRepo, project page). */
    public static Optional<LinkFact> classify(String rawUrl, Evidence evidence) {
        return Optional.empty();
    }
}
