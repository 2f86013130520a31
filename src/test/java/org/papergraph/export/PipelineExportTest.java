package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.papergraph.store.PaperStore;

/** Export of stores built by the real pipeline: examples/ always, the seeds when ../shared is present. */
class PipelineExportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void examplesRoundTripInEveryFormat(ExportFormat format) {
        roundTrip(Fixtures.examplesStore().dataset(), format);
    }

    @Tag("slow")
    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQUADS", "TRIG", "TURTLE", "JSONLD"})
    void seedsRoundTrip(ExportFormat format) {
        roundTrip(Fixtures.seedsStore().dataset(), format);
    }

    @Test
    void examplesDumpSetMatchesTheStore() throws Exception {
        dumpAndCheck(Fixtures.examplesStore());
    }

    @Tag("slow")
    @Test
    void seedsDumpSetMatchesTheStore() throws Exception {
        dumpAndCheck(Fixtures.seedsStore());
    }

    private void dumpAndCheck(PaperStore store) throws Exception {
        Path dir = tmp.resolve("dump");
        DumpSet.Report report = DumpSet.create().dataset(store.dataset()).directory(dir).build().write();
        DumpSetTest.assertVoidMatchesStore(store.dataset(), dir.resolve("void.ttl"), report);
        List<List<String>> papers = DumpSetTest.parseCsv(Files.readString(dir.resolve("tables/papers.csv")));
        assertEquals(store.paperCount(), papers.size() - 1, "one CSV row per paper");
        assertTrue(Files.exists(dir.resolve("ontology/papergraph.ttl")), "ontology copied");
        assertTrue(Files.exists(dir.resolve("ontology/shapes.ttl")), "shapes copied");
    }

    private static void roundTrip(Dataset store, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary s = Exporter.create().dataset(store).format(format).build().writeTo(out);
        assertTrue(s.triples() > 0);
        RoundTripTest.assertSameContent(store, RoundTripTest.read(new ByteArrayInputStream(out.toByteArray()), format), format);
    }
}
