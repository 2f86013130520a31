package org.papergraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleExtractor;
import picocli.CommandLine.Option;

/** {@code --lexicon FILE}: user lexicons merged over the bundled one, for commands that extract. */
final class LexiconOption {
    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra lexicon (TSV: name, type, aliases, external id, family); repeatable.")
    List<Path> files = new ArrayList<>();

    Extractor extractor() {
        return files.isEmpty() ? RuleExtractor.create() : RuleExtractor.create(files);
    }
}
