/**
 * Export of the graph: {@link org.papergraph.export.Exporter} writes RDF in any of the
 * {@link org.papergraph.export.ExportFormat}s for a {@link org.papergraph.export.Selection};
 * {@link org.papergraph.export.DumpSet} writes the complete, versioned dump set (RDF, ontology, VoID,
 * CSV tables, GraphML, checksums).
 */
package org.papergraph.export;
