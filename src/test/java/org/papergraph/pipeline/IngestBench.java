package org.papergraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleExtractor;
import org.papergraph.store.PaperStore;

/**
 * Ingest throughput through the whole pipeline (read, merge with stored versions, extract, map, TDB2 on disk):
 * {@code mvn -P bench test -Dtest=IngestBench [-Dbench.papers=20000]}. Prints papers/s, store size and heap;
 * asserts only the counts, never a time.
 */
@Tag("bench")
class IngestBench {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final int PAPERS = Integer.getInteger("bench.papers", 20_000);

    @TempDir
    Path dir;

    @Test
    void seeds() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: no seed benchmark");
        Path storeDir = dir.resolve("seeds-store");
        try (PaperStore store = PaperStore.open(storeDir)) {
            Ingest ingest = Ingest.into(store).extractor(RuleExtractor.create()).build();
            long[] cpu = new long[1];
            IngestReport first = timed(ingest, SEEDS, cpu);
            assertEquals(443, first.added());
            print("seeds, fresh store", first, cpu[0], storeDir);
            IngestReport again = timed(ingest, SEEDS, cpu);
            assertEquals(443, again.unchanged());
            print("seeds, identical re-ingest", again, cpu[0], storeDir);
            compact(store, storeDir);
        }
    }

    @Test
    void syntheticCorpus() throws IOException {
        Path corpus = dir.resolve("synthetic.jsonl");
        Path overlap = dir.resolve("overlap.jsonl");
        long bytes = Synthetic.write(corpus, 0, PAPERS, false);
        int overlapping = PAPERS / 10;
        Synthetic.write(overlap, PAPERS - overlapping / 2, overlapping, true); // half known, half new
        System.out.printf("synthetic corpus: %d papers, %.1f MB of JSONL%n", PAPERS, bytes / 1e6);
        Path storeDir = dir.resolve("synthetic-store");
        Extractor rules = RuleExtractor.create();
        try (PaperStore store = PaperStore.open(storeDir)) {
            Ingest ingest = Ingest.into(store).extractor(rules).build();
            long[] cpu = new long[1];
            IngestReport first = timed(ingest, corpus, cpu);
            assertEquals(PAPERS, first.added(), first.problems().toString());
            print("synthetic, fresh store", first, cpu[0], storeDir);
            compact(store, storeDir);
            IngestReport again = timed(ingest, corpus, cpu);
            assertEquals(PAPERS, again.unchanged());
            print("synthetic, identical re-ingest", again, cpu[0], storeDir);
            IngestReport more = timed(ingest, overlap, cpu);
            assertEquals(overlapping / 2, more.updated(), "known papers seen again gain a source");
            assertEquals(overlapping - overlapping / 2, more.added());
            print("synthetic, overlapping feed", more, cpu[0], storeDir);
            compact(store, storeDir);
            phases(store, corpus, rules);
            assertEquals(PAPERS + overlapping - overlapping / 2, store.paperCount());
        }
    }

    /** Process CPU time: the machine is shared, so papers per CPU-second is the figure that compares across runs. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static IngestReport timed(Ingest ingest, Path input, long[] cpu) {
        long c0 = cpuNanos();
        IngestReport r = ingest.run(List.of(input.toString()));
        cpu[0] = cpuNanos() - c0;
        return r;
    }

    private static void compact(PaperStore store, Path storeDir) {
        long t0 = System.nanoTime();
        store.compact();
        System.out.printf("%-30s %.1f s; store on disk %6.1f MB (files' length %6.1f MB)%n", "compacted",
                (System.nanoTime() - t0) / 1e9, diskUsage(storeDir) / 1e6, size(storeDir) / 1e6);
    }

    /** Where a run's CPU goes: extraction alone, and the stored-version lookups alone, on the filled store. */
    private static void phases(PaperStore store, Path corpus, Extractor rules) {
        List<org.papergraph.source.Paper> papers = new java.util.ArrayList<>();
        org.papergraph.source.Sources.read(List.of(corpus.toString()), papers::add, p -> { });
        long c0 = cpuNanos();
        long facts = papers.stream().mapToLong(p -> rules.extract(p).facts().size()).sum();
        long extract = cpuNanos() - c0;
        StoredVersions lookups = new StoredVersions(store, java.util.Set.of());
        c0 = cpuNanos();
        long known = 0;
        for (int from = 0; from < papers.size(); from += 1000) {
            known += lookups.resolve(papers.subList(from, Math.min(papers.size(), from + 1000))).size();
        }
        long lookup = cpuNanos() - c0;
        System.out.printf("phases over %d papers: extraction %.1f CPU-s (%.0f papers/CPU-s, %d facts);"
                        + " stored-version lookups %.1f CPU-s (%.0f papers/CPU-s)%n", papers.size(), extract / 1e9,
                papers.size() / (extract / 1e9), facts, lookup / 1e9, known / (lookup / 1e9));
    }

    private static void print(String what, IngestReport r, long cpu, Path storeDir) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long live = rt.totalMemory() - rt.freeMemory();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.out.printf("%-30s %6d papers (%d new, %d updated, %d unchanged): wall %6.1f s = %5.0f papers/s;"
                        + " CPU %6.1f s = %5.0f papers/CPU-s; store on disk %6.1f MB (files' length %6.1f MB);"
                        + " heap live %4.0f MB, peak %5.0f MB of %5.0f MB%n",
                what, r.papers(), r.added(), r.updated(), r.unchanged(), r.elapsed().toMillis() / 1000.0,
                r.papersPerSecond(), cpu / 1e9, r.papers() / (cpu / 1e9), diskUsage(storeDir) / 1e6,
                size(storeDir) / 1e6, live / 1e6, peak / 1e6, rt.maxMemory() / 1e6);
    }

    /** Blocks really allocated ({@code du}): TDB2 grows its memory-mapped files sparsely in 8 MB steps. */
    private static long diskUsage(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 ? Long.parseLong(out.split("\\s+")[0]) * 1024 : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Invented papers with abstracts shaped like real ones (proposal, method, datasets, a result, sometimes code);
     * every name is made up from syllables, apart from a few widely used benchmark and model names the extractor's
     * lexicon knows. Deterministic: paper {@code i} is the same in every file.
     */
    static final class Synthetic {
        private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "tor", "sel", "qu", "dex", "pho",
            "zen", "ari", "bel", "cor", "nym", "tis", "vo", "lux", "gra", "fen"};
        private static final String[] SUFFIX = {"Net", "Former", "GPT", "Diff", "RL", "Mamba", "Seg", "BERT", "", "-X"};
        private static final String[] TASKS = {"image classification", "question answering", "text-to-image generation",
            "semantic segmentation", "machine translation", "code generation", "speech recognition",
            "mathematical reasoning", "object detection", "retrieval-augmented generation", "video understanding"};
        private static final String[] DATASETS = {"ImageNet", "COCO", "GSM8K", "MMLU", "HumanEval", "SQuAD",
            "ADE20K", "LibriSpeech", "MATH", "Kinetics-400", "WMT14", "CIFAR-10"};
        private static final String[] MODELS = {"Llama-2-7B", "GPT-4", "Mistral-7B", "ResNet-50", "ViT-B/16", "T5-base",
            "CLIP", "Stable Diffusion"};
        private static final String[] METRICS = {"accuracy", "F1", "BLEU", "mIoU", "exact match", "pass@1", "WER"};
        private static final String[] ADJ = {"lightweight", "scalable", "sparse", "hierarchical", "self-supervised",
            "training-free", "multimodal", "efficient", "robust", "adaptive"};
        private static final String[] NOUN = {"attention mechanism", "mixture of experts", "retrieval framework",
            "diffusion sampler", "reward model", "token pruning scheme", "state space model", "data curation pipeline"};

        private Synthetic() {
        }

        /** Writes papers {@code from .. from+n-1}; {@code resighted} gives them a second source id, a new file line. */
        static long write(Path file, int from, int n, boolean resighted) throws IOException {
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                for (int i = from; i < from + n; i++) {
                    w.write(line(i, resighted));
                    w.newLine();
                }
            }
            return Files.size(file);
        }

        static String line(int i, boolean resighted) {
            Random r = new Random(i * 7919L);
            String name = name(r);
            String task = pick(r, TASKS);
            String ds1 = pick(r, DATASETS);
            String ds2 = pick(r, DATASETS);
            String base = pick(r, MODELS);
            String title = name + ": " + cap(pick(r, ADJ)) + " " + pick(r, NOUN) + " for " + task + " (" + i + ")";
            StringBuilder a = new StringBuilder();
            a.append("Recent progress in ").append(task).append(" relies on ever larger models, yet ")
                    .append(pick(r, NOUN)).append("s remain costly to train and hard to deploy. ");
            a.append("We propose ").append(name).append(", a ").append(pick(r, ADJ)).append(' ').append(pick(r, NOUN))
                    .append(" that builds on ").append(base).append(" and learns which inputs need full computation. ");
            a.append(name).append(" combines a ").append(pick(r, ADJ)).append(" encoder with a ").append(pick(r, NOUN))
                    .append(", and is trained on ").append(ds1).append(" with a curriculum over sequence length. ");
            a.append("On the ").append(ds2).append(" benchmark, ").append(name).append(" reaches ")
                    .append(String.format("%.1f", 40 + r.nextDouble() * 55)).append("% ").append(pick(r, METRICS))
                    .append(", outperforming ").append(base).append(" by ").append(String.format("%.1f", r.nextDouble() * 6))
                    .append(" points while using ").append(10 + r.nextInt(80)).append("% less memory. ");
            a.append("Ablations show that each component contributes, and that the gains hold across ")
                    .append(2 + r.nextInt(9)).append(" languages and model sizes from 1B to ").append(7 + r.nextInt(64))
                    .append("B parameters.");
            if (r.nextInt(3) == 0) {
                a.append(" Code is available at https://github.com/example-").append(i % 97).append('/')
                        .append(name.toLowerCase()).append('.');
            }
            // two thirds are arXiv papers; the others are known by title only
            String id = i % 3 != 2 ? String.format("2611.%05d", i) : (resighted ? "resighted-" : "syn-") + i;
            return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + a
                    + "\", \"authors\": [\"" + cap(name(r).toLowerCase()) + " " + cap(name(r).toLowerCase()) + "\"]}";
        }

        private static String name(Random r) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = 2 + r.nextInt(2); k < n; k++) {
                sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            return cap(sb.toString()) + SUFFIX[r.nextInt(SUFFIX.length)];
        }

        private static String pick(Random r, String[] xs) {
            return xs[r.nextInt(xs.length)];
        }

        private static String cap(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
