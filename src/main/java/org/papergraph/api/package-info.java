/**
 * PaperGraph as a Java library. The public API is {@link org.papergraph.api.PaperGraphClient} (open a local
 * store or connect to an endpoint) and the immutable records it returns: {@link org.papergraph.api.PaperInfo},
 * {@link org.papergraph.api.EntityInfo}, {@link org.papergraph.api.CodeRepository},
 * {@link org.papergraph.api.LeaderboardEntry} and {@link org.papergraph.api.EntityUsage}; named queries are
 * {@link org.papergraph.rdf.NamedQuery}. Everything in {@code org.papergraph.api.internal} is implementation
 * and may change without notice.
 */
package org.papergraph.api;
