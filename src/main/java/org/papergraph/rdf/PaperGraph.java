package org.papergraph.rdf;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Everything PaperGraph knows about one paper, ready to store as one named graph.
 *
 * @param paperKey  {@link org.papergraph.source.Paper#key()}
 * @param graphName the named graph's IRI ({@link Iris#graph(String)}); re-ingesting the paper replaces it
 * @param graph     the triples; never contains blank nodes (the store compares graphs triple by triple)
 */
public record PaperGraph(String paperKey, Node graphName, Graph graph) {
    public PaperGraph {
        Objects.requireNonNull(paperKey, "paperKey");
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(graph, "graph");
    }
}
