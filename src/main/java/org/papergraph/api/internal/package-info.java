/**
 * Implementation details of {@link org.papergraph.api}: query loading, parameter binding and row
 * conversion. Not part of the public API; may change without notice.
 */
package org.papergraph.api.internal;
