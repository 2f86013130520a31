package org.papergraph.api;

import java.util.List;

/**
 * A query from the project's {@code queries/} directory (bundled in the jar under {@code papergraph/queries/}).
 *
 * @param name        file name without {@code .rq}
 * @param description the header comment lines before the first {@code @param}
 * @param parameters  parameters declared by {@code # @param name description}; each is a SPARQL variable
 * @param sparql      the query text
 */
public record NamedQuery(String name, String description, List<Parameter> parameters, String sparql) {
    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /**
     * A declared parameter.
     *
     * @param name        variable name without {@code ?}
     * @param description what to give
     */
    public record Parameter(String name, String description) {
    }
}
