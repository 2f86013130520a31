package org.papergraph.api;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.papergraph.api.internal.Params;
import org.papergraph.api.internal.Queries;
import org.papergraph.api.internal.Values;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Names;
import org.papergraph.extract.RuleExtractor;
import org.papergraph.pipeline.Ingest;
import org.papergraph.pipeline.IngestReport;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.NamedQuery;
import org.papergraph.rdf.Vocab;
import org.papergraph.source.Paper;
import org.papergraph.store.PaperStore;

/**
 * The PaperGraph library facade: typed questions about papers, entities, code and results, named queries
 * and raw SPARQL — over a local TDB2 store ({@link #open(Path)}) or a remote PaperGraph/Fuseki endpoint
 * ({@link #connect(URI)}) with the same methods and the same answers.
 *
 * <pre>{@code
 * try (PaperGraphClient pg = PaperGraphClient.open(Path.of("papergraph-data"))) {
 *     pg.paperByArxivId("2401.00001").ifPresent(p -> System.out.println(p.title()));
 *     pg.leaderboard("ImageNet").forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Entities are named as people write them: by canonical name or alias, ignoring case, or by anything that
 * normalises to the same key ({@code ResNet-50} = {@code resnet50}). Parameters are bound to the parsed query
 * as RDF terms, never pasted into query text. A client is meant for one thread at a time; local store
 * transactions belong to the calling thread, so consume a {@link #select} stream on the thread that opened it.
 */
public final class PaperGraphClient implements AutoCloseable {
    /** Wraps results' terms as {@link RDFNode}s; never holds data. */
    private static final Model TERMS = ModelFactory.createDefaultModel();
    private static final int MAX_LINEAGE = 50;

    private final RDFLink link;
    /** The local store, or null when remote or wrapping a caller's dataset. */
    private final PaperStore store;
    private final boolean ownsStore;
    private final boolean remote;

    private PaperGraphClient(RDFLink link, PaperStore store, boolean ownsStore, boolean remote) {
        this.link = link;
        this.store = store;
        this.ownsStore = ownsStore;
        this.remote = remote;
    }

    /**
     * Opens the local store in {@code storeDir} (as built by {@code papergraph ingest}). Closing the client
     * closes the store.
     *
     * @throws IllegalArgumentException when the directory does not exist
     */
    public static PaperGraphClient open(Path storeDir) {
        if (!Files.isDirectory(storeDir)) {
            throw new IllegalArgumentException("no PaperGraph store at " + storeDir.toAbsolutePath());
        }
        PaperStore store = PaperStore.open(storeDir);
        return new PaperGraphClient(RDFLinkFactory.connect(store.dataset().asDatasetGraph()), store, true, false);
    }

    /** A client over a store the caller manages (closing the client leaves the store open); can ingest. */
    public static PaperGraphClient of(PaperStore store) {
        return new PaperGraphClient(RDFLinkFactory.connect(store.dataset().asDatasetGraph()), store, false, false);
    }

    /**
     * A read-only client over any dataset the caller has open (closing the client leaves it open). Queries run
     * on its default graph, which for PaperGraph stores is the union of the paper graphs.
     */
    public static PaperGraphClient of(Dataset dataset) {
        return new PaperGraphClient(RDFLinkFactory.connect(dataset.asDatasetGraph()), null, false, false);
    }

    /**
     * Connects to a remote endpoint over HTTP: either the SPARQL query URL
     * ({@code http://host:3030/papergraph/sparql}) or the dataset URL ({@code http://host:3030/papergraph}).
     */
    public static PaperGraphClient connect(URI endpoint) {
        String url = endpoint.toString();
        var builder = RDFLinkHTTP.newBuilder();
        if (url.endsWith("/sparql") || url.endsWith("/query")) {
            builder.queryEndpoint(url);
        } else {
            builder.destination(url).queryEndpoint("sparql");
        }
        return new PaperGraphClient(builder.build(), null, false, true);
    }

    /** Whether this client talks to a remote endpoint. */
    public boolean isRemote() {
        return remote;
    }

