package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dereferenceable paper and entity IRIs: HTML for browsers, RDF by content negotiation, 404 for unknowns. */
class ResourcePagesTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static PaperGraphServer server;

    @BeforeAll
    static void start() {
        server = PaperGraphServer.create().dataset(TestGraph.create()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) {
        return Http.get(server.url() + path, "Accept", accept);
    }

    @Test
    void paperPageForBrowsers() {
        HttpResponse<String> r = get("paper/" + TestGraph.PAPER1, BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<h1>" + TestGraph.TITLE1 + "</h1>"), html);
        assertTrue(html.contains("href=\"../entity/" + TestGraph.METHOD + "\""), "entities link to their local pages");
        assertTrue(html.contains("href=\"" + TestGraph.CODE + "\""), "code link");
        assertTrue(html.contains("81.5%") && html.contains("accuracy"), "results table");
        assertTrue(html.contains("pg:Paper"), "type");
    }

    @Test
    void entityPageShowsLabelAliasesPapersCodeAndResults() {
        String html = get("entity/" + TestGraph.METHOD, BROWSER).body();
        assertTrue(html.contains("<h1>RouteMix</h1>"), html);
        assertTrue(html.contains("Also known as: Route-Mix"));
        assertTrue(html.contains("pg:proposes") && html.contains("href=\"../../paper/" + TestGraph.PAPER1 + "\""),
                "papers that propose it, linked relative to the page");
        assertTrue(html.contains(TestGraph.CODE), "code of the proposing paper");
        assertTrue(html.contains("81.5%"));
        String dataset = get("entity/" + TestGraph.DATASET, BROWSER).body();
        assertTrue(dataset.contains("pg:usesDataset"));
        assertTrue(dataset.contains("paper/" + TestGraph.PAPER2), "both papers using it");
    }

    @Test
    void everythingFromTheDataIsEscaped() {
        String html = get("paper/" + TestGraph.PAPER2, BROWSER).body();
        assertFalse(html.contains("<script>"), "markup in a title must not reach the page");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Friends")
                || html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Friends"), html);
        assertFalse(html.contains("href=\"javascript:"), "only http(s) IRIs become links");
    }

    @Test
    void rdfByContentNegotiation() {
        for (String type : new String[]{"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"}) {
            HttpResponse<String> r = get("paper/" + TestGraph.PAPER1, type);
            assertEquals(200, r.statusCode(), type);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type);
            assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(type)).parse(m);
            assertTrue(m.contains(m.createResource(TestGraph.paper(TestGraph.PAPER1).getURI()), DCTerms.title, TestGraph.TITLE1), type);
        }
        Model entity = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("entity/" + TestGraph.METHOD, "text/turtle").body(), RDFLanguages.TURTLE).parse(entity);
        assertTrue(entity.contains(null, RDFS.label, "RouteMix"));
        assertEquals(200, Http.get(server.url() + "entity/" + TestGraph.METHOD + "?format=jsonld").statusCode());
    }

    @Test
    void curlDefaultGetsTurtleAndUnknownGets404() {
        HttpResponse<String> r = get("paper/" + TestGraph.PAPER1, "*/*");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(404, get("paper/9999.99999", BROWSER).statusCode());
        assertEquals(404, get("paper/9999.99999", "text/turtle").statusCode());
        assertEquals(404, get("entity/", BROWSER).statusCode());
        assertEquals(406, get("paper/" + TestGraph.PAPER1, "image/png").statusCode());
    }

    @Test
    void ownBaseMapsServerPathsToMintedIris() {
        PaperGraphServer other = PaperGraphServer.create().dataset(TestGraph.create()).port(0)
                .base("https://example.org/elsewhere/").build().start();
        try {
            // The data was minted under the default base, so under another base the same path names nothing.
            assertEquals(404, Http.get(other.url() + "paper/" + TestGraph.PAPER1, "Accept", "text/turtle").statusCode());
        } finally {
            other.stop();
        }
    }
}
