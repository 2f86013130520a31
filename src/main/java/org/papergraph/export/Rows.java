package org.papergraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Runs the export package's bundled SELECT queries row by row (inside the caller's read transaction). */
final class Rows {
    private Rows() {
    }

    static Query load(String name) {
        String path = "/org/papergraph/export/" + name + ".rq";
        try (InputStream in = Rows.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled query " + path);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forEach(DatasetGraph dsg, String query, Consumer<Binding> action) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(load(query)).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(action);
        }
    }

    /** Column values as text: IRI string, literal lexical form, blank node label, or empty when unbound. */
    static List<String> text(Binding b, List<String> vars) {
        return vars.stream().map(v -> text(b.get(v))).toList();
    }

    static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return "_:" + n.getBlankNodeLabel();
    }
}
