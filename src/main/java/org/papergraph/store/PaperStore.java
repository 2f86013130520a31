package org.papergraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PaperGraph store: a TDB2 dataset with one named graph per paper, wrapped in a jena-text (Lucene) dataset
 * so that every write keeps the full-text index in step (layout: {@link TextIndexes}).
 * <p>
 * Queries see all paper graphs through the union default graph ({@code TDB2.symUnionDefaultGraph} is set on the
 * dataset's context). Writes go through {@link #write(List)}: one transaction per batch, each paper graph
 * replacing the previous one; a paper whose new graph equals the stored one apart from its
 * {@code prov:generatedAtTime} is left untouched, so re-ingesting the same input changes nothing.
 */
public final class PaperStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaperStore.class);

    private final Dataset dataset;
    private final DatasetGraphText textGraph;
    private final DatasetGraph base;
    private final String where;

    private PaperStore(DatasetGraph base, Directory textDir, String where) {
        this.base = base;
        this.where = where;
        this.dataset = TextDatasetFactory.createLucene(org.apache.jena.query.DatasetFactory.wrap(base), textDir,
                TextIndexes.config());
        this.textGraph = (DatasetGraphText) dataset.asDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if missing) the store in {@code dir}: TDB2 in {@code dir/tdb2}, Lucene in {@code dir/text}. */
    public static PaperStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path tdb = dir.resolve("tdb2");
        Path text = dir.resolve("text");
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("store " + dir + " is not a directory; give --store a directory path");
            }
            Files.createDirectories(tdb);
            Files.createDirectories(text);
            if (!Files.isWritable(tdb) || !Files.isWritable(text)) {
                throw new StoreException("store " + dir + " is not writable by this user");
            }
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        Directory textDir;
        try {
            textDir = FSDirectory.open(text);
        } catch (IOException e) {
            throw new StoreException("cannot open text index " + text + ": " + e.getMessage(), e);
        }
        DatasetGraph tdbGraph;
        try {
            tdbGraph = TDB2Factory.connectDataset(tdb.toString()).asDatasetGraph();
        } catch (RuntimeException e) {
            closeQuietly(textDir);
            throw new StoreException("cannot open TDB2 store " + tdb + " (is another process using it?): "
                    + e.getMessage(), e);
        }
        try {
            return new PaperStore(tdbGraph, textDir, dir.toString());
        } catch (RuntimeException e) {
            closeQuietly(textDir);
            if (hasCause(e, LockObtainFailedException.class)) {
                // Lucene's write.lock: another PaperStore (this or another JVM) has the store open for writing
                throw new StoreException("store " + dir + " is already open (text index locked: " + text
                        + "); close the other papergraph process first", e);
            }
            throw new StoreException("cannot open text index " + text + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory store (TDB2 in memory, Lucene in byte buffers) for tests and dry runs. */
    public static PaperStore inMemory() {
        return new PaperStore(TDB2Factory.createDataset().asDatasetGraph(), new ByteBuffersDirectory(), "memory");
    }

    /** The text-indexed dataset; queries over it see the union of all paper graphs as the default graph. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * The same data for read-only query serving (added for the SPARQL server): the TDB2 dataset itself, so
     * TDB2's own query engine runs (the text wrapper hides it and queries fall back to ARQ's general engine,
     * about 3x slower on lookups), with the union default graph and this store's text index in its context so
     * {@code text:query} still works. Never write through it: writes go through {@link #write(List)} so the text
     * index follows.
     */
    public Dataset queryDataset() {
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        base.getContext().set(TextQuery.textIndex, textGraph.getTextIndex());
        return org.apache.jena.query.DatasetFactory.wrap(base);
    }

    /**
     * Stores a batch of paper graphs in one write transaction; on any failure the whole batch is aborted
     * (TDB2 and the text index both roll back) and the exception is rethrown.
     */
    public WriteSummary write(List<PaperGraph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        int[] counts = new int[3];
        Txn.executeWrite(dataset, () -> {
            for (PaperGraph pg : graphs) {
                counts[writeOne(pg)]++;
            }
        });
        return new WriteSummary(counts[0], counts[1], counts[2]);
    }

    /** Replaces one paper graph by its difference with the stored one; returns 0 added, 1 updated, 2 unchanged. */
    private int writeOne(PaperGraph pg) {
        Node g = pg.graphName();
        Set<Triple> old = new HashSet<>();
        textGraph.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> old.add(q.asTriple()));
        Set<Triple> neu = new HashSet<>();
        pg.graph().find().forEachRemaining(neu::add);
        if (!old.isEmpty() && withoutTime(old, g).equals(withoutTime(neu, g))) {
            return 2;
        }
        // applying only the difference keeps unchanged triples (and their index documents) in place
        for (Triple t : old) {
            if (!neu.contains(t)) {
                textGraph.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        for (Triple t : neu) {
            if (!old.contains(t)) {
                textGraph.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        return old.isEmpty() ? 0 : 1;
    }

    /**
     * The triples to compare for "unchanged": without the generation time, and with literals in canonical
     * form, because TDB2 stores numbers and dates inline and hands them back canonicalised ("0.90" -> "0.9").
     */
    private static Set<Triple> withoutTime(Set<Triple> triples, Node g) {
        Set<Triple> out = new HashSet<>();
        for (Triple t : triples) {
            if (!(t.getSubject().equals(g) && t.getPredicate().equals(Vocab.generatedAtTime.asNode()))) {
                Node o = t.getObject();
                out.add(o.isLiteral() ? Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(o)) : t);
            }
        }
        return out;
    }

    /** Number of distinct papers in the store. */
    public long paperCount() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> papers = new HashSet<>();
            base.find(Node.ANY, Node.ANY, RDF.type.asNode(), Vocab.Paper.asNode())
                    .forEachRemaining(q -> papers.add(q.getSubject()));
            return (long) papers.size();
        });
    }

    /**
     * Rebuilds the text index from the quads in TDB2, for data loaded behind the index's back (bulk loader,
     * restored backup). Runs in one write transaction: readers see the old index until it commits.
     */
    public void reindexText() {
        TextIndex index = textGraph.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new StoreException("reindexText supports the Lucene text index only");
        }
        EntityDefinition def = index.getDocDef();
        long[] docs = {0};
        Txn.executeWrite(dataset, () -> {
            try {
                lucene.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new StoreException("cannot clear text index of " + where + ": " + e.getMessage(), e);
            }
            for (String field : def.fields()) {
                for (Node p : def.getPredicates(field)) {
                    Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Quad q = it.next();
                        var entity = TextQueryFuncs.entityFromQuad(def, q);
                        if (entity != null) {
                            index.addEntity(entity);
                            docs[0]++;
                        }
                    }
                }
            }
        });
        LOG.info("text index of {} rebuilt: {} documents", where, docs[0]);
    }

    @Override
    public void close() {
        try {
            dataset.close();
        } finally {
            // release the TDB2 location (its lock and caches) so the directory can be reopened or deleted
            if (TDBInternal.isTDB2(base)) {
                TDBInternal.expel(base);
            }
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Directory d) {
        try {
            d.close();
        } catch (IOException e) {
            LOG.debug("closing text directory", e);
        }
    }

    /** Exposed for tests of bulk paths: the TDB2 dataset under the text wrapper (writes here bypass the index). */
    DatasetGraph baseGraph() {
        return base;
    }

}
