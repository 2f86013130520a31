package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.papergraph.pipeline.Ingest;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.BasicCredentials;
import org.papergraph.server.PaperGraphServer;
import org.papergraph.server.PipelineIngest;
import org.papergraph.server.QueryLimits;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code papergraph serve}: the store as a read-only SPARQL endpoint (embedded Fuseki), until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: SPARQL query at /papergraph/sparql (and /papergraph/query),"
                + " graph store read at /papergraph/get, paper and entity pages at /paper/... and /entity/...,"
                + " a query page at /, health at /$/ping, metrics at /$/metrics (from this host only).",
                "Read-only and safe by default: no SPARQL Update, no SERVICE, query timeouts, a row cap,"
                        + " loopback address. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;
    @Mixin
    LexiconOption lexicon;
    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 publishes on all interfaces.")
    String host;
    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--timeout", defaultValue = "10,60", paramLabel = "FIRST[,TOTAL]",
            description = "Query timeouts in seconds: until the first result, and in total (default: ${DEFAULT-VALUE}).")
    String timeout;
    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N",
            description = "Cap on result rows per query (default: ${DEFAULT-VALUE}).")
    long maxRows;
    @Option(names = "--admin", description = "Add Fuseki's admin operations (/$/server, /$/stats, /$/tasks,"
            + " /$/compact), answered for clients on this host only.")
    boolean admin;
    @Option(names = "--watch", paramLabel = "DIR", description = "Ingest new and changed files under DIR while serving.")
    Path watch;
    @Option(names = "--watch-interval", defaultValue = "2", paramLabel = "SECONDS",
            description = "How often --watch looks for files (default: ${DEFAULT-VALUE}).")
    double watchInterval;
    @Option(names = "--ingest-password-file", paramLabel = "FILE",
            description = "Enables POST /papergraph/ingest with HTTP basic auth; FILE holds 'user:password'"
                    + " (or just a password, user 'ingest').")
    Path passwordFile;
    @Option(names = "--max-upload", defaultValue = "256", paramLabel = "MB",
            description = "Largest accepted upload (default: ${DEFAULT-VALUE} MB).")
    long maxUploadMb;
    @Option(names = "--base", paramLabel = "URL",
            description = "IRI base the data was minted under, served at /paper/... and /entity/... (default: " + Vocab.BASE + ").")
    String base = Vocab.BASE;
    @Option(names = "--ui", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Serve the query page at / (default: on).")
    boolean ui;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        QueryLimits limits = limits();
        PrintWriter out = spec.commandLine().getOut();
        PaperStore s = PaperStore.open(store.dir);
        PaperGraphServer server;
        try {
            PaperGraphServer.Builder b = PaperGraphServer.create().dataset(s.queryDataset()).host(host).port(port)
                    .limits(limits).admin(admin).base(base).ui(ui).maxUploadBytes(maxUploadMb << 20);
            if (passwordFile != null || watch != null) {
                PipelineIngest pipeline = new PipelineIngest(Ingest.into(s).extractor(lexicon.extractor()).build());
                if (passwordFile != null)
                    b.ingest(pipeline, BasicCredentials.fromFile(passwordFile));
                if (watch != null)
                    b.watch(watch, Duration.ofMillis((long) (watchInterval * 1000)), pipeline);
            }
            server = b.build().start();
        } catch (RuntimeException | IOException e) {
            s.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            s.close();
        }, "papergraph-serve-stop"));
        out.printf("PaperGraph: %d papers at %spapergraph/sparql (query page %s)%n", s.paperCount(), server.url(), server.url());
        if (passwordFile != null)
            out.printf("Ingest: POST %spapergraph/ingest (basic auth)%n", server.url());
        if (watch != null)
            out.printf("Watching %s%n", watch);
        out.flush();
        server.join();
        return 0;
    }

    /** {@code --timeout 10,60} or {@code --timeout 5} (then total = 6 x first, as Fuseki's defaults relate). */
    private QueryLimits limits() {
        try {
            String[] parts = timeout.split(",", 2);
            double first = Double.parseDouble(parts[0].strip());
            double total = parts.length == 2 ? Double.parseDouble(parts[1].strip()) : first * 6;
            return new QueryLimits(Duration.ofMillis((long) (first * 1000)), Duration.ofMillis((long) (total * 1000)), maxRows);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--timeout/--max-rows: " + e.getMessage());
        }
    }
}
