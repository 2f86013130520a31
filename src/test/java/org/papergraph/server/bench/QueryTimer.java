package org.papergraph.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.NamedQuery;
import org.papergraph.store.PaperStore;

/**
 * Times one named query in-process on a {@link SyntheticCorpus} store, without HTTP: CPU time of parsing, then of
 * execution with the results consumed, per run. For comparing query shapes without the noise of a shared machine's HTTP load.
 *
 * <pre>QueryTimer STORE_DIR PAPERS QUERY_FILE_OR_NAME RUNS</pre>
 * The query's first parameter ({@code ?arxivId}, {@code ?dataset} or {@code ?q}) gets a random value per run, as in
 * the {@link LoadGenerator}.
 */
public final class QueryTimer {
    /** CPU time, not wall time: other jobs on a shared machine then barely change the figures. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private QueryTimer() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: QueryTimer STORE_DIR PAPERS QUERY_FILE_OR_NAME RUNS");
            System.exit(2);
        }
        int papers = Integer.parseInt(args[1]);
        NamedQuery named = Files.exists(Path.of(args[2])) ? NamedQueries.load(Path.of(args[2])) : NamedQueries.load(args[2]);
        String param = named.params().get(0).name();
        LoadGenerator.Kind kind = Arrays.stream(LoadGenerator.Kind.values()).filter(k -> k.param.equals(param))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no load-test parameter ?" + param));
        LoadGenerator.Template template = LoadGenerator.Template.of(named, param);
        int runs = Integer.parseInt(args[3]);
        Random r = new Random(42);
        try (PaperStore store = PaperStore.open(Path.of(args[0]))) {
            Dataset ds = store.queryDataset();
            for (int round = 0; round < 2; round++) { // the first round warms up the JIT and the caches
                long parse = 0;
                long exec = 0;
                long rows = 0;
                long wall = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    String text = template.with(LoadGenerator.value(kind, r, papers));
                    long t0 = CPU.getCurrentThreadCpuTime();
                    Query q = QueryFactory.create(text);
                    long t1 = CPU.getCurrentThreadCpuTime();
                    rows += Txn.calculateRead(ds, () -> {
                        try (QueryExecution qe = QueryExecution.create(q, ds)) {
                            return (long) ResultSetFormatter.consume(qe.execSelect());
                        }
                    });
                    parse += t1 - t0;
                    exec += CPU.getCurrentThreadCpuTime() - t1;
                }
                wall = System.nanoTime() - wall;
                System.out.printf("%s round %d: %d runs, CPU per query: parse %.3f ms, execute %.3f ms (wall %.3f ms), %.1f rows%n",
                        named.name(), round, runs, parse / 1e6 / runs, exec / 1e6 / runs, wall / 1e6 / runs, (double) rows / runs);
            }
        }
    }

}
