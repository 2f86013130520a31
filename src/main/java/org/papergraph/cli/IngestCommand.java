package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.pipeline.Ingest;
import org.papergraph.pipeline.IngestReport;
import org.papergraph.pipeline.ProgressListener;
import org.papergraph.source.InputProblem;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph ingest}: read feeds, extract facts, store one named graph per paper. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads papers (HF Daily Papers pages and JSON, arXiv Atom, JSONL; directories and .gz too;"
                + " - for stdin), extracts facts and stores them in the TDB2 store.",
                "A paper seen again is merged with its stored version (earlier sources and metadata kept, the"
                        + " arXiv key wins); the same input twice changes nothing.",
                "Exit code 0: all input went in; 3: some input was skipped or repaired (listed); 1: error."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;
    @Mixin
    LexiconOption lexicon;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or - (stdin).")
    List<String> inputs;
    @Option(names = "--batch", defaultValue = "1000", description = "Papers per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;
    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    Integer threads;
    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: when on a terminal).")
    Boolean progress;
    @Option(names = "--compact", description = "Compact the store afterwards: TDB2 keeps replaced blocks until"
            + " compaction, so a store loaded in many batches is several times its live size.")
    boolean compact;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PaperStore s = PaperStore.open(store.dir)) {
            Ingest.Builder b = Ingest.into(s).extractor(lexicon.extractor()).batchSize(batch)
                    .progress(progress == null || progress
                            ? ProgressBarListener.forTerminal(progress != null) : ProgressListener.NONE);
            if (threads != null) {
                b.threads(threads);
            }
            IngestReport r = b.build().run(inputs);
            for (InputProblem p : r.problems()) {
                err.printf("%s:%d: %s%n", p.file(), p.line(), p.message());
            }
            out.printf("papers read: %d listings, %d distinct; new %d, updated %d, unchanged %d; %d facts;"
                            + " skipped input: %d; %.1f s (%.0f papers/s); store holds %d papers%n",
                    r.listings(), r.papers(), r.added(), r.updated(), r.unchanged(), r.facts(),
                    r.problems().size(), r.elapsed().toMillis() / 1000.0, r.papersPerSecond(), s.paperCount());
            if (compact && r.added() + r.updated() > 0) {
                s.compact();
                out.println("store compacted");
            }
            out.flush();
            return r.hasProblems() ? PaperGraphCli.EXIT_PARTIAL : 0;
        }
    }
}
