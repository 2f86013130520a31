package org.papergraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Makes the minted IRIs dereferenceable: {@code /paper/{slug}} and {@code /entity/{key}} stand for
 * {@code {base}paper/{slug}} and {@code {base}entity/{key}}. Browsers get an HTML page; RDF clients get the
 * resource's {@code DESCRIBE} in the format they ask for; unknown resources are 404.
 */
final class ResourceServlet extends HttpServlet {
    private final DatasetGraph dataset;
    private final String base;

    ResourceServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Paths.of(request);
        // The raw (still percent-encoded) path, so the IRI is exactly the one minted.
        String local = path.substring(1);
        Optional<Node> iri = iri(local);
        if (iri.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> type = Negotiation.choose(request, true);
        if (type.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        response.setHeader("Vary", "Accept");
        if (type.get().equals(Negotiation.HTML))
            html(request, response, iri.get(), local);
        else
            rdf(response, iri.get(), type.get());
    }

    /** {@code paper/x} or {@code entity/x} → the IRI under the base, if it is a well-formed IRI. */
    Optional<Node> iri(String local) {
        String slug = local.substring(local.indexOf('/') + 1);
        if (slug.isEmpty())
            return Optional.empty();
        String iri = base + local;
        try {
            IRIx parsed = IRIx.create(iri);
            if (parsed.hasViolations() || !parsed.isReference())
                return Optional.empty();
        } catch (IRIException e) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createURI(iri));
    }

    private void html(HttpServletRequest request, HttpServletResponse response, Node iri, String local) throws IOException {
        Optional<ResourceView> view = ResourceView.load(dataset, iri);
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri.getURI());
            return;
        }
        long depth = local.chars().filter(c -> c == '/').count();
        String page = new ResourcePage(base, "../".repeat((int) depth)).render(view.get());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private void rdf(HttpServletResponse response, Node iri, String mediaType) throws IOException {
        Query describe = QueryFactory.create();
        describe.setQueryDescribeType();
        describe.addDescribeNode(iri);
        // Serialise inside the read transaction: the describe graph is computed from the store.
        boolean found = Txn.calculateRead(dataset, () -> {
            Graph graph;
            try (QueryExec exec = QueryExec.dataset(dataset).query(describe).build()) {
                graph = exec.describe();
            }
            if (graph.isEmpty())
                return false;
            response.setContentType(mediaType);
            response.setCharacterEncoding("UTF-8");
            try {
                RDFDataMgr.write(response.getOutputStream(), graph, Negotiation.lang(mediaType));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        });
        if (!found)
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri.getURI());
    }
}
