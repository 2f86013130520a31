package org.papergraph.export;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.papergraph.rdf.Vocab;

/** The prefixes PaperGraph files are written with. */
public final class Prefixes {
    private Prefixes() {
    }

    public static PrefixMap standard() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("pg", Vocab.NS);
        pm.add("paper", Vocab.PAPER_BASE);
        pm.add("entity", Vocab.ENTITY_BASE);
        pm.add("graph", Vocab.GRAPH_BASE);
        pm.add("repo", Vocab.REPO_BASE);
        pm.add("dcterms", Vocab.DCTERMS);
        pm.add("schema", Vocab.SCHEMA);
        pm.add("fabio", Vocab.FABIO);
        pm.add("prov", Vocab.PROV);
        pm.add("skos", Vocab.SKOS);
        pm.add("rdf", RDF.getURI());
        pm.add("rdfs", RDFS.getURI());
        pm.add("owl", OWL.getURI());
        pm.add("xsd", XSD.getURI());
        return pm;
    }
}
