package org.papergraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/** Parses {@code --param name=value} into a typed RDF term for safe binding. */
final class QueryParams {
    record Binding(String name, Node value) {
    }

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(org.apache.jena.shared.PrefixMapping.Standard);

    private QueryParams() {
    }

    static Binding parse(String param) {
        int eq = param.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--param wants NAME=VALUE, got: " + param);
        }
        String name = param.substring(0, eq).strip().replaceFirst("^[?$]", "");
        String raw = param.substring(eq + 1);
        return new Binding(name, term(raw));
    }

    /** {@code <iri>}, a Turtle literal or a number become those terms; anything else is a plain string. */
    static Node term(String raw) {
        String s = raw.strip();
        boolean looksLikeTerm = s.startsWith("<") && s.endsWith(">")
                || s.startsWith("\"") && s.lastIndexOf('"') > 0
                || s.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
        if (looksLikeTerm) {
            try {
                return NodeFactoryExtra.parseNode(s, PREFIXES);
            } catch (org.apache.jena.shared.JenaException e) {
                // Not a valid term after all: bind the text as a string rather than fail.
            }
        }
        return NodeFactory.createLiteralString(raw);
    }
}
