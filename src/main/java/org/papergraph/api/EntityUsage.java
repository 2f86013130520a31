package org.papergraph.api;

/**
 * How many papers use an entity.
 *
 * @param iri    the entity
 * @param label  its name
 * @param papers number of distinct papers using it
 */
public record EntityUsage(String iri, String label, long papers) {
}
