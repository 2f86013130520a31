package org.papergraph.extract;

/**
 * Why a fact is there: the sentence it came from, the span of the mention, the rule that fired and how sure.
 *
 * @param section    where the sentence is: {@code title}, {@code abstract} or {@code metadata}
 * @param sentence   the sentence (or metadata value) as written
 * @param start      start offset of the mention within {@code sentence} (inclusive), or -1 for metadata
 * @param end        end offset within {@code sentence} (exclusive), or -1
 * @param rule       identifier of the recogniser rule, e.g. {@code proposes.title-prefix}, {@code dataset.lexicon}
 * @param confidence in [0, 1]
 */
public record Evidence(String section, String sentence, int start, int end, String rule, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        sentence = sentence == null ? "" : sentence;
    }

    /** The mention's text, when the span is known. */
    public String mentionText() {
        return start >= 0 && end <= sentence.length() && start < end ? sentence.substring(start, end) : "";
    }
}
