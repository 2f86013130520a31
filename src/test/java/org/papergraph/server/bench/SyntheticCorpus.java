package org.papergraph.server.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityFact;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Evidence;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Fact;
import org.papergraph.extract.LinkFact;
import org.papergraph.extract.Relation;
import org.papergraph.extract.ResultFact;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.RdfMapper;
import org.papergraph.source.Paper;
import org.papergraph.source.SourceFormat;
import org.papergraph.source.SourceRef;
import org.papergraph.store.PaperStore;
import org.papergraph.store.WriteSummary;

/**
 * A deterministic synthetic corpus for load tests: made-up papers (invented words, never real titles) with the
 * facts an extraction would give — a proposed method, datasets, a model, a task, a code link and a result —
 * mapped by the real {@link RdfMapper} and written through {@link PaperStore#write} in batches, so the served
 * graph has the production shape and text index. Paper {@code i} has arXiv id {@link #arxivId(int)}.
 *
 * <pre>java -cp ... org.papergraph.server.bench.SyntheticCorpus STORE_DIR PAPERS</pre>
 */
public final class SyntheticCorpus {
    public static final int DATASETS = 400;
    public static final int MODELS = 300;
    public static final int TASKS = 60;
    private static final String[] SYLLABLES = {"zor", "bla", "qui", "ven", "tar", "mox", "lin", "dra", "pex", "sul",
            "rho", "kai", "nem", "fyr", "gla", "tov", "wex", "yan", "cru", "lob"};
    private static final String[] NOUNS = {"routing", "attention", "distillation", "alignment", "retrieval",
            "tokenization", "planning", "compression", "sampling", "grounding"};
    private static final String[] ADJECTIVES = {"sparse", "adaptive", "scalable", "robust", "efficient", "causal",
            "multimodal", "hierarchical", "contrastive", "latent"};
    private static final Instant GENERATED = Instant.parse("2026-01-01T00:00:00Z");

    private SyntheticCorpus() {
    }

    /** Synthetic arXiv-style id of paper {@code i}: {@code 25MM.NNNNN}. */
    public static String arxivId(int i) {
        return String.format("25%02d.%05d", 1 + (i / 90_000) % 12, i % 90_000);
    }