    // ---- ingest --------------------------------------------------------------------------------------------

    /**
     * Reads, extracts (with the default rule extractor) and stores papers from files, directories
     * ({@code .gz} too) or {@code -} for stdin. Problems in the input are reported, not thrown.
     *
     * @throws UnsupportedOperationException on a remote or read-only client: ingest needs the local store
     */
    public IngestReport ingest(List<String> inputs) {
        return ingester().run(inputs);
    }

    /** Extracts and stores papers already read (see {@link #ingest(List)}). */
    public IngestReport ingest(Collection<Paper> papers) {
        return ingester().papers(papers);
    }

    private Ingest ingester() {
        if (store == null) {
            throw new UnsupportedOperationException(remote
                    ? "ingest needs a local store: this client is connected to a remote endpoint; run "
                    + "'papergraph ingest' on the server's store instead"
                    : "ingest needs a PaperStore: open the client with open(Path) or of(PaperStore)");
        }
        return Ingest.into(store).extractor(RuleExtractor.create()).build();
    }

    // ---- papers ------------------------------------------------------------------------------------------

    /** The paper with this arXiv id ({@code 2401.00001}; a version suffix such as {@code v2} is ignored). */
    public Optional<PaperInfo> paperByArxivId(String arxivId) {
        String id = arxivId.strip().replaceFirst("(?i)^arxiv:", "").replaceFirst("v\\d+$", "");
        return rows("paper-by-arxiv", Map.of("id", Params.toNode(id)), PaperGraphClient::paper).stream().findFirst();
    }

    /** Papers whose title is exactly {@code title}, ignoring case and surrounding spaces. */
    public List<PaperInfo> papersByTitle(String title) {
        return rows("papers-by-title", Map.of("wanted", Params.toNode(title.strip())), PaperGraphClient::paper);
    }

    /** Papers that propose the named entity (method, model, dataset...). */
    public List<PaperInfo> papersProposing(String entityName) {
        return papersWith(Vocab.proposes.getURI(), entityName);
    }

    /**
     * Papers that use the named entity: {@code DATASET}/{@code BENCHMARK} (usesDataset), {@code MODEL}
     * (usesModel), {@code METHOD} (usesMethod) or {@code TASK} (addressesTask).
     */
    public List<PaperInfo> papersUsing(EntityType type, String entityName) {
        String relation = switch (type) {
            case DATASET, BENCHMARK -> Vocab.usesDataset.getURI();
            case MODEL -> Vocab.usesModel.getURI();
            case METHOD -> Vocab.usesMethod.getURI();
            case TASK -> Vocab.addressesTask.getURI();
            default -> throw new IllegalArgumentException("papers do not 'use' a " + type.label()
                    + "; use DATASET, BENCHMARK, MODEL, METHOD or TASK");
        };
        return papersWith(relation, entityName);
    }

    private List<PaperInfo> papersWith(String relation, String entityName) {
        Map<String, Node> params = entityParams(entityName);
        params.put("relation", NodeFactory.createURI(relation));
        return rows("papers-with-entity", params, PaperGraphClient::paper);
    }

    // ---- code, results, usage ------------------------------------------------------------------------------

    /** Code repositories released by the papers that propose the named method or model. */
    public List<CodeRepository> codeRepositoriesFor(String entityName) {
        return rows("code-for", entityParams(entityName), b -> new CodeRepository(Values.string(b, "repository"),
                Objects.requireNonNullElse(Values.string(b, "url"), Values.string(b, "repository")),
                Values.string(b, "paper"), Objects.requireNonNullElse(Values.string(b, "title"), "")));
    }

    /** Every result reported on the named dataset: grouped by metric, best value first. */
    public List<LeaderboardEntry> leaderboard(String datasetName) {
        return rows("leaderboard", entityParams(datasetName), b -> new LeaderboardEntry(Values.string(b, "subject"),
                Values.string(b, "metric"), Values.number(b, "value"), Values.string(b, "valueText"),
                Values.string(b, "paper"), Objects.requireNonNullElse(Values.string(b, "title"), "")));
    }

