package org.papergraph.api;

/**
 * A code repository released with a paper.
 *
 * @param iri        the repository resource
 * @param url        its URL (as the paper gave it, cleaned), or the IRI when no URL is recorded
 * @param paperIri   the paper that released it
 * @param paperTitle that paper's title
 */
public record CodeRepository(String iri, String url, String paperIri, String paperTitle) {
}
