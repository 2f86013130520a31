package org.papergraph.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.rdf.Vocab;

/**
 * Turns a {@link Selection} into a lazy quad iterator over a dataset (call inside a read transaction).
 * Everything is driven by index lookups, so memory stays bounded by the number of selected entities at most.
 */
final class SelectedQuads {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PAPER = Vocab.Paper.asNode();
    /** A paper's date for --since: its publication date or the day it was featured, whichever passes. */
    private static final List<Node> DATE_PROPERTIES = List.of(DCTerms.issued.asNode(), Vocab.featuredOn.asNode());

    private SelectedQuads() {
    }

    /**
     * Quads of the selection. With {@code triplesOnly} and the whole store each distinct triple comes once:
     * a quad is kept only in the first graph (index order) that holds its triple. That costs one index lookup
     * per quad but no memory; TDB2's own union-graph find de-duplicates with an in-memory set, which ran out
     * of a 512 MB heap on 23 million quads.
     */
    static Iterator<Quad> find(DatasetGraph dsg, Selection sel, boolean triplesOnly) {
        if (sel.type() != null) {
            Iterator<Quad> typed = entityQuads(dsg, Vocab.NS + sel.type().label());
            if (!sel.graphs().isEmpty()) {
                Set<Node> keep = graphNodes(sel.graphs());
                typed = Iter.filter(typed, q -> keep.contains(q.getGraph()));
            }
            return typed;
        }
        if (sel.isAll()) {
            return triplesOnly ? Iter.filter(dsg.find(), q -> firstGraphHolding(dsg, q).equals(q.getGraph()))
                    : dsg.find();
        }
        Iterator<Node> graphs = sel.graphs().isEmpty()
                ? Iter.map(dsg.find(Node.ANY, Node.ANY, TYPE, PAPER), Quad::getGraph)
                : graphNodes(sel.graphs()).iterator();
        if (sel.since() != null) {
            String since = sel.since().toString();
            graphs = Iter.filter(graphs, g -> paperGraphSince(dsg, g, since));
        }
        return Iter.flatMap(graphs, g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
    }

    private static Node firstGraphHolding(DatasetGraph dsg, Quad q) {
        Iterator<Quad> same = dsg.find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject());
        try {
            return same.next().getGraph();
        } finally {
            Iter.close(same);
        }
    }

    /** Graph IRIs in the order given, duplicates removed. */
    private static Set<Node> graphNodes(List<String> iris) {
        Set<Node> nodes = new java.util.LinkedHashSet<>();
        iris.forEach(iri -> nodes.add(NodeFactory.createURI(iri)));
        return nodes;
    }

    /** Lexical comparison works for xsd:date and xsd:dateTime alike ("2024-01-03T..." >= "2024-01-03"). */
    private static boolean paperGraphSince(DatasetGraph dsg, Node graph, String since) {
        Iterator<Quad> papers = dsg.find(graph, Node.ANY, TYPE, PAPER);
        try {
            while (papers.hasNext()) {
                Node paper = papers.next().getSubject();
                for (Node p : DATE_PROPERTIES) {
                    Iterator<Quad> dates = dsg.find(graph, paper, p, Node.ANY);
                    try {
                        while (dates.hasNext()) {
                            Node d = dates.next().getObject();
                            if (d.isLiteral() && d.getLiteralLexicalForm().compareTo(since) >= 0) {
                                return true;
                            }
                        }
                    } finally {
                        Iter.close(dates);
                    }
                }
            }
            return false;
        } finally {
            Iter.close(papers);
        }
    }

    /**
     * The entities of one class: their own statements and every statement pointing at them. An edge between
     * two selected entities is emitted once (from its subject's side).
     */
    private static Iterator<Quad> entityQuads(DatasetGraph dsg, String classIri) {
        Node cls = NodeFactory.createURI(classIri);
        Set<Node> entities = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, TYPE, cls).forEachRemaining(q -> entities.add(q.getSubject()));
        List<Node> ordered = new ArrayList<>(entities);
        Collections.sort(ordered, (a, b) -> a.toString().compareTo(b.toString()));
        return Iter.flatMap(ordered.iterator(), e -> Iter.concat(
                dsg.find(Node.ANY, e, Node.ANY, Node.ANY),
                Iter.filter(dsg.find(Node.ANY, Node.ANY, Node.ANY, e), q -> !entities.contains(q.getSubject()))));
    }
}
