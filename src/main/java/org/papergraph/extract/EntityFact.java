package org.papergraph.extract;

import java.util.Objects;

/**
 * The paper proposes / uses / addresses an entity.
 *
 * @param relation one of PROPOSES, DATASET, MODEL, METHOD, TASK
 * @param entity   the resolved entity
 * @param surface  the name exactly as this paper writes it (what {@code extraction-facts.rq} reports)
 */
public record EntityFact(Relation relation, Entity entity, String surface, Evidence evidence) implements Fact {
    public EntityFact {
        Objects.requireNonNull(relation);
        Objects.requireNonNull(entity);
        Objects.requireNonNull(evidence);
        surface = surface == null || surface.isBlank() ? entity.name() : surface;
    }
}
