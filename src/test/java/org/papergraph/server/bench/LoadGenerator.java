package org.papergraph.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
        LOOKUP("paper-by-arxiv-id", 70), DATASET("papers-using-dataset", 15), SEARCH("entity-search", 15);

        final String query;
        final int percent;

        Kind(String query, int percent) {
            this.query = query;
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

    public record Report(List<Figures> figures, double seconds, int clients) {
        public Figures total() {
            return figures.get(figures.size() - 1);
        }
    }

    private final String endpoint;
    private final int papers;
    /** Percent per kind; -Dpapergraph.loadtest.mix=100,0,0 sends lookups only. */
    private final int[] mix = Arrays.stream(System.getProperty("papergraph.loadtest.mix",
            Arrays.stream(Kind.values()).map(k -> String.valueOf(k.percent)).reduce((a, b) -> a + "," + b).orElseThrow())
            .split(",")).mapToInt(x -> Integer.parseInt(x.strip())).toArray();
    private final Map<Kind, NamedQuery> queries = new EnumMap<>(Kind.class);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public LoadGenerator(String serverUrl, int papers) {
        URI uri = URI.create(serverUrl);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost()))
            throw new IllegalArgumentException("load tests run against loopback only, not " + uri.getHost());
        this.endpoint = serverUrl.replaceFirst("/?$", "/") + "papergraph/sparql";
        this.papers = papers;
        // -Dpapergraph.loadtest.queries=DIR measures candidate versions of the named queries (DIR/NAME.rq).
        String dir = System.getProperty("papergraph.loadtest.queries");
        for (Kind k : Kind.values()) {
            Path candidate = dir == null ? null : Path.of(dir, k.query + ".rq");
            queries.put(k, candidate != null && Files.exists(candidate) ? NamedQueries.load(candidate) : NamedQueries.load(k.query));
        }
    }

    /** One request of the given kind with random parameters; returns true when the answer is right. */
    boolean send(Kind kind, Random r) throws IOException, InterruptedException {
        String expect;
        Map<String, Node> params;
        switch (kind) {
            case LOOKUP -> {
                expect = SyntheticCorpus.arxivId(r.nextInt(papers));
                params = Map.of("arxivId", NodeFactory.createLiteralString(expect));
            }
            case DATASET -> {
                String name = SyntheticCorpus.datasetName(SyntheticCorpus.dataset(r.nextInt(papers), 0));
                expect = "\"bindings\"";
                params = Map.of("dataset", NodeFactory.createLiteralString(name));
            }
            default -> {
                String name = SyntheticCorpus.modelName(r.nextInt(SyntheticCorpus.MODELS));
                expect = "\"bindings\"";
                params = Map.of("q", NodeFactory.createLiteralString(name.substring(0, name.indexOf('-'))));
            }
        }
        String query = queries.get(kind).bind(params).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains(expect);
    }

    /** Runs {@code clients} threads until {@code maxRequests} or {@code duration}, whichever comes first. */
    public Report run(int clients, Duration duration, long maxRequests) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong budget = new AtomicLong(maxRequests);
        List<List<long[]>> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
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
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
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
        pool.shutdown();
        List<long[]> all = perClient.stream().flatMap(List::stream).toList();
        List<Figures> figures = new ArrayList<>();
        for (Kind k : Kind.values())
            figures.add(figures(k.name().toLowerCase(), all.stream().filter(s -> s[0] == k.ordinal()).toList(), seconds));
        figures.add(figures("all", all, seconds));
        return new Report(figures, seconds, clients);
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
        LoadGenerator load = new LoadGenerator(args[0], Integer.parseInt(args[1]));
        int clients = Integer.parseInt(args[2]);
        // Warm-up: JIT and caches, not counted.
        load.run(clients, Duration.ofSeconds(5), 2_000);
        Report report = load.run(clients, Duration.ofSeconds(Long.parseLong(args[3])), Long.parseLong(args[4]));
        System.out.printf("load: %d clients, %.1f s, mix %s%n", clients, report.seconds(),
                Arrays.stream(Kind.values()).map(k -> k.query + " " + load.mix[k.ordinal()] + "%").toList());
        report.figures().forEach(System.out::println);
        System.exit(report.total().errors() == 0 ? 0 : 1);
    }
}
