package org.papergraph.extract;

import java.util.List;

/**
 * One sentence of a paper's text after normalisation, with tokens and part-of-speech tags.
 *
 * @param section     {@code title} or {@code abstract}
 * @param index       0-based position of the sentence within its section
 * @param text        the sentence text (LaTeX debris already normalised)
 * @param tokens      tokens in order
 * @param tokenStarts character offset of each token within {@code text}
 * @param tags        Penn Treebank POS tag of each token (same length as tokens)
 */
public record Sentence(String section, int index, String text, List<String> tokens, List<Integer> tokenStarts,
                       List<String> tags) {
    public Sentence {
        tokens = List.copyOf(tokens);
        tokenStarts = List.copyOf(tokenStarts);
        tags = List.copyOf(tags);
        if (tokens.size() != tokenStarts.size() || tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tokens, offsets and tags differ in length");
        }
    }

    /** End offset (exclusive) of token {@code i} in {@link #text()}. */
    public int tokenEnd(int i) {
        return tokenStarts.get(i) + tokens.get(i).length();
    }
}
