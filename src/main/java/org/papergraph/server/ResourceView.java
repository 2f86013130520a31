package org.papergraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the HTML page of a paper or entity shows, read in one transaction from the union of all paper graphs.
 * Values are raw RDF terms; {@link ResourcePage} turns them into escaped HTML.
 */
record ResourceView(Node iri, List<Statement> statements, List<PaperLink> papers, List<Node> code,
                    List<ResultRow> results) {

    /** An outgoing triple, with a label of the object when it has one. */
    record Statement(Node predicate, Node object, Node objectLabel) {
    }

    /** A paper that points at this resource (proposes, uses, ...). */
    record PaperLink(Node predicate, Node paper, Node title) {
    }

    /** A result the resource reports, is the subject of, or is the dataset of. */
    record ResultRow(Node metric, Node value, Node dataset, Node subject, Node paper, Node paperTitle) {
    }

    private static final int MAX_ROWS = 1000;
    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            """;
    private static final Query EXISTS = QueryFactory.create("ASK { ?this ?p ?o }");
    private static final Query OUTGOING = QueryFactory.create(PREFIXES + """
            SELECT ?p ?o (SAMPLE(?l) AS ?label) WHERE {
              ?this ?p ?o
              OPTIONAL { ?o rdfs:label|dcterms:title|skos:prefLabel ?l }
            } GROUP BY ?p ?o ORDER BY ?p ?o LIMIT %d""".formatted(MAX_ROWS));
    private static final Query PAPERS = QueryFactory.create(PREFIXES + """
            SELECT ?p ?paper (SAMPLE(?t) AS ?title) WHERE {
              ?paper ?p ?this ; a pg:Paper .
              OPTIONAL { ?paper dcterms:title ?t }
            } GROUP BY ?p ?paper ORDER BY ?p ?title LIMIT %d""".formatted(MAX_ROWS));
    private static final Query CODE = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?code WHERE {
              { ?this pg:hasCodeRepository ?repo } UNION { ?paper pg:proposes ?this ; pg:hasCodeRepository ?repo }
              OPTIONAL { ?repo pg:url|schema:url ?url }
              BIND(COALESCE(?url, ?repo) AS ?code)
            } ORDER BY ?code LIMIT 100""");
    private static final Query RESULTS = QueryFactory.create(PREFIXES + """
            SELECT ?result (SAMPLE(?m) AS ?metric) (SAMPLE(?v) AS ?value) (SAMPLE(?d) AS ?dataset)
                   (SAMPLE(?s) AS ?subject) (SAMPLE(?pp) AS ?paper) (SAMPLE(?pt) AS ?paperTitle) WHERE {
              { ?this pg:reportsResult ?result } UNION { ?result pg:resultSubject ?this } UNION { ?result pg:onDataset ?this }
              OPTIONAL { ?result pg:metricName ?metricName }
              OPTIONAL { ?result pg:metric/rdfs:label ?metricLabel }
              BIND(COALESCE(?metricName, ?metricLabel) AS ?m)
              OPTIONAL { ?result pg:valueText ?valueText }
              OPTIONAL { ?result pg:value ?valueNumber }
              BIND(COALESCE(?valueText, ?valueNumber) AS ?v)
              OPTIONAL { ?result pg:onDataset ?dNode OPTIONAL { ?dNode rdfs:label ?dLabel } }
              BIND(COALESCE(?dLabel, ?dNode) AS ?d)
              OPTIONAL { ?result pg:resultSubject ?sNode OPTIONAL { ?sNode rdfs:label ?sLabel } }
              BIND(COALESCE(?sLabel, ?sNode) AS ?s)
              OPTIONAL { ?pp pg:reportsResult ?result OPTIONAL { ?pp dcterms:title ?pt } }
            } GROUP BY ?result ORDER BY ?metric LIMIT %d""".formatted(MAX_ROWS));

    static boolean exists(DatasetGraph dsg, Node iri) {
        return Txn.calculateRead(dsg, () -> exec(dsg, EXISTS, iri).ask());
    }

    /** The view, or empty when nothing is said about {@code iri}. */
    static Optional<ResourceView> load(DatasetGraph dsg, Node iri) {
        return Txn.calculateRead(dsg, () -> {
            List<Statement> statements = new ArrayList<>();
            select(dsg, OUTGOING, iri, b -> statements.add(new Statement(b.get("p"), b.get("o"), b.get("label"))));
            List<PaperLink> papers = new ArrayList<>();
            select(dsg, PAPERS, iri, b -> papers.add(new PaperLink(b.get("p"), b.get("paper"), b.get("title"))));
            if (statements.isEmpty() && papers.isEmpty())
                return Optional.empty();
            List<Node> code = new ArrayList<>();
            select(dsg, CODE, iri, b -> code.add(b.get("code")));
            List<ResultRow> results = new ArrayList<>();
            select(dsg, RESULTS, iri, b -> results.add(new ResultRow(b.get("metric"), b.get("value"),
                    b.get("dataset"), b.get("subject"), b.get("paper"), b.get("paperTitle"))));
            return Optional.of(new ResourceView(iri, List.copyOf(statements), List.copyOf(papers),
                    List.copyOf(code), List.copyOf(results)));
        });
    }

    /** First label: rdfs:label, then dcterms:title, then skos:prefLabel. */
    Optional<Node> label() {
        return first(RDFS.label.asNode()).or(() -> first(DCTerms.title.asNode()))
                .or(() -> first(SKOS.prefLabel.asNode()));
    }

    List<Node> types() {
        return all(RDF.type.asNode());
    }

    List<Node> aliases() {
        return all(SKOS.altLabel.asNode());
    }

    Optional<Node> abstractText() {
        return first(DCTerms.abstract_.asNode());
    }

    private Optional<Node> first(Node predicate) {
        return statements.stream().filter(s -> s.predicate().equals(predicate)).map(Statement::object).findFirst();
    }

    private List<Node> all(Node predicate) {
        return statements.stream().filter(s -> s.predicate().equals(predicate)).map(Statement::object).toList();
    }

    private static QueryExec exec(DatasetGraph dsg, Query query, Node iri) {
        // Substitution puts the term in as a constant: no string building with request data.
        return QueryExec.dataset(dsg).query(query).substitution("this", iri).build();
    }

    private static void select(DatasetGraph dsg, Query query, Node iri, Consumer<Binding> row) {
        try (QueryExec exec = exec(dsg, query, iri)) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        }
    }
}
