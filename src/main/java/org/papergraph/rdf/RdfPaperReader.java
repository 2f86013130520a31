package org.papergraph.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.source.Paper;
import org.papergraph.source.SourceFormat;
import org.papergraph.source.SourceRef;

/**
 * The inverse of {@link RdfMapper} for the paper itself: rebuilds the {@link Paper} (metadata and sources, not the
 * extracted facts) from its named graph, so a later ingest can merge a new sighting into what is stored.
 * <p>
 * {@code read(map(p)).equals(p)} holds for every paper whose text fields are not blank-but-non-empty and whose
 * categories, keywords and links are in the order this reader gives them. RDF keeps those three as sets, so
 * they come back in code-point order (the primary category first); duplicates in them collapse. Authors and
 * sources keep their order through their position triples. Stateless and thread-safe.
 */
public final class RdfPaperReader {
    private RdfPaperReader() {
    }

    /**
     * The paper described in {@code graph} (a paper's named graph, or any graph holding one paper).
     *
     * @return empty when the graph holds no {@code pg:Paper}
     * @throws IllegalArgumentException when it holds several papers or a paper without a key
     */
    public static Optional<Paper> read(Graph graph) {
        List<Node> papers = graph.find(Node.ANY, RDF.type.asNode(), Vocab.Paper.asNode())
                .mapWith(Triple::getSubject).toList();
        if (papers.isEmpty()) {
            return Optional.empty();
        }
        if (papers.size() > 1) {
            throw new IllegalArgumentException("graph holds " + papers.size() + " papers, expected one: " + papers);
        }
        Node p = papers.get(0);
        Props props = Props.of(graph, p);
        String key = props.string(Vocab.paperKey);
        if (key == null) {
            throw new IllegalArgumentException("paper " + p + " has no pg:paperKey");
        }
        String abstractText = props.string(DCTerms.abstract_);
        Integer upvotes = props.string(Vocab.upvotes) == null ? null : Integer.valueOf(props.string(Vocab.upvotes));
        return Optional.of(new Paper(key,
                props.string(Vocab.arxivId),
                props.string(Vocab.sourceId),
                props.string(DCTerms.title),
                abstractText == null ? "" : abstractText,
                authors(graph, props.nodes(Vocab.schemaAuthor)),
                props.date(DCTerms.issued),
                props.date(DCTerms.modified),
                props.date(Vocab.featuredOn),
                categories(props),
                props.string(Vocab.doi),
                props.string(Vocab.codeUrl),
                sorted(props.strings(Vocab.url)),
                sorted(props.strings(Vocab.keyword)),
                upvotes,
                sources(graph, p)));
    }

    private static List<String> authors(Graph graph, List<Node> nodes) {
        record Author(int position, String name) {
        }
        List<Author> authors = new ArrayList<>();
        for (Node a : nodes) {
            Props ap = Props.of(graph, a);
            authors.add(new Author(Integer.parseInt(ap.string(Vocab.authorPosition)), ap.string(Vocab.schemaName)));
        }
        authors.sort(Comparator.comparingInt(Author::position));
        return authors.stream().map(Author::name).toList();
    }

    private static List<String> categories(Props props) {
        String primary = props.string(Vocab.primaryCategory);
        List<String> out = new ArrayList<>();
        if (primary != null) {
            out.add(primary);
        }
        for (String c : sorted(props.strings(Vocab.category))) {
            if (!c.equals(primary)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Sources hang off the graph node (the subject of {@code foaf:primaryTopic}), ordered by position. */
    private static List<SourceRef> sources(Graph graph, Node paper) {
        record Source(int position, SourceRef ref) {
        }
        List<Source> sources = new ArrayList<>();
        for (Node g : graph.find(Node.ANY, FOAF.primaryTopic.asNode(), paper).mapWith(Triple::getSubject).toList()) {
            for (Node s : Props.of(graph, g).nodes(Vocab.wasDerivedFrom)) {
                Props sp = Props.of(graph, s);
                String line = sp.string(Vocab.sourceLine);
                String format = sp.string(Vocab.sourceFormat);
                String position = sp.string(Vocab.sourcePosition);
                SourceRef ref = new SourceRef(sp.string(Vocab.sourceFile), line == null ? 0 : Integer.parseInt(line),
                        format == null ? null : SourceFormat.valueOf(format));
                // graphs written before positions existed: after the positioned ones, in file/line order
                sources.add(new Source(position == null ? Integer.MAX_VALUE : Integer.parseInt(position), ref));
            }
        }
        sources.sort(Comparator.comparingInt(Source::position)
                .thenComparing(s -> s.ref().file(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(s -> s.ref().line()));
        return sources.stream().map(Source::ref).toList();
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    /** The outgoing triples of one node, by predicate: one index scan instead of one per property. */
    private record Props(Map<Node, List<Node>> byPredicate) {
        static Props of(Graph graph, Node subject) {
            Map<Node, List<Node>> map = new HashMap<>();
            graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(
                    t -> map.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
            return new Props(map);
        }

        List<Node> nodes(Property p) {
            return byPredicate.getOrDefault(p.asNode(), List.of());
        }

        List<String> strings(Property p) {
            return nodes(p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
        }

        /** The property's single value as text; several values (never written by the mapper) take the least. */
        String string(Property p) {
            List<String> all = strings(p);
            return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new TreeSet<>(all).first();
        }

        LocalDate date(Property p) {
            String s = string(p);
            return s == null ? null : LocalDate.parse(s);
        }
    }
}
