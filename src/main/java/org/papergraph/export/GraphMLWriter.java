package org.papergraph.export;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * GraphML for Gephi/Cytoscape: papers and entities are nodes (attribute {@code kind} = Paper or the entity
 * type, {@code label}), edges carry a {@code relation}: paper–entity edges and entity–entity links
 * (basedOn, comparedWith...). Streamed with StAX, which also does the XML escaping.
 */
public final class GraphMLWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLWriter() {
    }

    /** Writes the graph; call inside a read transaction. Returns {nodes, edges}. */
    public static long[] write(DatasetGraph dsg, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            key(w, "kind", "node");
            key(w, "label", "node");
            key(w, "arxiv", "node");
            key(w, "relation", "edge");
            key(w, "confidence", "edge");
            w.writeStartElement("graph");
            w.writeAttribute("id", "papergraph");
            w.writeAttribute("edgedefault", "directed");
            Set<String> nodes = new HashSet<>();
            long[] counts = new long[2];
            Rows.forEach(dsg, Tables.Table.PAPERS.query, b -> {
                List<String> r = Rows.text(b, List.of("paper", "title", "arxiv_id"));
                if (nodes.add(r.get(0))) {
                    node(w, r.get(0), "Paper", r.get(1), r.get(2));
                }
            });
            Rows.forEach(dsg, Tables.Table.ENTITIES.query, b -> {
                List<String> r = Rows.text(b, List.of("entity", "type", "label"));
                if (nodes.add(r.get(0))) {
                    node(w, r.get(0), r.get(1), r.get(2), "");
                }
            });
            Tables.edges(dsg, r -> edge(w, nodes, counts, r.get(0), r.get(2), r.get(1), r.get(3)));
            Rows.forEach(dsg, "entity-links", b -> {
                List<String> r = Rows.text(b, List.of("source", "relation", "target"));
                edge(w, nodes, counts, r.get(0), r.get(2), r.get(1), "");
            });
            counts[0] = nodes.size();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            return counts;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML output failed: " + e.getMessage(), e);
        } catch (UncheckedXml e) {
            throw new IllegalStateException("GraphML output failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void key(XMLStreamWriter w, String name, String domain) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", name);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", "confidence".equals(name) ? "double" : "string");
    }

    private static void node(XMLStreamWriter w, String id, String kind, String label, String arxiv) {
        try {
            w.writeStartElement("node");
            w.writeAttribute("id", id);
            data(w, "kind", kind);
            data(w, "label", label.isEmpty() ? id : label);
            data(w, "arxiv", arxiv);
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new UncheckedXml(e);
        }
    }

    /** Edges to nodes that are not papers or typed entities (e.g. untyped lexicon links) are skipped. */
    private static void edge(XMLStreamWriter w, Set<String> nodes, long[] counts, String source, String target,
                             String relation, String confidence) {
        if (!nodes.contains(source) || !nodes.contains(target)) {
            return;
        }
        try {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + counts[1]++);
            w.writeAttribute("source", source);
            w.writeAttribute("target", target);
            data(w, "relation", relation);
            data(w, "confidence", confidence);
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new UncheckedXml(e);
        }
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** Carries a StAX failure out of a row callback. */
    private static final class UncheckedXml extends RuntimeException {
        UncheckedXml(XMLStreamException cause) {
            super(cause);
        }
    }
}
