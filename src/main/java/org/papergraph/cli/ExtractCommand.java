package org.papergraph.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.source.InputProblem;
import org.papergraph.source.PaperMerger;
import org.papergraph.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papergraph extract}: a dry run printing each paper's extraction as JSON; nothing is stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts facts (with evidence: sentence, span, rule, confidence) and prints them as a JSON"
                + " array on stdout; nothing is stored. Exit code 3 when some input was skipped.")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    LexiconOption lexicon;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or - (stdin).")
    List<String> inputs;
    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Override
    public Integer call() throws IOException {
        PaperMerger merger = new PaperMerger();
        List<InputProblem> problems = new ArrayList<>();
        Sources.read(inputs, merger::add, problems::add);
        Extractor extractor = lexicon.extractor();
        ObjectMapper json = new ObjectMapper();
        if (pretty) {
            json.enable(SerializationFeature.INDENT_OUTPUT);
        }
        OutputStream out = System.out;
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartArray();
            merger.papers().forEach(p -> {
                Extraction e = extractor.extract(p);
                try {
                    g.writeStartObject();
                    g.writeStringField("key", p.key());
                    g.writeStringField("id", p.sourceId() != null ? p.sourceId() : p.arxivId());
                    g.writeStringField("title", p.title());
                    g.writeObjectField("extraction", e);
                    g.writeEndObject();
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            g.writeEndArray();
        }
        System.out.println();
        problems.forEach(p -> System.err.printf("%s:%d: %s%n", p.file(), p.line(), p.message()));
        return problems.isEmpty() ? 0 : PaperGraphCli.EXIT_PARTIAL;
    }
}
