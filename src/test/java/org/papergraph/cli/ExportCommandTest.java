package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.export.Fixtures;
import org.papergraph.store.PaperStore;

class ExportCommandTest {
    @TempDir
    Path tmp;

    private Path storeWithFixture() throws Exception {
        Path dir = tmp.resolve("store");
        try (PaperStore store = PaperStore.open(dir)) {
            Fixtures.loadTrig(store.dataset(), "/export/sample.trig");
        }
        return dir;
    }

    @Test
    void formatFromExtensionAndGzip() throws Exception {
        Path store = storeWithFixture();
        Path out = tmp.resolve("out/graph.trig.gz");
        int rc = PaperGraphCli.commandLine().execute("export", "--store", store.toString(), "--out", out.toString(), "-q");
        assertEquals(0, rc);
        DatasetGraph back = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(back);
        }
        assertEquals(3, back.size(), "three named graphs");
    }

    @Test
    void dumpWritesTheSet() throws Exception {
        Path store = storeWithFixture();
        Path dump = tmp.resolve("dump");
        assertEquals(0, PaperGraphCli.commandLine().execute("export", "--store", store.toString(), "--dump",
                dump.toString(), "--dump-version", "v1", "-q"));
        assertTrue(Files.exists(dump.resolve("SHA256SUMS")));
        assertTrue(Files.readString(dump.resolve("void.ttl")).contains("https://w3id.org/papergraph/dumps/v1/papergraph.nq.gz"));
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Path store = storeWithFixture();
        assertEquals(2, PaperGraphCli.commandLine().execute("export", "--store", store.toString(), "--out", "x.docx"));
        assertEquals(2, PaperGraphCli.commandLine().execute("export", "--store", tmp.resolve("none").toString()));
        assertEquals(2, PaperGraphCli.commandLine().execute("export", "--store", store.toString(), "--type", "Gadget"));
    }
}
