package org.papergraph.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.papergraph.rdf.Vocab;

/**
 * The VoID description of a dump: totals, a class partition per class and a property partition per
 * property (counts from the store), linksets to outside sites, vocabularies used, licence (data under
 * CC BY 4.0), creation date, generator and the dump files. Call {@link #describe} inside a read transaction
 * on a dataset whose default graph is the union of its named graphs (as {@code PaperStore} sets it up).
 *
 * @param version      dump version (defaults to the creation date)
 * @param created      creation day
 * @param generator    software that made it, e.g. {@code papergraph 0.1.0}
 * @param downloadBase absolute IRI the dump files are published under (ends with {@code /})
 * @param sparqlEndpoint endpoint to advertise (a placeholder until one is published)
 * @param dumpFiles    file names of the RDF dumps, relative to {@code downloadBase}
 */
public record VoidDescription(String version, LocalDate created, String generator, String downloadBase,
                              String sparqlEndpoint, List<String> dumpFiles) {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String PAV = "http://purl.org/pav/";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** The dataset's IRI in the VoID file. */
    public static final String DATASET_IRI = Vocab.BASE + "void#PaperGraph";

    public VoidDescription {
        dumpFiles = List.copyOf(dumpFiles);
    }

    public Model describe(DatasetGraph dsg) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("pav", PAV)
                .setNsPrefix("xsd", XSD.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("pg", Vocab.NS);
        Resource ds = m.createResource(DATASET_IRI, m.createResource(VOID + "Dataset"));
        ds.addProperty(DCTerms.title, "PaperGraph knowledge graph of machine-learning papers")
                .addProperty(DCTerms.description, "One named graph per paper. void:triples counts statements "
                        + "across named graphs (the lines of the N-Quads dump); void:entities counts papers and named "
                        + "entities (pg:Paper, pg:Entity); class partitions count distinct instances.")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.created, m.createTypedLiteral(created.toString(), XSDDatatype.XSDdate))
                .addProperty(m.createProperty(PAV, "version"), version)
                .addProperty(m.createProperty(PAV, "createdWith"), generator)
                .addProperty(DCTerms.creator, generator)
                .addProperty(p(m, "uriSpace"), Vocab.BASE)
                .addProperty(p(m, "sparqlEndpoint"), m.createResource(sparqlEndpoint))
                .addProperty(p(m, "feature"), m.createResource("http://www.w3.org/ns/formats/N-Quads"))
                .addProperty(p(m, "feature"), m.createResource("http://www.w3.org/ns/formats/TriG"))
                .addProperty(p(m, "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"));
        dumpFiles.forEach(f -> ds.addProperty(p(m, "dataDump"), m.createResource(downloadBase + f)));

        Rows.forEach(dsg, "void-totals", b -> {
            ds.addProperty(p(m, "triples"), count(m, b.get("triples")));
            ds.addProperty(p(m, "entities"), count(m, b.get("entities")));
        });
        Set<String> vocabularies = new TreeSet<>();
        Rows.forEach(dsg, "void-classes", b -> {
            Node cls = b.get("class");
            if (cls.isURI()) {
                ds.addProperty(p(m, "classPartition"), m.createResource()
                        .addProperty(p(m, "class"), m.createResource(cls.getURI()))
                        .addProperty(p(m, "entities"), count(m, b.get("entities"))));
                vocabularies.add(namespace(cls.getURI()));
            }
        });
        Rows.forEach(dsg, "void-properties", b -> {
            String prop = b.get("property").getURI();
            ds.addProperty(p(m, "propertyPartition"), m.createResource()
                    .addProperty(p(m, "property"), m.createResource(prop))
                    .addProperty(p(m, "triples"), count(m, b.get("triples"))));
            vocabularies.add(namespace(prop));
        });
        Rows.forEach(dsg, "void-linksets", b -> {
            Resource target = m.createResource(b.get("target").getLiteralLexicalForm());
            ds.addProperty(p(m, "subset"), m.createResource(m.createResource(VOID + "Linkset"))
                    .addProperty(p(m, "subjectsTarget"), ds)
                    .addProperty(p(m, "objectsTarget"), m.createResource()
                            .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                            .addProperty(p(m, "uriSpace"), target.getURI()))
                    .addProperty(p(m, "linkPredicate"), m.createResource(b.get("property").getURI()))
                    .addProperty(p(m, "triples"), count(m, b.get("triples"))));
        });
        vocabularies.forEach(v -> ds.addProperty(p(m, "vocabulary"), m.createResource(v)));
        return m;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(VOID, local);
    }

    /** Counts stay xsd:integer, as SPARQL's COUNT returns them. */
    private static org.apache.jena.rdf.model.Literal count(Model m, Node n) {
        return m.createTypedLiteral(n.getLiteralLexicalForm(), XSDDatatype.XSDinteger);
    }

    /** The namespace of an IRI: up to and including its last '#' or '/'. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}
