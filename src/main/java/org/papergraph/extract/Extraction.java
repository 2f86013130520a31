package org.papergraph.extract;

import java.util.List;

/**
 * What the extractor read in one paper.
 *
 * @param paperKey         {@link org.papergraph.source.Paper#key()}
 * @param facts            every fact, each with evidence
 * @param codePromised     the text says code/data will be released (or is "available") without a URL
 * @param extractorVersion version of the extractor that produced it (recorded as provenance)
 */
public record Extraction(String paperKey, List<Fact> facts, boolean codePromised, String extractorVersion) {
    public Extraction {
        facts = List.copyOf(facts);
    }

    public <T extends Fact> List<T> factsOf(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
