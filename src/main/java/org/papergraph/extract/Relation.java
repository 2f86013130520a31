package org.papergraph.extract;

/**
 * The relation a fact states. The first group links the paper to something; the last group links two
 * entities (the subject entity is in {@link EntityRelationFact}).
 */
public enum Relation {
    PROPOSES("proposes"),
    DATASET("dataset"),
    MODEL("model"),
    METHOD("method"),
    TASK("task"),
    CODE("code"),
    LINK("link"),
    RESULT("result"),
    /** entity A is built on / fine-tuned from entity B */
    BASED_ON("basedOn"),
    /** entity A is compared with baseline B */
    COMPARED_WITH("comparedWith"),
    /** entity A outperforms baseline B */
    OUTPERFORMS("outperforms"),
    /** entity A is evaluated on dataset B */
    EVALUATED_ON("evaluatedOn");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    /** The {@code relation} column value of {@code extraction-facts.rq}. */
    public String label() {
        return label;
    }
}
