package org.papergraph.extract;

import java.util.List;

/** Finds quantitative results (value, metric, dataset, subject) in a sentence. */
public final class ResultRecognizer {

    /** {@code proposed} may be null. */
    public List<ResultFact> find(Sentence s, List<EntityFact> mentionsInSentence, Entity proposed) {
        return List.of();
    }
}
