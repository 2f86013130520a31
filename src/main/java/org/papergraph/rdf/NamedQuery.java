package org.papergraph.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query from {@code queries/} with the parameters its header declares ({@code # @param name  text}).
 * Parameters are plain variables of the query; {@link #bind(Map)} substitutes values into the parsed syntax
 * tree, never into the text, so a value containing quotes or braces cannot change the query.
 *
 * @param name        file name without {@code .rq}
 * @param description the header comment without the {@code @param} lines
 * @param params      declared parameters, in header order
 * @param text        the SPARQL text
 */
public record NamedQuery(String name, String description, List<Param> params, String text) {
    /** A declared parameter: the variable name (without {@code ?}) and what to give it. */
    public record Param(String name, String description) {
    }

    public NamedQuery {
        Objects.requireNonNull(name);
        params = List.copyOf(params);
    }

    /** The parsed query (throws {@link org.apache.jena.query.QueryParseException} naming the line when invalid). */
    public Query query() {
        return QueryFactory.create(text);
    }

    /**
     * The query with the given parameters substituted; parameters left out stay unbound (queries treat an
     * unbound parameter as "no restriction" where that makes sense). Unknown names are an error, so a typo does
     * not silently run an unrestricted query.
     */
    public Query bind(Map<String, ? extends Node> values) {
        Map<Var, Node> vars = new HashMap<>();
        values.forEach((k, v) -> {
            String var = k.startsWith("?") ? k.substring(1) : k;
            if (params.stream().noneMatch(p -> p.name().equals(var))) {
                throw new IllegalArgumentException("query " + name + " has no parameter '" + var + "'; it takes "
                        + params.stream().map(Param::name).toList());
            }
            vars.put(Var.alloc(var), Objects.requireNonNull(v, "value of " + var));
        });
        return vars.isEmpty() ? query() : QueryTransformOps.replaceVars(query(), vars);
    }
}
