package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.jena.query.Dataset;
import org.papergraph.export.DumpSet;
import org.papergraph.export.ExportFormat;
import org.papergraph.export.ExportSummary;
import org.papergraph.export.Exporter;
import org.papergraph.export.Outputs;
import org.papergraph.export.Selection;
import org.papergraph.extract.EntityType;
import org.papergraph.store.PaperStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papergraph export}: RDF files of the store or a selection, or a complete dump set. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, or a dump set.",
                "N-Quads, TriG, N-Triples and Turtle stream in bounded memory; JSON-LD and RDF/XML hold the "
                        + "selection in memory (use a selection for large stores)."},
        footer = {"", "Examples:",
                "  papergraph export --out graph.nq.gz",
                "  papergraph export --format turtle --type Dataset --out -",
                "  papergraph export --since 2024-01-01 --out recent.trig",
                "  papergraph export --dump dumps/2026-11"})
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOption store = new StoreOption();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "-",
            description = "Output file, '-' for stdout (default). A .gz name is gzip-compressed.")
    String out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml; default: from the --out extension, "
                    + "else nquads.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph (repeatable).")
    List<String> graphs = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only papers published or featured on or after this day (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only entities of this type and their edges: ${COMPLETION-CANDIDATES}.")
    EntityType type;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "Write the complete dump set (RDF, ontology, VoID, CSV, GraphML, SHA256SUMS) into DIR.")
    Path dump;

    @Option(names = "--dump-version", paramLabel = "VERSION", description = "Version of the dump set (default: today).")
    String dumpVersion;

    @Option(names = "--download-base", paramLabel = "URL",
            description = "Where the dump files will be published, for VoID (default: "
                    + "https://w3id.org/papergraph/dumps/{version}/).")
    String downloadBase;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store.dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store.dir
                    + " (run 'papergraph ingest' first or give --store)");
        }
        ExportFormat fmt;
        Selection selection;
        try {
            fmt = format != null ? ExportFormat.parse(format)
                    : "-".equals(out) ? ExportFormat.NQUADS : ExportFormat.fromFileName(out);
            selection = new Selection(graphs, since, type);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (PaperStore ps = PaperStore.open(store.dir)) {
            Dataset ds = ps.dataset();
            return dump != null ? dump(ds) : export(ds, fmt, selection);
        }
    }

    private int export(Dataset ds, ExportFormat fmt, Selection selection) throws Exception {
        ExportSummary summary;
        try (ProgressBar bar = progressBar("export " + fmt.name().toLowerCase());
             Outputs.Target target = Outputs.open(out)) {
            summary = Exporter.create().dataset(ds).format(fmt).selection(selection)
                    .progress(n -> step(bar, n)).build().writeTo(target.stream());
            target.commit();
        }
        System.err.println("exported " + summary + ("-".equals(out) ? "" : " to " + out));
        return 0;
    }

    private int dump(Dataset ds) throws Exception {
        String[] current = {""};
        ProgressBar[] bar = {null};
        DumpSet.Builder b = DumpSet.create().dataset(ds).directory(dump).version(dumpVersion)
                .generator(new VersionProvider().getVersion()[0])
                .progress((file, n) -> {
                    if (!file.equals(current[0])) {
                        closeBar(bar[0]);
                        bar[0] = progressBar(file);
                        current[0] = file;
                    }
                    step(bar[0], n);
                });
        if (downloadBase != null) {
            b.downloadBase(downloadBase);
        }
        DumpSet.Report report;
        try {
            report = b.build().write();
        } finally {
            closeBar(bar[0]);
        }
        System.err.printf("dump set in %s: %d files, %,d statements, %.1f s%n", dump, report.files().size(),
                report.quads(), report.seconds());
        return 0;
    }

    /** An indefinite progress bar on stderr (the total is not known without a second pass). */
    private ProgressBar progressBar(String task) {
        if (quiet) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" triples", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    private static void step(ProgressBar bar, long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    private static void closeBar(ProgressBar bar) {
        if (bar != null) {
            bar.close();
        }
    }
}