    /** An invented word, the same for the same {@code n}. */
    static String word(int n, int syllables) {
        StringBuilder sb = new StringBuilder();
        int x = n;
        for (int k = 0; k < syllables; k++) {
            sb.append(SYLLABLES[Math.floorMod(x, SYLLABLES.length)]);
            x = x / SYLLABLES.length + 7 * k + 3;
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    public static String datasetName(int d) {
        return word(d * 31 + 5, 3) + "-" + (d % 10) + "k";
    }

    public static String modelName(int m) {
        return word(m * 17 + 11, 2) + "-" + (1 + m % 70) + "B";
    }

    static String methodName(int i) {
        return word(i, 3) + (i % 97);
    }

    static Paper paper(int i) {
        Random r = new Random(i);
        String id = arxivId(i);
        String method = methodName(i);
        String title = method + ": " + cap(ADJECTIVES[r.nextInt(ADJECTIVES.length)]) + " "
                + NOUNS[r.nextInt(NOUNS.length)] + " for " + word(r.nextInt(TASKS), 2).toLowerCase() + " tasks";
        return Paper.builder()
                .key("arxiv:" + id)
                .arxivId(id)
                .sourceId(id)
                .title(title)
                .abstractText(abstractText(i, r))
                .authors(List.of(word(r.nextInt(5000), 2) + " " + word(r.nextInt(5000), 3),
                        word(r.nextInt(5000), 2) + " " + word(r.nextInt(5000), 2)))
                .published(LocalDate.of(2025, 1, 1).plusDays(i % 365))
                .categories(List.of("cs.LG"))
                .source(new SourceRef("synthetic.jsonl", i + 1, SourceFormat.JSONL))
                .build();
    }

    private static String abstractText(int i, Random r) {
        return "We propose " + methodName(i) + ", a " + ADJECTIVES[r.nextInt(ADJECTIVES.length)] + " approach to "
                + NOUNS[r.nextInt(NOUNS.length)] + ". It reaches " + (50 + i % 50) + ".5% accuracy on "
                + datasetName(dataset(i, 0)) + ". Code is at https://github.com/synthetic/" + methodName(i).toLowerCase() + ".";
    }

    /** The k-th dataset paper i uses: skewed so some datasets are popular, like real ones. */
    static int dataset(int i, int k) {
        int v = Math.floorMod(i * 7919 + k * 104_729, DATASETS * DATASETS);
        return (int) Math.sqrt(v); // 0..DATASETS-1, low ids less frequent, high ids more
    }

    static Extraction extraction(Paper p, int i) {
        Random r = new Random(i * 31L);
        String sentence = p.abstractText();
        List<Fact> facts = new ArrayList<>();
        Entity method = entity(methodName(i), EntityType.METHOD);
        facts.add(new EntityFact(Relation.PROPOSES, method, method.name(), evidence(sentence, method.name(), "proposes.we-propose")));
        Entity firstDataset = null;
        for (int k = 0; k < 2; k++) {
            Entity d = entity(datasetName(dataset(i, k)), EntityType.DATASET);
            firstDataset = firstDataset == null ? d : firstDataset;
            facts.add(new EntityFact(Relation.DATASET, d, d.name(), evidence(sentence, d.name(), "dataset.lexicon")));
        }
        Entity model = entity(modelName(r.nextInt(MODELS)), EntityType.MODEL);
        facts.add(new EntityFact(Relation.MODEL, model, model.name(), evidence(sentence, model.name(), "model.size-suffix")));
        Entity task = entity(word(r.nextInt(TASKS), 2) + " classification", EntityType.TASK);
        facts.add(new EntityFact(Relation.TASK, task, task.name(), evidence(sentence, task.name(), "task.lexicon")));
        String url = "https://github.com/synthetic/" + method.name().toLowerCase();
        facts.add(new LinkFact(Relation.CODE, url, url, evidence(sentence, url, "link.code-host")));
        String value = (50 + i % 50) + ".5%";
        facts.add(new ResultFact(method, "accuracy", value, 50 + i % 50 + 0.5, "%", firstDataset,
                evidence(sentence, value, "result.reaches")));
        return new Extraction(p.key(), facts, false, "synthetic-1");
    }

    private static Entity entity(String name, EntityType type) {
        return Entity.of(name, type);
    }

    private static Evidence evidence(String sentence, String mention, String rule) {
        int at = sentence.indexOf(mention);
        return at < 0 ? new Evidence("abstract", sentence, -1, -1, rule, 0.9)
                : new Evidence("abstract", sentence, at, at + mention.length(), rule, 0.9);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Writes papers {@code [from, to)} in batches; returns what the store reported. */
    public static WriteSummary write(PaperStore store, int from, int to, int batchSize) {
        RdfMapper mapper = new RdfMapper();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (int start = from; start < to; start += batchSize) {
            List<PaperGraph> batch = new ArrayList<>(batchSize);
            for (int i = start; i < Math.min(to, start + batchSize); i++) {
                Paper p = paper(i);
                batch.add(mapper.map(p, extraction(p, i), GENERATED));
            }
            WriteSummary s = store.write(batch);
            added += s.added();
            updated += s.updated();
            unchanged += s.unchanged();
        }
        return new WriteSummary(added, updated, unchanged);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SyntheticCorpus STORE_DIR PAPERS");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int papers = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        boolean wrote = false;
        try (PaperStore store = PaperStore.open(dir)) {
            int step = 10_000;
            for (int from = (int) store.paperCount(); from < papers; from += step) {
                wrote = true;
                WriteSummary s = write(store, from, Math.min(papers, from + step), 1000);
                System.out.printf("%,d papers written (%s) after %s%n", Math.min(papers, from + step), s,
                        Duration.ofNanos(System.nanoTime() - t0).withNanos(0));
            }
            System.out.printf("corpus: %,d papers in %s, %.1f s%n", store.paperCount(), dir,
                    (System.nanoTime() - t0) / 1e9);
        }
        if (wrote)
            compact(dir.resolve("tdb2"));
    }

    /**
     * TDB2 is copy-on-write: every write transaction leaves old blocks behind (about 18 GB for 100k papers
     * written in 100 batches). Compaction rewrites the live data into a new generation and deletes the old one.
     */
    static void compact(Path tdb) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
        try {
            DatabaseMgr.compact(dsg, true);
        } finally {
            TDBInternal.expel(dsg);
        }
        System.out.printf("compacted %s in %.1f s%n", tdb, (System.nanoTime() - t0) / 1e9);
    }
}
