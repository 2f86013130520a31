package org.papergraph.api;

import java.util.List;

/**
 * A named entity (dataset, model, method, task...).
 *
 * @param iri     the entity's IRI, shared by every paper that mentions it
 * @param type    ontology class local name: {@code Dataset}, {@code Model}, {@code Method}, {@code Task}...
 * @param label   canonical name
 * @param aliases other names it is known by
 */
public record EntityInfo(String iri, String type, String label, List<String> aliases) {
    public EntityInfo {
        aliases = List.copyOf(aliases);
    }
}
