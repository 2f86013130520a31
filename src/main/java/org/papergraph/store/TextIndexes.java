package org.papergraph.store;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * The jena-text index layout, in one place. One Lucene field per indexed property, so a query can aim at
 * labels, aliases, titles or abstracts ({@code ?s text:query (skos:altLabel "llama")}); a query without a
 * property searches the primary field, {@code label}.
 * <p>
 * The {@code graph} field makes each document belong to its paper graph and the {@code uid} field makes
 * deletes reach the index: jena-text only removes documents on quad delete when a uid field is configured,
 * and the uid hashes graph+subject+property+value, so dropping one paper's copy of an entity label leaves the
 * copies held by other papers' graphs in the index.
 */
public final class TextIndexes {
    public static final String ENTITY_FIELD = "uri";
    public static final String GRAPH_FIELD = "graph";
    public static final String UID_FIELD = "uid";
    public static final String LABEL = "label";
    public static final String ALT_LABEL = "altLabel";
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";

    private TextIndexes() {
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
}
