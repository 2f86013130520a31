package org.papergraph.pipeline;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.RdfMapper;
import org.papergraph.source.InputProblem;
import org.papergraph.source.Paper;
import org.papergraph.source.PaperMerger;
import org.papergraph.source.SourceRef;
import org.papergraph.source.Sources;
import org.papergraph.store.PaperStore;
import org.papergraph.store.WriteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest pipeline: sources -> papers (merged by identity) -> merged with their stored versions -> extraction
 * -> RDF -> store. Each batch is looked up in one read transaction and written in one write transaction, so a
 * failure never leaves a half-written paper and earlier batches stay stored; extraction and mapping run in
 * parallel. Because a known paper is merged with what is stored before it is extracted, its graph keeps every
 * source it was ever read from and the metadata earlier runs gave.
 *
 * <pre>{@code
 * IngestReport r = Ingest.into(store).extractor(RuleExtractor.create()).build().run(List.of("examples"));
 * }</pre>
 */
public final class Ingest {
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final PaperStore store;
    private final Extractor extractor;
    private final RdfMapper mapper = new RdfMapper();
    private final int batchSize;
    private final int threads;
    private final ProgressListener progress;

    private Ingest(Builder b) {
        this.store = b.store;
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.batchSize = b.batchSize;
        this.threads = b.threads;
        this.progress = b.progress;
    }

    public static Builder into(PaperStore store) {
        return new Builder(store);
    }

    /** Ingests files, directories ({@code .gz} too) or {@code -} for stdin. */
    public IngestReport run(List<String> inputs) {
        return collectAndStore((papers, problems) -> Sources.read(inputs, papers, problems));
    }

    /** Ingests one stream, e.g. an HTTP request body; {@code name} appears in problems. */
    public IngestReport run(String name, InputStream in) {
        return collectAndStore((papers, problems) -> Sources.read(name, in, papers, problems));
    }

    /** Ingests papers already read. */
    public IngestReport papers(Collection<Paper> papers) {
        return collectAndStore((sink, problems) -> papers.forEach(sink));
    }

    private IngestReport collectAndStore(BiConsumer<Consumer<Paper>, Consumer<InputProblem>> reader) {
        long t0 = System.nanoTime();
        PaperMerger merger = new PaperMerger();
        List<InputProblem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger listings = new AtomicInteger();
        progress.started("reading", -1);
        reader.accept(p -> {
            listings.incrementAndGet();
            merger.add(p);
        }, problems::add);
        progress.finished();
        List<Paper> papers = merger.papers();
        int[] counts = new int[3];
        AtomicLong facts = new AtomicLong();
        Instant now = Instant.now();
        progress.started("ingesting", papers.size());
        ForkJoinPool pool = new ForkJoinPool(threads);
        StoredVersions stored = new StoredVersions(store,
                papers.stream().map(Paper::key).collect(Collectors.toSet()));
        try {
            for (int from = 0; from < papers.size(); from += batchSize) {
                List<StoredVersions.Resolved> batch = stored.resolve(
                        papers.subList(from, Math.min(papers.size(), from + batchSize)));
                List<PaperGraph> graphs = pool.submit(() -> batch.parallelStream()
                        .map(r -> toGraph(r.paper(), now, problems, facts))
                        .filter(Objects::nonNull)
                        .toList()).get();
                // a superseded graph goes only with its successor: a paper whose extraction failed keeps it
                Map<String, List<String>> replaces = new HashMap<>();
                batch.forEach(r -> replaces.put(r.paper().key(), r.replaces()));
                WriteSummary s = store.write(graphs, replaces);
                counts[0] += s.added();
                counts[1] += s.updated();
                counts[2] += s.unchanged();
                progress.advanced(Math.min(papers.size(), from + batchSize));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
            progress.finished();
        }
        List<InputProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(InputProblem::file).thenComparingInt(InputProblem::line));
        return new IngestReport(listings.get(), papers.size(), counts[0], counts[1], counts[2], facts.get(),
                sorted, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** One paper through extraction and mapping; a failure skips that paper only, naming where it came from. */
    private PaperGraph toGraph(Paper p, Instant now, List<InputProblem> problems, AtomicLong facts) {
        try {
            Extraction e = extractor.extract(p);
            facts.addAndGet(e.facts().size());
            return mapper.map(p, e, now);
        } catch (RuntimeException ex) {
            SourceRef where = p.sources().isEmpty() ? new SourceRef("?", 0, null) : p.sources().get(0);
            LOG.debug("extraction failed for {}", p.key(), ex);
            problems.add(new InputProblem(where.file(), where.line(),
                    "paper skipped, extraction failed: " + ex));
            return null;
        }
    }

    /** Builder in Jena's style: {@code Ingest.into(store).extractor(x).batchSize(500).build()}. */
    public static final class Builder {
        private final PaperStore store;
        private Extractor extractor;
        private int batchSize = 1000;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder(PaperStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder extractor(Extractor e) {
            this.extractor = e;
            return this;
        }

        /** Papers per write transaction. */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("batch size must be positive");
            }
            this.batchSize = n;
            return this;
        }

        public Builder threads(int n) {
            this.threads = Math.max(1, n);
            return this;
        }

        public Builder progress(ProgressListener p) {
            this.progress = p == null ? ProgressListener.NONE : p;
            return this;
        }

        public Ingest build() {
            return new Ingest(this);
        }
    }
}
