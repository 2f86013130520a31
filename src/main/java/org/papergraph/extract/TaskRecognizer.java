package org.papergraph.extract;

import java.util.List;

import org.papergraph.source.Paper;

/** Finds the research tasks a paper addresses: at most four short noun phrases, most central first. */
public final class TaskRecognizer {

    public List<EntityFact> find(List<Sentence> sentences, Paper paper) {
        return List.of();
    }
}
