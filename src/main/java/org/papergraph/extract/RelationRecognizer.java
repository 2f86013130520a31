package org.papergraph.extract;

import java.util.List;

/** Finds entity-to-entity relations: BASED_ON, COMPARED_WITH, OUTPERFORMS, EVALUATED_ON. */
public final class RelationRecognizer {

    /** {@code proposed} may be null. */
    public List<EntityRelationFact> find(Sentence s, List<EntityFact> mentionsInSentence, Entity proposed) {
        return List.of();
    }
}
