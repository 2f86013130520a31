package org.papergraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.prometheus.PrometheusMetricsProvider;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.NamedQuery;
import org.papergraph.rdf.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PaperGraph's SPARQL server: embedded Fuseki over the store's dataset, read-only and safe by default.
 * <pre>
 *   PaperGraphServer server = PaperGraphServer.create().dataset(store.dataset()).port(3030).build().start();
 * </pre>
 * Endpoints: {@code /papergraph/sparql} and {@code /papergraph/query} (SPARQL query, GET and POST),
 * {@code /papergraph/get} (graph store protocol, read), {@code /paper/*} and {@code /entity/*}
 * (dereferenceable IRIs), {@code /} (query page), {@code /$/ping}, {@code /$/metrics} (loopback only),
 * and, when configured, {@code POST /papergraph/ingest}. There is no update endpoint.
 */
public final class PaperGraphServer {
    private static final Logger LOG = LoggerFactory.getLogger(PaperGraphServer.class);

    private final FusekiServer fuseki;
    private final String host;
    private final DirectoryWatcher watcher;

    private PaperGraphServer(FusekiServer fuseki, String host, DirectoryWatcher watcher) {
        this.fuseki = fuseki;
        this.host = host;
        this.watcher = watcher;
    }

    public static Builder create() {
        return new Builder();
    }

    public PaperGraphServer start() {
        fuseki.start();
        if (watcher != null)
            watcher.start();
        LOG.info("PaperGraph SPARQL endpoint at {}", url() + "papergraph/sparql");
        return this;
    }

    public void stop() {
        if (watcher != null)
            watcher.close();
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port in use (the allocated one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://host:port/}, with a loopback or wildcard bind shown as {@code localhost}. */
    public String url() {
        boolean local = host.equals("0.0.0.0") || host.equals("::") || OpsGate.isLoopback(host);
        String h = local ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** Options in Fuseki's builder style; defaults are the safe ones. */
    public static final class Builder {
        private Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private QueryLimits limits = QueryLimits.DEFAULT;
        private boolean admin;
        private IngestHandler ingest;
        private BasicCredentials credentials;
        private long maxUploadBytes = 256L << 20;
        private Path watchDir;
        private Duration watchInterval = Duration.ofSeconds(2);
        private String base = Vocab.BASE;
        private boolean ui = true;
        private List<NamedQuery> namedQueries;

        private Builder() {
        }

        /** The dataset to serve; its context gets the query limits and SERVICE switched off. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Address to bind; loopback by default, {@code 0.0.0.0} to publish. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** Port; 0 picks a free one (see {@link PaperGraphServer#port()}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder limits(QueryLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /** Adds Fuseki's admin operations ({@code /$/server, /$/stats, /$/tasks, /$/compact}), loopback clients only. */
        public Builder admin(boolean admin) {
            this.admin = admin;
            return this;
        }

        /** Installs {@code POST /papergraph/ingest}, guarded by HTTP basic authentication. */
        public Builder ingest(IngestHandler handler, BasicCredentials credentials) {
            this.ingest = Objects.requireNonNull(handler);
            this.credentials = Objects.requireNonNull(credentials);
            return this;
        }

        /** Largest accepted upload body. */
        public Builder maxUploadBytes(long bytes) {
            this.maxUploadBytes = bytes;
            return this;
        }

        /** Ingests new or changed files under {@code dir} through {@code handler} while serving. */
        public Builder watch(Path dir, Duration interval, IngestHandler handler) {
            this.watchDir = Objects.requireNonNull(dir);
            this.watchInterval = Objects.requireNonNull(interval);
            if (this.ingest == null)
                this.ingest = handler;
            return this;
        }

        /** The base the data's IRIs were minted under (default {@link Vocab#BASE}). */
        public Builder base(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
            return this;
        }

        /** Serve the query page at {@code /} (default on). */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /** The example queries for the page (default: the bundled named queries). */
        public Builder namedQueries(List<NamedQuery> queries) {
            this.namedQueries = List.copyOf(queries);
            return this;
        }

        public PaperGraphServer build() {
            Objects.requireNonNull(dataset, "dataset");
            DatasetGraph dsg = dataset.asDatasetGraph();
            limits.applyTo(dsg.getContext());
            // One writer at a time for uploads and the watcher; readers are never blocked (TDB2 MR+SW).
            IngestHandler serial = ingest == null ? null : serialised(ingest);
            boolean ingestEndpoint = serial != null && credentials != null;

            PrometheusMetricsProvider metrics = new PrometheusMetricsProvider();
            // Fuseki fills this registry with its per-operation counters and JVM figures; we add latencies.
            MeterRegistry registry = metrics.getMeterRegistry();
            DataService.Builder service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .registerOperation(Operation.Query, new SafeQueryAction(limits.maxRows()))
                    .add(Paths.DATASET, service)
                    .enablePing(true)
                    .enableMetrics(true)
                    .addServletAttribute(Fuseki.attrMetricsProvider, metrics)
                    // Filters run in this order, all before Fuseki's dispatch.
                    .addFilter("/*", new RequestMetrics(registry))
                    .addFilter("/*", new ReadOnlyCors())
                    .addFilter("/*", new OpsGate(admin))
                    .addFilter(Paths.DATASET + "/*", new DatasetGuard(limits, ingestEndpoint))
                    .addServlet(Paths.PAPER + "*", new ResourceServlet(dsg, base))
                    .addServlet(Paths.ENTITY + "*", new ResourceServlet(dsg, base));
            if (ingestEndpoint)
                fb.addServlet(Paths.INGEST, new IngestServlet(serial, credentials, maxUploadBytes));
            if (ui) {
                UiServlet page = new UiServlet(namedQueries != null ? namedQueries
                        : NamedQueries.names().stream().map(NamedQueries::load).toList());
                fb.addServlet("", page).addServlet(Paths.UI_ASSETS + "*", page);
            }
            if (admin)
                fb.enableStats(true).enableTasks(true).enableCompact(true)
                        .addServlet("/$/server", new ActionServerStatus());
            FusekiServer fuseki = fb.build();
            bind(fuseki, host);
            DirectoryWatcher watcher = watchDir == null ? null : new DirectoryWatcher(watchDir, watchInterval, serial);
            return new PaperGraphServer(fuseki, host, watcher);
        }

        private static IngestHandler serialised(IngestHandler handler) {
            Object lock = new Object();
            return (name, body) -> {
                synchronized (lock) {
                    return handler.ingest(name, body);
                }
            };
        }

        /** Fuseki's builder only knows "loopback or all"; set the exact address on its connector. */
        private static void bind(FusekiServer fuseki, String host) {
            for (Connector c : fuseki.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
        }
    }
}
