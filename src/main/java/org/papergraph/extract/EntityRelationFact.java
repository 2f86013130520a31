package org.papergraph.extract;

/** A relation between two entities stated in the text ({@code basedOn}, {@code outperforms}, ...). */
public record EntityRelationFact(Relation relation, Entity subject, Entity object, Evidence evidence) implements Fact {
}