    /**
     * The entities of a type used by the most papers dated within {@code [from, to]} (both inclusive; null =
     * open). A paper's date is its publication date, else the day it was featured; with both bounds null,
     * undated papers count too.
     */
    public List<EntityUsage> mostUsed(EntityType type, LocalDate from, LocalDate to, int limit) {
        Map<String, Node> params = new LinkedHashMap<>();
        params.put("cls", NodeFactory.createURI(Vocab.NS + type.label()));
        params.put("from", Params.toNode(from == null ? "0000-01-01" : from.toString()));
        params.put("to", Params.toNode(to == null ? "9999-12-31" : to.toString()));
        params.put("anyDate", Params.toNode(from == null && to == null));
        Query q = Queries.api("most-used").cloneQuery();
        q.setLimit(limit);
        return rows(q, params, b -> new EntityUsage(Values.string(b, "e"), Values.string(b, "label"),
                Values.count(b, "papers")));
    }

    // ---- entities ------------------------------------------------------------------------------------------

    /** Entities whose name or alias contains {@code text} (ignoring case); exact names first. */
    public List<EntityInfo> searchEntities(String text, int limit) {
        Query q = Queries.api("entities").cloneQuery();
        q.setLimit(limit);
        return rows(q, Map.of("text", Params.toNode(text.strip()), "exact", Params.toNode(false)), PaperGraphClient::entity);
    }

    /** Entities named exactly {@code name} (canonical name or alias, ignoring case). */
    public List<EntityInfo> findEntities(String name) {
        return rows(Queries.api("entities"), Map.of("text", Params.toNode(name.strip()), "exact", Params.toNode(true)),
                PaperGraphClient::entity);
    }

