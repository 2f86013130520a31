package org.papergraph.api.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Java values to RDF terms for query parameters. Values become terms that are substituted into the parsed
 * query (never spliced into its text), so no value can change a query's structure.
 */
public final class Params {
    private Params() {
    }

    /**
     * String → plain literal; URI → IRI; integers → xsd:integer; Double/Float → xsd:double;
     * BigDecimal → xsd:decimal; Boolean → xsd:boolean; LocalDate → xsd:date; OffsetDateTime → xsd:dateTime;
     * Node / RDFNode as they are.
     */
    public static Node toNode(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("parameter value is null");
        }
        if (value instanceof Node n) {
            return n;
        }
        if (value instanceof RDFNode r) {
            return r.asNode();
        }
        if (value instanceof String s) {
            return NodeFactory.createLiteralString(s);
        }
        if (value instanceof URI u) {
            return NodeFactory.createURI(u.toString());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDinteger);
        }
        if (value instanceof Double || value instanceof Float) {
            return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdouble);
        }
        if (value instanceof BigDecimal d) {
            return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
        }
        if (value instanceof Boolean b) {
            return NodeFactory.createLiteralDT(b.toString(), XSDDatatype.XSDboolean);
        }
        if (value instanceof LocalDate d) {
            return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
        }
        if (value instanceof OffsetDateTime t) {
            return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
        }
        throw new IllegalArgumentException("unsupported parameter type " + value.getClass().getName()
                + " (use String, URI, a number, Boolean, LocalDate, OffsetDateTime or an RDF node)");
    }
}
