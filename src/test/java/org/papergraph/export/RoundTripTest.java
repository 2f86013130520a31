package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format: export the fixture store, read it into an empty store, compare graph by graph. */
class RoundTripTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportThenImportIsIsomorphic(ExportFormat format) {
        Dataset store = Fixtures.sampleStore().dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = Exporter.create().dataset(store).format(format).build().writeTo(out);
        assertTrue(summary.triples() > 30, "wrote " + summary);
        DatasetGraph back = read(new ByteArrayInputStream(out.toByteArray()), format);
        assertSameContent(store, back, format);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void gzipFilesRoundTrip(ExportFormat format) throws Exception {
        Dataset store = Fixtures.sampleStore().dataset();
        Path file = tmp.resolve("dump." + format.extension() + ".gz");
        try (Outputs.Target t = Outputs.open(file.toString())) {
            Exporter.create().dataset(store).format(format).build().writeTo(t.stream());
            t.commit();
        }
        assertFalse(Files.exists(tmp.resolve(file.getFileName() + ".part")), "temporary file left behind");
        assertEquals(format, ExportFormat.fromFileName(file.getFileName().toString()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertSameContent(store, read(in, format), format);
        }
    }

    @org.junit.jupiter.api.Test
    void jsonLdIsCompactedWithTheProjectContextEmbedded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.create().dataset(Fixtures.sampleStore().dataset()).format(ExportFormat.JSONLD).build().writeTo(out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\""), json);
        assertTrue(json.contains("\"@version\": 1.1"), "the project's context is embedded, not referenced");
        assertTrue(json.contains("\"title\": \"Quokka"), "terms compacted with ontology/context.jsonld");
        assertFalse(json.contains("\"http://purl.org/dc/terms/title\""), "no expanded IRIs for mapped terms");
    }

    static DatasetGraph read(InputStream in, ExportFormat format) {
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(in).lang(format.lang()).parse(back);
        return back;
    }

    /**
     * The store's triples in memory. TDB2 stores decimals as values: find() yields "2.0"^^xsd:decimal for a
     * stored "2"^^xsd:decimal but contains("2.0") is false, so comparisons run on what the store yields.
     */
    static Graph copy(Graph g) {
        Graph mem = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(mem::add);
        return mem;
    }

    /** Quad formats: each named graph isomorphic; triple formats: the union graph isomorphic. */
    static void assertSameContent(Dataset store, DatasetGraph back, ExportFormat format) {
        Txn.executeRead(store, () -> {
            DatasetGraph dsg = store.asDatasetGraph();
            if (format.keepsGraphs()) {
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                List<Node> backNames = new ArrayList<>();
                back.listGraphNodes().forEachRemaining(backNames::add);
                assertEquals(names.size(), backNames.size(), format + ": graph count");
                for (Node g : names) {
                    Graph expected = copy(dsg.getGraph(g));
                    Graph actual = back.getGraph(g);
                    assertEquals(expected.size(), actual.size(), format + " graph " + g);
                    assertTrue(expected.isIsomorphicWith(actual), format + ": graph " + g + " not isomorphic");
                }
            } else {
                Graph union = copy(dsg.getUnionGraph());
                Graph actual = back.getDefaultGraph();
                assertEquals(union.size(), actual.size(), format + ": union size");
                assertTrue(union.isIsomorphicWith(actual), format + ": union graph not isomorphic");
            }
        });
    }
}
