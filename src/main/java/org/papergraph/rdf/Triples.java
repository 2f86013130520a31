package org.papergraph.rdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.vocabulary.RDF;

/** A thin writer over one graph under construction: typed literals and null-safe adds, nothing more. */
final class Triples {
    private final Graph graph;

    Triples(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    void add(Node s, Resource p, Node o) {
        graph.add(Triple.create(s, p.asNode(), o));
    }

    void type(Node s, Resource cls) {
        add(s, RDF.type, cls.asNode());
    }

    /** Adds a string literal; null is skipped (empty strings are kept: an empty title is still a title). */
    void str(Node s, Resource p, String v) {
        if (v != null) {
            add(s, p, NodeFactory.createLiteralString(v));
        }
    }

    /** Adds a string literal unless it is null or blank. */
    void text(Node s, Resource p, String v) {
        if (v != null && !v.isBlank()) {
            str(s, p, v);
        }
    }

    void integer(Node s, Resource p, long v) {
        add(s, p, typed(Long.toString(v), XSDDatatype.XSDinteger));
    }

    void bool(Node s, Resource p, boolean v) {
        add(s, p, typed(Boolean.toString(v), XSDDatatype.XSDboolean));
    }

    void dbl(Node s, Resource p, double v) {
        add(s, p, typed(Double.toString(v), XSDDatatype.XSDdouble));
    }

    /** A finite number as xsd:decimal in plain notation ({@code 83.3}, never {@code 8.33E1}); NaN/infinity skipped. */
    void decimal(Node s, Resource p, double v) {
        if (Double.isFinite(v)) {
            String lex = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
            add(s, p, typed(lex, XSDDatatype.XSDdecimal));
        }
    }

    void date(Node s, Resource p, LocalDate d) {
        if (d != null) {
            add(s, p, typed(d.toString(), XSDDatatype.XSDdate));
        }
    }

    void dateTime(Node s, Resource p, Instant t) {
        add(s, p, typed(t.toString(), XSDDatatype.XSDdateTime));
    }

    /**
     * A typed literal in canonical form ({@code "0.9e0"^^xsd:double}, {@code "100.0"^^xsd:decimal}): TDB2 stores
     * numbers and dates by value and hands them back canonical, so emitting that form makes the mapper's
     * triples equal to the stored ones, which idempotent re-ingest and round-trip tests rely on.
     */
    static Node typed(String lexical, XSDDatatype type) {
        return CanonicalizeLiteral.get().apply(NodeFactory.createLiteralDT(lexical, type));
    }

    void anyUri(Node s, Resource p, String url) {
        if (url != null && !url.isBlank()) {
            add(s, p, NodeFactory.createLiteralDT(url.strip(), XSDDatatype.XSDanyURI));
        }
    }
}
