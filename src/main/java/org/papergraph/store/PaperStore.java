package org.papergraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.RdfPaperReader;
import org.papergraph.rdf.Vocab;
import org.papergraph.source.Paper;
import org.papergraph.source.PaperKeys;
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
 * <p>
 * TDB2 and Lucene commit one after the other (jena-text's two-step commit); if the process dies between the two,
 * the index lags the data by that batch and {@link #reindexText()} repairs it.
 */
public final class PaperStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaperStore.class);

    private final Dataset dataset;
    private final DatasetGraphText textGraph;
    private final DatasetGraph base;
    private final String where;
    private final Set<Node> indexed = new HashSet<>();

    private PaperStore(DatasetGraph base, Directory textDir, String where) {
        this.base = base;
        this.where = where;
        TextIndex index = TextDatasetFactory.createLuceneIndex(textDir, TextIndexes.config());
        this.dataset = TextDatasetFactory.create(org.apache.jena.query.DatasetFactory.wrap(base), index, true,
                new TextIndexes.SharedLabels(index, base));
        this.textGraph = (DatasetGraphText) dataset.asDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        EntityDefinition def = textGraph.getTextIndex().getDocDef();
        def.fields().forEach(f -> indexed.addAll(def.getPredicates(f)));
        if (TextIndexes.hasPerGraphLabels(index)) {
            LOG.info("text index of {}: indexing entity labels once per entity instead of once per paper", where);
            reindexText();
        }
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
        // TDB2 hands numbers back in canonical form; compare like with like
        pg.graph().find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                // blank nodes get new labels on every load, so the graph could never compare as unchanged
                throw new IllegalArgumentException("graph of paper " + pg.paperKey() + " contains a blank node: " + t);
            }
            neu.add(canonical(t));
        });
        if (!old.isEmpty() && withoutTime(old, g).equals(withoutTime(neu, g))) {
            return 2;
        }
        // applying only the difference keeps unchanged triples (and their index documents) in place
        for (Triple t : old) {
            if (!neu.contains(t)) {
                target(t).delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        for (Triple t : neu) {
            if (!old.contains(t)) {
                target(t).add(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        return old.isEmpty() ? 0 : 1;
    }

    /**
     * Only the indexed properties need the text wrapper's change monitor; everything else goes straight to TDB2
     * inside the same transaction (the wrapper began it), which roughly halves the cost of a write.
     */
    private DatasetGraph target(Triple t) {
        return indexed.contains(t.getPredicate()) ? textGraph : base;
    }

    static Triple canonical(Triple t) {
        Node o = t.getObject();
        return o.isLiteral() ? Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(o)) : t;
    }

    private static Set<Triple> withoutTime(Set<Triple> triples, Node g) {
        Set<Triple> out = new HashSet<>(triples);
        out.removeIf(t -> t.getSubject().equals(g) && t.getPredicate().equals(Vocab.generatedAtTime.asNode()));
        return out;
    }

    /**
     * Stores a batch like {@link #write(List)} and, in the same transaction, removes the graphs of the stored papers
     * each new graph supersedes (a title-keyed paper re-keyed to its arXiv id). A new graph that replaced a stored
     * one counts as updated, not added.
     *
     * @param replaces new paper key -> keys of the stored papers it absorbs; a key equal to the new one is ignored
     */
    public WriteSummary write(List<PaperGraph> graphs, Map<String, List<String>> replaces) {
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(replaces, "replaces");
        int[] counts = new int[3];
        Txn.executeWrite(dataset, () -> {
            for (PaperGraph pg : graphs) {
                boolean replaced = false;
                for (String old : replaces.getOrDefault(pg.paperKey(), List.of())) {
                    replaced |= !old.equals(pg.paperKey()) && removeGraph(Iris.graph(old));
                }
                int status = writeOne(pg);
                counts[status == 0 && replaced ? 1 : status]++;
            }
        });
        return new WriteSummary(counts[0], counts[1], counts[2]);
    }

    /** Deletes one named graph quad by quad through the text dataset, so the index forgets it too. */
    private boolean removeGraph(Node g) {
        List<Quad> quads = Iter.toList(textGraph.find(g, Node.ANY, Node.ANY, Node.ANY));
        quads.forEach(textGraph::delete);
        return !quads.isEmpty();
    }

    /** The stored paper with this key (metadata and sources, see {@link RdfPaperReader}); joins a running read. */
    public Optional<Paper> findPaper(String key) {
        Objects.requireNonNull(key, "key");
        return Txn.calculateRead(dataset, () -> RdfPaperReader.read(base.getGraph(Iris.graph(key)))
                .filter(p -> p.key().equals(key)));
    }

    /**
     * The stored papers whose title normalises like {@code title} ({@link PaperKeys#normaliseTitle}), whatever their
     * key, in key order; found through their {@code pg:titleKey}. Joins a running read transaction.
     */
    public List<Paper> findPapersByTitle(String title) {
        String titleKey = PaperKeys.titleKey(title);
        if (titleKey == null) {
            return List.of();
        }
        return Txn.calculateRead(dataset, () -> {
            Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::getURI));
            base.find(Node.ANY, Node.ANY, Vocab.titleKey.asNode(), NodeFactory.createLiteralString(titleKey))
                    .forEachRemaining(q -> graphs.add(q.getGraph()));
            List<Paper> out = new ArrayList<>();
            for (Node g : graphs) {
                RdfPaperReader.read(base.getGraph(g)).ifPresent(out::add);
            }
            out.sort(Comparator.comparing(Paper::key));
            return out;
        });
    }

    /** Runs {@code lookups} (e.g. many {@link #findPaper} calls) in one read transaction instead of one each. */
    public <T> T read(Supplier<T> lookups) {
        return Txn.calculateRead(dataset, lookups);
    }

    /**
     * Compacts the on-disk TDB2 database and deletes the old generation. TDB2's copy-on-write indexes keep every
     * block a transaction replaced, so a store loaded batch by batch takes many times its live size until
     * compacted. Writers wait meanwhile, readers go on. Does nothing for an in-memory store.
     */
    public void compact() {
        if (TDBInternal.isTDB2(base) && !TDBInternal.getDatasetGraphTDB(base).getLocation().isMem()) {
            DatabaseMgr.compact(base, true);
        }
    }

    /**
     * Number of papers in the store. Each paper graph carries exactly one {@code <G> prov:generatedAtTime}, so
     * counting those quads streams over one index without collecting the papers in memory.
     */
    public long paperCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            Iterator<Quad> it = base.find(Node.ANY, Node.ANY, Vocab.generatedAtTime.asNode(), Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(q.getSubject())) {
                    n++;
                }
            }
            return n;
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
                    // shared labels: the union graph gives each (subject, value) once, however many graphs hold it
                    Iterator<Quad> it = TextIndexes.isShared(p)
                            ? Iter.map(base.getUnionGraph().find(Node.ANY, p, Node.ANY), t -> Quad.create(TextIndexes.SHARED_GRAPH, t))
                            : base.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Quad q = it.next();
                        var entity = TextIndexes.entity(def, q);
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
}
