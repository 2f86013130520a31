package org.papergraph.extract;

/** The kinds of named entity the extractor recognises; each maps to one ontology class. */
public enum EntityType {
    METHOD("Method"),
    MODEL("Model"),
    DATASET("Dataset"),
    BENCHMARK("Benchmark"),
    FRAMEWORK("Framework"),
    TOOL("Tool"),
    METRIC("Metric"),
    TASK("Task");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The ontology class's local name and the {@code type} column of {@code extraction-facts.rq}. */
    public String label() {
        return label;
    }

    public static EntityType fromLabel(String s) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(s.strip()) || t.name().equalsIgnoreCase(s.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + s);
    }
}
