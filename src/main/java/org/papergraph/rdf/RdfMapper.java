package org.papergraph.rdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.papergraph.extract.Extraction;
import org.papergraph.source.Paper;
import org.papergraph.source.PaperKeys;
import org.papergraph.source.SourceRef;

/**
 * Maps one paper and its extraction to the paper's named graph (see {@code ontology/README.md} for the model).
 * Pure and thread-safe: the output depends only on the arguments, and minted IRIs are content hashes, so the
 * same input always gives the same triples; only the {@code prov:generatedAtTime} of the graph carries
 * {@code generatedAt} (the store ignores that triple when deciding whether a paper changed).
 */
public final class RdfMapper {

    public PaperGraph map(Paper paper, Extraction extraction, Instant generatedAt) {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (!paper.key().equals(extraction.paperKey())) {
            throw new IllegalArgumentException("extraction of " + extraction.paperKey() + " given for paper " + paper.key());
        }
        Graph graph = GraphFactory.createDefaultGraph();
        Triples t = new Triples(graph);
        Node paperNode = Iris.paper(paper.key());
        Node graphNode = Iris.graph(paper.key());
        describePaper(t, paper, paperNode);
        t.bool(paperNode, Vocab.codePromised, extraction.codePromised());
        describeProvenance(t, paper, extraction.extractorVersion(), paperNode, graphNode, generatedAt);
        new FactMapper(t, paperNode).addAll(extraction.facts());
        return new PaperGraph(paper.key(), graphNode, graph);
    }

    private static void describePaper(Triples t, Paper paper, Node p) {
        t.type(p, Vocab.Paper);
        t.str(p, DCTerms.title, paper.title());
        t.text(p, DCTerms.abstract_, paper.abstractText());
        t.str(p, Vocab.paperKey, paper.key());
        t.text(p, Vocab.titleKey, PaperKeys.titleKey(paper.title()));
        t.text(p, Vocab.arxivId, paper.arxivId());
        t.text(p, Vocab.sourceId, paper.sourceId());
        t.text(p, Vocab.doi, paper.doi());
        // authors are nodes with a position: order matters for citations and literals cannot carry it
        List<String> authors = paper.authors();
        for (int i = 0; i < authors.size(); i++) {
            Node a = Iris.paperPart(p, "author", i + 1);
            t.add(p, Vocab.schemaAuthor, a);
            t.type(a, Vocab.schemaPerson);
            t.str(a, Vocab.schemaName, authors.get(i));
            t.integer(a, Vocab.authorPosition, i + 1);
        }
        t.date(p, DCTerms.issued, paper.published());
        t.date(p, DCTerms.modified, paper.updated());
        t.date(p, Vocab.featuredOn, paper.featured());
        for (String c : paper.categories()) {
            t.text(p, Vocab.category, c);
        }
        if (!paper.categories().isEmpty()) {
            t.text(p, Vocab.primaryCategory, paper.categories().get(0));
        }
        for (String k : paper.keywords()) {
            t.text(p, Vocab.keyword, k);
        }
        if (paper.upvotes() != null) {
            t.integer(p, Vocab.upvotes, paper.upvotes());
        }
        if (paper.codeUrl() != null && !paper.codeUrl().isBlank()) {
            // metadata repository (e.g. HF githubRepo): a link without a Mention, so it is not an extracted fact
            Node repo = Iris.web(paper.codeUrl());
            t.add(p, Vocab.hasCodeRepository, repo);
            t.type(repo, Vocab.CodeRepository);
            t.anyUri(repo, Vocab.url, paper.codeUrl());
            t.str(p, Vocab.codeUrl, paper.codeUrl());
        }
        for (String link : paper.links()) {
            t.anyUri(p, Vocab.url, link);
        }
    }

    private static void describeProvenance(Triples t, Paper paper, String extractorVersion, Node p, Node g,
                                           Instant generatedAt) {
        String version = extractorVersion == null || extractorVersion.isBlank() ? "unknown" : extractorVersion;
        Node activity = Iris.paperPart(p, "extraction", version);
        t.add(g, FOAF.primaryTopic, p);
        t.add(g, Vocab.wasGeneratedBy, activity);
        t.dateTime(g, Vocab.generatedAtTime, generatedAt);
        t.type(activity, Vocab.ExtractionActivity);
        t.str(activity, Vocab.extractorVersion, version);
        int position = 0;
        for (SourceRef src : paper.sources()) {
            String format = src.format() == null ? "" : src.format().name();
            Node s = Iris.paperPart(p, "source", src.file(), Integer.toString(src.line()), format);
            t.add(g, Vocab.wasDerivedFrom, s);
            t.add(activity, Vocab.used, s);
            t.type(s, Vocab.provEntity);
            t.str(s, Vocab.sourceFile, src.file() == null ? "" : src.file());
            t.integer(s, Vocab.sourceLine, src.line());
            t.text(s, Vocab.sourceFormat, format);
            t.integer(s, Vocab.sourcePosition, ++position);
        }
    }
}
