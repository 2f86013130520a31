package org.papergraph.export;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF serialisations {@code papergraph export} writes. Quad formats keep one named graph per paper;
 * triple formats write the union of the selected graphs.
 */
public enum ExportFormat {
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, "ttl", "turtle"),
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES, "nt", "ntriples", "n-triples"),
    NQUADS(Lang.NQUADS, RDFFormat.NQUADS, "nq", "nquads", "n-quads"),
    TRIG(Lang.TRIG, RDFFormat.TRIG_BLOCKS, "trig"),
    /** Whole selection in memory: JSON-LD has no streaming writer. Compacted with ontology/context.jsonld. */
    JSONLD(Lang.JSONLD, null, "jsonld", "json-ld", "json"),
    /** Whole selection in memory: Jena's RDF/XML writers need the complete graph. */
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "rdf", "rdfxml", "rdf/xml", "xml", "owl");

    private final Lang lang;
    private final RDFFormat streamFormat;
    private final String extension;
    private final String[] aliases;

    ExportFormat(Lang lang, RDFFormat streamFormat, String extension, String... aliases) {
        this.lang = lang;
        this.streamFormat = streamFormat;
        this.extension = extension;
        this.aliases = aliases;
    }

    public Lang lang() {
        return lang;
    }

    /** The file extension (without dot or {@code .gz}). */
    public String extension() {
        return extension;
    }

    /** Whether named graphs survive in this format. */
    public boolean keepsGraphs() {
        return lang == Lang.NQUADS || lang == Lang.TRIG || lang == Lang.JSONLD;
    }

    /** Whether it is written quad by quad in bounded memory. */
    public boolean streams() {
        return this != JSONLD && this != RDFXML;
    }

    RDFFormat streamFormat() {
        return streamFormat;
    }

    /** A format by name or extension, case-insensitive ({@code ttl}, {@code turtle}, {@code n-quads}...). */
    public static ExportFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
            for (String a : f.aliases) {
                if (a.equals(n)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown RDF format '" + name
                + "' (use turtle, ntriples, nquads, trig, jsonld or rdfxml)");
    }

    /** The format a file name implies ({@code dump.nq.gz} is N-Quads), or throws naming the file. */
    public static ExportFormat fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("cannot tell the RDF format of '" + fileName + "': give --format");
        }
        try {
            return parse(n.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot tell the RDF format of '" + fileName + "': give --format", e);
        }
    }
}
