package org.papergraph.export;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes (a selection of) a PaperGraph dataset in one RDF format, inside one read transaction.
 * N-Triples, N-Quads, Turtle and TriG stream quad by quad in bounded memory; JSON-LD and RDF/XML collect the
 * selection in memory first (their writers need the whole graph) and warn when it is large.
 *
 * <pre>{@code
 * ExportSummary s = Exporter.create().dataset(ds).format(ExportFormat.NQUADS).build().writeTo(out);
 * }</pre>
 */
public final class Exporter {
    private static final Logger LOG = LoggerFactory.getLogger(Exporter.class);
    /** Above this many statements an in-memory format gets a warning (roughly 1 GB of heap). */
    static final long IN_MEMORY_WARN = 2_000_000;
    private static final int PROGRESS_EVERY = 10_000;

    private final DatasetGraph dsg;
    private final ExportFormat format;
    private final Selection selection;
    private final LongConsumer progress;
    private final PrefixMap prefixes;

    private Exporter(Builder b) {
        this.dsg = Objects.requireNonNull(b.dsg, "dataset");
        this.format = Objects.requireNonNull(b.format, "format");
        this.selection = b.selection;
        this.progress = b.progress;
        this.prefixes = b.prefixes != null ? b.prefixes : Prefixes.standard();
    }

    public static Builder create() {
        return new Builder();
    }

    /** Writes the selection to {@code out} (not closed) and reports what was written. */
    public ExportSummary writeTo(OutputStream out) {
        long start = System.nanoTime();
        long n = inRead(() -> format.streams() ? stream(out) : whole(out));
        return new ExportSummary(n, Duration.ofNanos(System.nanoTime() - start));
    }

    private long inRead(java.util.function.Supplier<Long> action) {
        if (dsg.isInTransaction() || !dsg.supportsTransactions()) {
            return action.get();
        }
        return Txn.calculateRead(dsg, action);
    }

    private long stream(OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streamFormat());
        writer.start();
        if (format != ExportFormat.NTRIPLES && format != ExportFormat.NQUADS) {
            prefixes.forEach(writer::prefix);
        }
        long n = forEachSelected(format.keepsGraphs() ? writer::quad : q -> writer.triple(q.asTriple()));
        writer.finish();
        return n;
    }

    private long whole(OutputStream out) {
        if (format == ExportFormat.JSONLD) {
            DatasetGraph copy = DatasetGraphFactory.create();
            long n = forEachSelected(copy::add);
            prefixes.forEach(copy.prefixes()::add);
            JsonLdCompactor.write(copy, out);
            return n;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        long n = forEachSelected(q -> graph.add(q.asTriple()));
        prefixes.forEach(graph.getPrefixMapping()::setNsPrefix);
        RDFDataMgr.write(out, graph, format.streamFormat());
        return n;
    }

    /** Feeds the selected quads to {@code sink}, reporting progress; returns how many there were. */
    private long forEachSelected(Consumer<Quad> sink) {
        long n = 0;
        Iterator<Quad> quads = SelectedQuads.find(dsg, selection, !format.keepsGraphs());
        try {
            while (quads.hasNext()) {
                sink.accept(quads.next());
                if (++n % PROGRESS_EVERY == 0) {
                    progress.accept(n);
                }
                if (n == IN_MEMORY_WARN && !format.streams()) {
                    LOG.warn("{} holds the whole selection in memory and it exceeds {} statements; use N-Quads, "
                            + "TriG or Turtle for large exports, or a selection", format, IN_MEMORY_WARN);
                }
            }
        } finally {
            Iter.close(quads);
        }
        progress.accept(n);
        return n;
    }

    /** Configures an {@link Exporter}. */
    public static final class Builder {
        private DatasetGraph dsg;
        private ExportFormat format = ExportFormat.NQUADS;
        private Selection selection = Selection.all();
        private LongConsumer progress = n -> { };
        private PrefixMap prefixes;

        public Builder dataset(Dataset ds) {
            this.dsg = ds.asDatasetGraph();
            return this;
        }

        public Builder dataset(DatasetGraph dsg) {
            this.dsg = dsg;
            return this;
        }

        public Builder format(ExportFormat f) {
            this.format = f;
            return this;
        }

        public Builder selection(Selection s) {
            this.selection = s == null ? Selection.all() : s;
            return this;
        }

        /** Called with the running count every 10,000 statements and once at the end. */
        public Builder progress(LongConsumer p) {
            this.progress = p;
            return this;
        }

        /** Prefixes for Turtle, TriG, RDF/XML and JSON-LD (default: {@link Prefixes#standard()}). */
        public Builder prefixes(PrefixMap p) {
            this.prefixes = p;
            return this;
        }

        public Exporter build() {
            return new Exporter(this);
        }
    }
}