    /** The entity with this IRI, if the graph types it. */
    public Optional<EntityInfo> entity(String iri) {
        Node e = NodeFactory.createURI(iri);
        return rows("entity", Map.of("e", e), b -> b.get("type") == null ? null
                : new EntityInfo(iri, Values.string(b, "type"), Values.string(b, "label"), Values.aliases(b, "aliases")))
                .stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * A model's lineage: the model, what it is based on, what that is based on, and so on (first parent by IRI
     * when there are several; stops at a cycle). Empty when no entity has that name.
     */
    public List<EntityInfo> lineage(String modelName) {
        List<EntityInfo> start = findEntities(modelName);
        if (start.isEmpty()) {
            return List.of();
        }
        EntityInfo current = start.stream().filter(e -> "Model".equals(e.type())).findFirst().orElse(start.get(0));
        List<EntityInfo> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && seen.add(current.iri()) && chain.size() < MAX_LINEAGE) {
            chain.add(current);
            String iri = current.iri();
            current = rows("based-on", Map.of("e", NodeFactory.createURI(iri)), b -> Values.string(b, "parent"))
                    .stream().findFirst()
                    .map(p -> entity(p).orElse(new EntityInfo(p, "", p, List.of())))
                    .orElse(null);
        }
        return chain;
    }

    // ---- named and raw queries -----------------------------------------------------------------------------

    /** The project's named queries ({@code queries/*.rq}), with their declared parameters. */
    public List<NamedQuery> namedQueries() {
        return NamedQueries.names().stream().map(NamedQueries::load).toList();
    }

    /**
     * Runs a named SELECT query with parameters bound by name (values as in {@link #select(String, Map)}).
     * Consume and close the stream on this thread.
     *
     * @throws IllegalArgumentException for an unknown query or a parameter the query does not declare
     */
    public Stream<Map<String, RDFNode>> namedQuery(String name, Map<String, ?> params) {
        NamedQuery q = NamedQueries.load(name);
        Map<String, Node> nodes = toNodes(params);
        q.bind(nodes); // rejects parameters the query does not declare
        return select(q.query(), nodes);
    }

    /** Raw SPARQL SELECT, streamed. Close the stream (try-with-resources) on the thread that opened it. */
    public Stream<Map<String, RDFNode>> select(String sparql) {
        return select(sparql, Map.of());
    }

    /**
     * Raw SPARQL SELECT with parameters: each key names a variable, each value becomes an RDF term
     * (String → literal, {@link URI} → IRI, numbers, Boolean, {@link LocalDate}, RDF nodes) substituted into
     * the parsed query. A parameter replaces its variable everywhere, so do not bind a variable the query
     * orders by. Streamed; close the stream on the thread that opened it.
     */
    public Stream<Map<String, RDFNode>> select(String sparql, Map<String, ?> params) {
        return select(QueryFactory.create(sparql), toNodes(params));
    }

    private Stream<Map<String, RDFNode>> select(Query query, Map<String, Node> params) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("select() runs SELECT queries; this is " + query.queryType());
        }
        boolean began = !link.isInTransaction();
        if (began) {
            link.begin(ReadWrite.READ);
        }
        QueryExec exec;
        try {
            exec = exec(query, params);
        } catch (RuntimeException e) {
            if (began) {
                link.end();
            }
            throw e;
        }
        RowSet rows = exec.select();
        List<Var> vars = rows.getResultVars();
        Stream<Map<String, RDFNode>> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(rows, java.util.Spliterator.ORDERED), false)
                .map(b -> solution(vars, b));
        return stream.onClose(() -> {
            try {
                exec.close();
            } finally {
                if (began) {
                    link.end();
                }
            }
        });
    }

    /** Raw SPARQL SELECT, each row handed to {@code action}; everything is closed on return. */
    public void select(String sparql, Map<String, ?> params, Consumer<Map<String, RDFNode>> action) {
        try (Stream<Map<String, RDFNode>> rows = select(sparql, params)) {
            rows.forEach(action);
        }
    }

    @Override
    public void close() {
        try {
            link.close();
        } finally {
            if (ownsStore) {
                store.close();
            }
        }
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    private <T> List<T> rows(String apiQuery, Map<String, Node> params, Function<Binding, T> row) {
        return rows(Queries.api(apiQuery), params, row);
    }

    private <T> List<T> rows(Query query, Map<String, Node> params, Function<Binding, T> row) {
        return Txn.calculateRead(link, () -> {
            try (QueryExec exec = exec(query, params)) {
                List<T> out = new ArrayList<>();
                exec.select().forEachRemaining(b -> out.add(row.apply(b)));
                return out;
            }
        });
    }

    /** Substitution replaces variables in the parsed query with terms; locally and over HTTP alike. */
    private QueryExec exec(Query query, Map<String, Node> params) {
        QueryExecBuilder b = link.newQuery().query(query.cloneQuery());
        params.forEach(b::substitution);
        return b.build();
    }

    private static Map<String, Node> toNodes(Map<String, ?> params) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        params.forEach((k, v) -> nodes.put(k.startsWith("?") || k.startsWith("$") ? k.substring(1) : k, Params.toNode(v)));
        return nodes;
    }

    private static Map<String, Node> entityParams(String name) {
        Map<String, Node> params = new LinkedHashMap<>();
        params.put("name", Params.toNode(name.strip()));
        params.put("entityKey", Params.toNode(Names.key(name)));
        return params;
    }

    private static Map<String, RDFNode> solution(List<Var> vars, Binding b) {
        Map<String, RDFNode> row = new LinkedHashMap<>();
        for (Var v : vars) {
            Node n = b.get(v);
            if (n != null) {
                row.put(v.getVarName(), TERMS.asRDFNode(n));
            }
        }
        return row;
    }

    private static PaperInfo paper(Binding b) {
        return new PaperInfo(Values.string(b, "paper"), Values.string(b, "paperKey"), Values.string(b, "arxivId"),
                Values.string(b, "title"), Values.date(b, "published"), Values.date(b, "featured"));
    }

    private static EntityInfo entity(Binding b) {
        return new EntityInfo(Values.string(b, "e"), Values.string(b, "type"), Values.string(b, "label"),
                Values.aliases(b, "aliases"));
    }
}
