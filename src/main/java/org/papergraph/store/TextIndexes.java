package org.papergraph.store;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The jena-text index layout, in one place. One Lucene field per indexed property, so a query can aim at
 * labels, aliases, titles or abstracts ({@code ?s text:query (skos:altLabel "llama")}); a query without a
 * property searches the primary field, {@code label}.
 * <p>
 * The {@code graph} field makes each title and abstract document belong to its paper graph and the {@code uid}
 * field makes deletes reach the index: jena-text only removes documents on quad delete when a uid field is
 * configured, and the uid hashes graph+subject+property+value.
 * <p>
 * Entity labels and aliases are indexed once per (entity, property, value), not once per paper graph: every
 * paper graph repeats the labels of the entities it mentions, so a search for a common label would otherwise
 * collect one hit per paper (thousands) before grouping them by entity. Those documents carry the graph
 * {@link #SHARED_GRAPH}; {@link SharedLabels} keeps them in step with the quads.
 */
public final class TextIndexes {
    public static final String ENTITY_FIELD = "uri";
    public static final String GRAPH_FIELD = "graph";
    public static final String UID_FIELD = "uid";
    public static final String LABEL = "label";
    public static final String ALT_LABEL = "altLabel";
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";

    /** The graph value of the label and alias documents, which belong to no single paper graph. */
    static final Node SHARED_GRAPH = Quad.defaultGraphIRI;
    private static final Set<Node> SHARED = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode());

    private TextIndexes() {
    }

    /** True for the properties indexed once per (subject, property, value) whatever graph holds them. */
    static boolean isShared(Node property) {
        return SHARED.contains(property);
    }

    /**
     * True when the index holds a label or alias document of a single paper graph, as stores written before labels
     * were shared do; {@link PaperStore} then rebuilds the index once.
     */
    static boolean hasPerGraphLabels(TextIndex index) {
        if (!(index instanceof TextIndexLucene lucene))
            return false;
        Query labels = new BooleanQuery.Builder()
                .add(new FieldExistsQuery(LABEL), BooleanClause.Occur.SHOULD)
                .add(new FieldExistsQuery(ALT_LABEL), BooleanClause.Occur.SHOULD).build();
        Query perGraph = new BooleanQuery.Builder()
                .add(labels, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(GRAPH_FIELD, TextQueryFuncs.graphNodeToString(SHARED_GRAPH))),
                        BooleanClause.Occur.MUST_NOT).build();
        try (DirectoryReader reader = DirectoryReader.open(lucene.getIndexWriter())) {
            return new IndexSearcher(reader).count(perGraph) > 0;
        } catch (IOException e) {
            throw new StoreException("cannot read text index: " + e.getMessage(), e);
        }
    }

    /** The index document for one quad (null when its property is not indexed), with the graph rule above. */
    static Entity entity(EntityDefinition def, Quad q) {
        Node g = isShared(q.getPredicate()) ? SHARED_GRAPH : q.getGraph();
        return TextQueryFuncs.entityFromQuad(def, g, q.getSubject(), q.getPredicate(), q.getObject());
    }

    /**
     * Makes user text safe to pass as the query string of {@code text:query}: Lucene operators, wildcards and
     * brackets are escaped, so the words are searched as words ({@code "}"} or {@code "?s"} cannot cause a parse
     * error or a wildcard scan). Blank text gives a query that matches nothing.
     */
    public static String escape(String userText) {
        String s = userText == null ? "" : userText.strip();
        return s.isEmpty() ? "\"\"" : QueryParserBase.escape(s);
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, LABEL, RDFS.label.asNode());
        def.set(ALT_LABEL, SKOS.altLabel.asNode());
        def.set(TITLE, DCTerms.title.asNode());
        def.set(ABSTRACT, DCTerms.abstract_.asNode());
        def.setGraphField(GRAPH_FIELD);
        def.setUidField(UID_FIELD);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setValueStored(false);
        return config;
    }

    /**
     * Turns quad changes into index changes: titles and abstracts one document per quad (jena-text's own producer),
     * labels and aliases one shared document, added when the first graph gains the value and deleted when the last
     * graph loses it. Runs inside the write transaction, so {@code data} shows the other graphs' current state.
     */
    static final class SharedLabels implements TextDocProducer {
        private final TextDocProducer perQuad;
        private final DatasetGraph data;

        SharedLabels(TextIndex index, DatasetGraph data) {
            this.perQuad = new TextDocProducerTriples(index);
            this.data = data;
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (!isShared(p))
                perQuad.change(action, g, s, p, o);
            else if ((action == TextQuadAction.ADD || action == TextQuadAction.DELETE) && !heldByOtherGraph(g, s, p, o))
                perQuad.change(action, SHARED_GRAPH, s, p, o);
        }

        private boolean heldByOtherGraph(Node g, Node s, Node p, Node o) {
            Iterator<Quad> it = data.find(Node.ANY, s, p, o);
            while (it.hasNext())
                if (!it.next().getGraph().equals(g))
                    return true;
            return false;
        }

        @Override
        public void start() {
            perQuad.start();
        }

        @Override
        public void finish() {
            perQuad.finish();
        }

        @Override
        public void reset() {
            perQuad.reset();
        }
    }
}
