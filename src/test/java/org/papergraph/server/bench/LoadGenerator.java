package org.papergraph.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.NamedQuery;

/**
 * Sends a mix of the project's named queries to a running server from many concurrent clients, bounded in
 * requests and time, and reports throughput, latency percentiles and errors per query kind. Loopback only:
 * the target must be a 127.0.0.1/localhost URL. Parameters refer to the {@link SyntheticCorpus}.
 *
 * <pre>LoadGenerator URL PAPERS CLIENTS SECONDS MAX_REQUESTS</pre>
 */
public final class LoadGenerator {
    /** The query mix: mostly simple lookups, as a public endpoint sees. */
    public enum Kind {
        LOOKUP("paper-by-arxiv-id", "arxivId", 70), DATASET("papers-using-dataset", "dataset", 15),
        SEARCH("entity-search", "q", 15);

        final String query;
        final String param;
        final int percent;

        Kind(String query, String param, int percent) {
            this.query = query;
            this.param = param;
            this.percent = percent;
        }
    }

    /** Figures for one kind (or all): count, errors, requests per second and latency percentiles in ms. */
    public record Figures(String kind, long requests, long errors, double perSecond, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format("%-9s requests=%-8d errors=%-3d q/s=%8.1f  p50=%7.2f ms  p99=%7.2f ms  max=%8.2f ms",
                    kind, requests, errors, perSecond, p50, p99, max);
        }
    }

    /**
     * The figures plus CPU seconds used during the run by this client JVM and by the server (when its pid is known):
     * CPU per request is far less sensitive to other jobs on a shared machine than requests per second.
     */
    public record Report(List<Figures> figures, double seconds, int clients, double clientCpu, double serverCpu) {
        public Figures total() {
            return figures.get(figures.size() - 1);
        }

        String cpu() {
            long n = Math.max(1, total().requests());
            String server = serverCpu < 0 ? "server n/a" : String.format("server %.2f ms/request", 1000 * serverCpu / n);
            return String.format("CPU: %s, load generator %.2f ms/request (%.0f%% of one core)", server,
                    1000 * clientCpu / n, 100 * clientCpu / seconds);
        }
    }

    private final URL endpoint;
    private final int papers;
    /** Percent per kind; -Dpapergraph.loadtest.mix=100,0,0 sends lookups only. */
    private final int[] mix = Arrays.stream(System.getProperty("papergraph.loadtest.mix",
            Arrays.stream(Kind.values()).map(k -> String.valueOf(k.percent)).reduce((a, b) -> a + "," + b).orElseThrow())
            .split(",")).mapToInt(x -> Integer.parseInt(x.strip())).toArray();
    private final Map<Kind, Template> templates = new EnumMap<>(Kind.class);
    /** The server process, when -Dpapergraph.loadtest.serverPid names it (for its CPU time). */
    private final ProcessHandle server = Long.getLong("papergraph.loadtest.serverPid") == null ? null
            : ProcessHandle.of(Long.getLong("papergraph.loadtest.serverPid")).orElse(null);

    public LoadGenerator(String serverUrl, int papers) {
        URI uri = URI.create(serverUrl);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost()))
            throw new IllegalArgumentException("load tests run against loopback only, not " + uri.getHost());
        this.endpoint = toUrl(serverUrl.replaceFirst("/?$", "/") + "papergraph/sparql");
        this.papers = papers;
        // -Dpapergraph.loadtest.queries=DIR measures candidate versions of the named queries (DIR/NAME.rq).
        String dir = System.getProperty("papergraph.loadtest.queries");
        for (Kind k : Kind.values()) {
            Path candidate = dir == null ? null : Path.of(dir, k.query + ".rq");
            NamedQuery q = candidate != null && Files.exists(candidate) ? NamedQueries.load(candidate) : NamedQueries.load(k.query);
            templates.put(k, Template.of(q, k.param));
        }
    }

    /** One request of the given kind with random parameters; returns true when the answer is right. */
    boolean send(Kind kind, Random r) throws IOException {
        String value = value(kind, r, papers);
        String expect = kind == Kind.LOOKUP ? value : "\"bindings\"";
        // The query itself as the body (SPARQL 1.1 Protocol "query via POST directly"): no form encoding on
        // either side. HttpURLConnection with pooled keep-alive connections costs the client several times less
        // CPU per request than java.net.http.HttpClient, and the client shares the cores with the server.
        HttpURLConnection c = (HttpURLConnection) endpoint.openConnection();
        c.setRequestMethod("POST");
        c.setConnectTimeout(5_000);
        c.setReadTimeout(30_000);
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/sparql-query");
        c.setRequestProperty("Accept", "application/sparql-results+json");
        try (OutputStream out = c.getOutputStream()) {
            out.write(templates.get(kind).with(value).getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        // read to the end either way, so the connection goes back to the keep-alive pool
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return status == 200 && body.contains(expect);
        }
    }

    private static URL toUrl(String url) {
        try {
            return URI.create(url).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(url, e);
        }
    }

    /** A random parameter value for a query of this kind on a corpus of {@code papers} synthetic papers. */
    static String value(Kind kind, Random r, int papers) {
        return switch (kind) {
            case LOOKUP -> SyntheticCorpus.arxivId(r.nextInt(papers));
            case DATASET -> SyntheticCorpus.datasetName(SyntheticCorpus.dataset(r.nextInt(papers), 0));
            case SEARCH -> {
                String name = SyntheticCorpus.modelName(r.nextInt(SyntheticCorpus.MODELS));
                yield name.substring(0, name.indexOf('-'));
            }
        };
    }

    /**
     * A named query bound once to a marker value and split around it, so a request only splices in its literal.
     * Parsing, binding and re-serialising the query per request took client CPU from the server it shares the
     * cores with.
     */
    record Template(List<String> parts) {
        private static final String MARKER = "papergraph-loadtest-value";

        static Template of(NamedQuery query, String param) {
            String text = query.bind(Map.of(param, NodeFactory.createLiteralString(MARKER))).toString();
            List<String> parts = List.of(text.split(Pattern.quote('"' + MARKER + '"'), -1));
            if (parts.size() < 2)
                throw new IllegalStateException(query.name() + " does not use its parameter ?" + param);
            return new Template(parts);
        }

        String with(String value) {
            return String.join(FmtUtils.stringForNode(NodeFactory.createLiteralString(value)), parts);
        }
    }

    /** Runs {@code clients} threads until {@code maxRequests} or {@code duration}, whichever comes first. */
    public Report run(int clients, Duration duration, long maxRequests) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong budget = new AtomicLong(maxRequests);
        List<List<long[]>> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        double clientCpu0 = cpuSeconds(ProcessHandle.current());
        double serverCpu0 = cpuSeconds(server);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            List<long[]> samples = new ArrayList<>();
            perClient.add(samples);
            Random r = new Random(1000 + c);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    Kind kind = pick(r, mix);
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = send(kind, r);
                    } catch (IOException e) {
                        ok = false;
                    }
                    samples.add(new long[]{kind.ordinal(), System.nanoTime() - start, ok ? 0 : 1});
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double clientCpu = cpuSeconds(ProcessHandle.current()) - clientCpu0;
        double serverCpu = server == null ? -1 : cpuSeconds(server) - serverCpu0;
        pool.shutdown();
        List<long[]> all = perClient.stream().flatMap(List::stream).toList();
        List<Figures> figures = new ArrayList<>();
        for (Kind k : Kind.values())
            figures.add(figures(k.name().toLowerCase(), all.stream().filter(s -> s[0] == k.ordinal()).toList(), seconds));
        figures.add(figures("all", all, seconds));
        return new Report(figures, seconds, clients, clientCpu, serverCpu);
    }

    private static double cpuSeconds(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    private static Kind pick(Random r, int[] mix) {
        int x = r.nextInt(100);
        for (Kind k : Kind.values()) {
            if (x < mix[k.ordinal()])
                return k;
            x -= mix[k.ordinal()];
        }
        return Kind.LOOKUP;
    }

    private static Figures figures(String kind, List<long[]> samples, double seconds) {
        long[] nanos = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
        long errors = samples.stream().filter(s -> s[2] != 0).count();
        return new Figures(kind, nanos.length, errors, nanos.length / seconds,
                percentile(nanos, 0.50), percentile(nanos, 0.99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0)
            return 0;
        int idx = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadGenerator URL PAPERS CLIENTS SECONDS MAX_REQUESTS");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[2]);
        // keep one idle connection per client (the JDK keeps 5 and would reconnect for the others)
        System.setProperty("http.maxConnections", Integer.toString(clients));
        LoadGenerator load = new LoadGenerator(args[0], Integer.parseInt(args[1]));
        // Warm-up, not counted: the server's JIT needs tens of seconds under load (after 5 s a lookup still cost
        // twice the CPU of the steady state) and the store's pages come into memory.
        long warmup = Long.getLong("papergraph.loadtest.warmup", 30);
        Report warm = load.run(clients, Duration.ofSeconds(warmup), Long.parseLong(args[4]));
        System.out.printf("warm-up: %d requests in %.1f s (%s)%n", warm.total().requests(), warm.seconds(), warm.cpu());
        Report report = load.run(clients, Duration.ofSeconds(Long.parseLong(args[3])), Long.parseLong(args[4]));
        System.out.printf("load: %d clients, %.1f s, mix %s%n", clients, report.seconds(),
                Arrays.stream(Kind.values()).map(k -> k.query + " " + load.mix[k.ordinal()] + "%").toList());
        report.figures().forEach(System.out::println);
        System.out.println(report.cpu());
        System.exit(report.total().errors() == 0 ? 0 : 1);
    }
}
