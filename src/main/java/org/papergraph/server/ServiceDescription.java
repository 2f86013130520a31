package org.papergraph.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.papergraph.rdf.Vocab;

/** The SPARQL 1.1 Service Description of a query endpoint, returned for a GET without a query. */
final class ServiceDescription {
    private ServiceDescription() {
    }

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "JSON-LD", "RDF_XML"};

    static Model of(String endpointUrl, QueryLimits limits) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpointUrl))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(DCTerms.title, "PaperGraph SPARQL endpoint")
                .addProperty(RDFS.comment, String.format(
                        "Read-only. Full-text search with text:query (PREFIX text: <http://jena.apache.org/text#>). "
                                + "SERVICE is disabled. Queries time out after %d s without a first result "
                                + "and %d s in total; results are capped at %d rows.",
                        limits.firstResult().toSeconds(), limits.total().toSeconds(), limits.maxRows()));
        for (String format : RESULT_FORMATS)
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + format));
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
        Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph)
                .addProperty(DCTerms.description, "One named graph per paper; the default graph is their union.")
                .addProperty(RDFS.seeAlso, m.createResource(Vocab.NS));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }
}
