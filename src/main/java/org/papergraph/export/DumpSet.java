package org.papergraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A versioned dump set written into one directory, from one read transaction (a consistent snapshot):
 * <ul>
 * <li>{@code papergraph.nq.gz}, {@code papergraph.trig.gz} (named graphs) and {@code papergraph.ttl.gz}
 *     (the union graph);</li>
 * <li>{@code ontology/} — the ontology, SHACL shapes and JSON-LD context;</li>
 * <li>{@code void.ttl} — the VoID description ({@link VoidDescription});</li>
 * <li>{@code tables/*.csv} ({@link Tables}) and {@code papergraph.graphml} ({@link GraphMLWriter});</li>
 * <li>{@code SHA256SUMS} over all of the above.</li>
 * </ul>
 */
public final class DumpSet {
    static final List<String> ONTOLOGY_FILES = List.of("papergraph.ttl", "shapes.ttl", "context.jsonld");
    static final List<ExportFormat> RDF_DUMPS = List.of(ExportFormat.NQUADS, ExportFormat.TRIG, ExportFormat.TURTLE);

    private final DatasetGraph dsg;
    private final Path dir;
    private final VoidDescription description;
    private final BiConsumer<String, Long> progress;

    private DumpSet(Builder b) {
        this.dsg = Objects.requireNonNull(b.dsg, "dataset");
        this.dir = Objects.requireNonNull(b.dir, "directory");
        LocalDate created = b.created != null ? b.created : LocalDate.now(java.time.ZoneOffset.UTC);
        String version = b.version != null ? b.version : created.toString();
        this.description = new VoidDescription(version, created, b.generator,
                b.downloadBase.replace("{version}", version), b.sparqlEndpoint,
                RDF_DUMPS.stream().map(DumpSet::fileName).toList());
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    static String fileName(ExportFormat f) {
        return "papergraph." + f.extension() + ".gz";
    }

    /** What the dump wrote. */
    public record Report(List<Path> files, long quads, double seconds) {
    }

    public Report write() throws IOException {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        List<Path> files = new ArrayList<>();
        long[] quads = {0};
        Txn.executeRead(dsg, () -> {
            try {
                for (ExportFormat f : RDF_DUMPS) {
                    Path file = dir.resolve(fileName(f));
                    try (Outputs.Target t = Outputs.open(file.toString())) {
                        ExportSummary s = Exporter.create().dataset(dsg).format(f)
                                .progress(n -> progress.accept(file.getFileName().toString(), n)).build()
                                .writeTo(t.stream());
                        t.commit();
                        if (f == ExportFormat.NQUADS) {
                            quads[0] = s.triples();
                        }
                    }
                    files.add(file);
                }
                files.addAll(copyOntology());
                Path voidFile = dir.resolve("void.ttl");
                try (Outputs.Target t = Outputs.open(voidFile.toString())) {
                    RDFDataMgr.write(t.stream(), description.describe(dsg), RDFFormat.TURTLE_PRETTY);
                    t.commit();
                }
                files.add(voidFile);
                Path tables = dir.resolve("tables");
                Files.createDirectories(tables);
                files.addAll(Tables.writeAll(dsg, tables));
                Path graphml = dir.resolve("papergraph.graphml");
                try (Outputs.Target t = Outputs.open(graphml.toString())) {
                    GraphMLWriter.write(dsg, t.stream());
                    t.commit();
                }
                files.add(graphml);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        files.add(Checksums.write(dir, files));
        return new Report(List.copyOf(files), quads[0], (System.nanoTime() - start) / 1e9);
    }

    /** The ontology files bundled in the jar ({@code papergraph/ontology/}); absent ones are skipped. */
    private List<Path> copyOntology() throws IOException {
        Path out = dir.resolve("ontology");
        Files.createDirectories(out);
        List<Path> copied = new ArrayList<>();
        for (String name : ONTOLOGY_FILES) {
            try (InputStream in = DumpSet.class.getClassLoader().getResourceAsStream("papergraph/ontology/" + name)) {
                if (in != null) {
                    Path target = out.resolve(name);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    copied.add(target);
                }
            }
        }
        return copied;
    }

    /** Configures a {@link DumpSet}. */
    public static final class Builder {
        private DatasetGraph dsg;
        private Path dir;
        private String version;
        private LocalDate created;
        private String generator = "papergraph";
        private String downloadBase = "https://w3id.org/papergraph/dumps/{version}/";
        private String sparqlEndpoint = "http://localhost:3030/papergraph/sparql";
        private BiConsumer<String, Long> progress = (file, n) -> { };

        public Builder dataset(Dataset ds) {
            this.dsg = ds.asDatasetGraph();
            return this;
        }

        public Builder dataset(DatasetGraph d) {
            this.dsg = d;
            return this;
        }

        public Builder directory(Path d) {
            this.dir = d;
            return this;
        }

        /** Dump version; default: the creation date. */
        public Builder version(String v) {
            this.version = v;
            return this;
        }

        public Builder created(LocalDate d) {
            this.created = d;
            return this;
        }

        /** e.g. {@code papergraph 0.1.0}, recorded as pav:createdWith and dcterms:creator. */
        public Builder generator(String g) {
            this.generator = g;
            return this;
        }

        /** Where the files will be published; {@code {version}} is replaced. */
        public Builder downloadBase(String base) {
            this.downloadBase = base.endsWith("/") ? base : base + "/";
            return this;
        }

        /** The SPARQL endpoint to advertise in VoID (default: the local {@code serve} address). */
        public Builder sparqlEndpoint(String url) {
            this.sparqlEndpoint = url;
            return this;
        }

        /** Called with (file name, statements written so far) while the RDF files are written. */
        public Builder progress(BiConsumer<String, Long> p) {
            this.progress = p;
            return this;
        }

        public DumpSet build() {
            return new DumpSet(this);
        }
    }
}
