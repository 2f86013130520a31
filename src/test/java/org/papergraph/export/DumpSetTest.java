package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpSetTest {
    @TempDir
    static Path dir;
    static Dataset store;
    static DumpSet.Report report;

    @BeforeAll
    static void dump() throws Exception {
        store = Fixtures.sampleStore().dataset();
        report = DumpSet.create().dataset(store).directory(dir).generator("papergraph test")
                .created(LocalDate.of(2026, 11, 23)).build().write();
    }

    @Test
    void checksumsCoverEveryFileAndMatch() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("SHA256SUMS"));
        assertEquals(report.files().size() - 1, lines.size());
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertTrue(parts[0].matches("[0-9a-f]{64}"), line);
            assertEquals(parts[0], Checksums.sha256(dir.resolve(parts[1])), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("  tables/papers.csv")));
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("  papergraph.nq.gz")));
    }

    @Test
    void rdfDumpsRoundTrip() throws Exception {
        for (ExportFormat f : DumpSet.RDF_DUMPS) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(DumpSet.fileName(f))))) {
                RoundTripTest.assertSameContent(store, RoundTripTest.read(in, f), f);
            }
        }
    }

    @Test
    void voidCountsMatchTheStore() {
        Model v = assertVoidMatchesStore(store, dir.resolve("void.ttl"), report);
        Resource ds = v.getResource(VoidDescription.DATASET_IRI);
        // 2 papers + quokka, llama2, llama, tabbench, tablequestionanswering (IRIs only; results are blank nodes)
        assertEquals(7, ds.getProperty(v.createProperty(VoidDescription.VOID, "entities")).getLong());
        Property triples = v.createProperty(VoidDescription.VOID, "triples");
        assertEquals(VoidDescription.LICENSE, ds.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals("2026-11-23", ds.getProperty(DCTerms.created).getString());
        assertEquals("papergraph test", ds.getProperty(v.createProperty(VoidDescription.PAV, "createdWith")).getString());
        List<String> dumps = new ArrayList<>();
        ds.listProperties(v.createProperty(VoidDescription.VOID, "dataDump")).forEach(s -> dumps.add(s.getResource().getURI()));
        assertTrue(dumps.contains("https://w3id.org/papergraph/dumps/2026-11-23/papergraph.nq.gz"), dumps.toString());
        Set<String> vocabularies = new HashSet<>();
        ds.listProperties(v.createProperty(VoidDescription.VOID, "vocabulary")).forEach(s -> vocabularies.add(s.getResource().getURI()));
        assertTrue(vocabularies.containsAll(List.of("https://w3id.org/papergraph/ontology#", "http://purl.org/dc/terms/",
                "http://www.w3.org/2004/02/skos/core#")), vocabularies.toString());
        Resource linkset = ds.listProperties(v.createProperty(VoidDescription.VOID, "subset")).mapWith(Statement::getResource)
                .filterKeep(r -> r.hasProperty(v.createProperty(VoidDescription.VOID, "linkPredicate"),
                        v.createResource("https://w3id.org/papergraph/ontology#hasCodeRepository"))).next();
        assertEquals(2, linkset.getProperty(triples).getLong());
    }

    @Test
    void csvTablesAreQuotedAndComplete() throws Exception {
        List<List<String>> papers = parseCsv(Files.readString(dir.resolve("tables/papers.csv")));
        assertEquals(List.of("paper", "key", "arxiv_id", "title", "published", "featured", "graph"), papers.get(0));
        assertEquals(3, papers.size());
        Set<String> titles = new HashSet<>();
        papers.subList(1, 3).forEach(r -> titles.add(r.get(3)));
        assertEquals(Set.of("Quokka: A \"Small\" Model for {Fast} Tables", "Wombat, line one\nline two"), titles);

        List<List<String>> entities = parseCsv(Files.readString(dir.resolve("tables/entities.csv")));
        List<String> llama2 = entities.stream().filter(r -> r.get(2).equals("LLaMA-2")).findFirst().orElseThrow();
        assertEquals("Model", llama2.get(1));
        assertEquals(Set.of("Llama 2", "LLaMA2"), Set.of(llama2.get(3).split("\\|")));

        List<List<String>> edges = parseCsv(Files.readString(dir.resolve("tables/edges.csv")));
        // TabBench used by both papers; the first paper's edge carries its mention's confidence.
        assertTrue(edges.contains(List.of("https://w3id.org/papergraph/paper/arxiv-2401.00001", "usesDataset",
                "https://w3id.org/papergraph/entity/tabbench", "0.8")), edges.toString());
        assertTrue(edges.contains(List.of("https://w3id.org/papergraph/paper/arxiv-2401.00001", "usesModel",
                "https://w3id.org/papergraph/entity/llama2", "")), edges.toString());
        assertEquals(1 + 3 + 3, edges.size(), edges.toString());

        List<List<String>> results = parseCsv(Files.readString(dir.resolve("tables/results.csv")));
        assertTrue(results.contains(List.of("https://w3id.org/papergraph/paper/arxiv-2401.00001", "Quokka", "accuracy",
                "81.5", "81.5%", "TabBench")), results.toString());
        assertEquals(3, parseCsv(Files.readString(dir.resolve("tables/code.csv"))).size());
    }

    @Test
    void graphMlHasPapersEntitiesAndTypedEdges() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("papergraph.graphml").toFile());
        assertEquals(2 + 5, doc.getElementsByTagName("node").getLength());
        // 6 paper-entity edges + basedOn quokka->llama2 and llama2->llama
        assertEquals(8, doc.getElementsByTagName("edge").getLength());
    }

    /** VoID totals, class and property partitions equal counts taken directly from the store's quads. */
    static Model assertVoidMatchesStore(Dataset store, Path voidFile, DumpSet.Report report) {
        Model v = RDFDataMgr.loadModel(voidFile.toString());
        Resource ds = v.getResource(VoidDescription.DATASET_IRI);
        Property triples = v.createProperty(VoidDescription.VOID, "triples");
        Property entities = v.createProperty(VoidDescription.VOID, "entities");
        Map<String, Long> perClass = new HashMap<>();
        Map<String, Long> perProperty = new HashMap<>();
        long[] quads = {0};
        Txn.executeRead(store, () -> {
            DatasetGraph dsg = store.asDatasetGraph();
            Map<Node, Set<Node>> instances = new HashMap<>();
            dsg.find().forEachRemaining(q -> {
                quads[0]++;
                perProperty.merge(q.getPredicate().getURI(), 1L, Long::sum);
                if (q.getPredicate().equals(RDF.type.asNode())) {
                    instances.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
                }
            });
            instances.forEach((c, s) -> perClass.put(c.getURI(), (long) s.size()));
        });
        assertEquals(quads[0], ds.getProperty(triples).getLong());
        assertEquals(report.quads(), quads[0]);
        Map<String, Long> voidClasses = new HashMap<>();
        ds.listProperties(v.createProperty(VoidDescription.VOID, "classPartition")).forEach(s -> {
            Resource part = s.getResource();
            voidClasses.put(part.getPropertyResourceValue(v.createProperty(VoidDescription.VOID, "class")).getURI(),
                    part.getProperty(entities).getLong());
        });
        assertEquals(perClass, voidClasses);
        Map<String, Long> voidProps = new HashMap<>();
        ds.listProperties(v.createProperty(VoidDescription.VOID, "propertyPartition")).forEach(s -> {
            Resource part = s.getResource();
            voidProps.put(part.getPropertyResourceValue(v.createProperty(VoidDescription.VOID, "property")).getURI(),
                    part.getProperty(triples).getLong());
        });
        assertEquals(perProperty, voidProps);
        return v;
    }

    /** A strict RFC 4180 reader, to check the writer independently. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
