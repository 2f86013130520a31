package org.papergraph.api.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reading typed values out of result rows; unbound or unparsable values are null. */
public final class Values {
    /** The GROUP_CONCAT separator of the API's alias columns (names never contain newlines). */
    private static final String SEPARATOR = "\n";

    private Values() {
    }

    public static String string(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) {
            return null;
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The date part of an xsd:date or xsd:dateTime value. */
    public static LocalDate date(Binding b, String var) {
        String s = string(b, var);
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public static Double number(Binding b, String var) {
        String s = string(b, var);
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static long count(Binding b, String var) {
        String s = string(b, var);
        return s == null ? 0 : Long.parseLong(s);
    }

    public static List<String> aliases(Binding b, String var) {
        String s = string(b, var);
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(SEPARATOR));
    }
}
