package org.papergraph.extract;

/** One extracted fact with its evidence. */
public sealed interface Fact permits EntityFact, LinkFact, ResultFact, EntityRelationFact {
    Relation relation();

    Evidence evidence();
}
