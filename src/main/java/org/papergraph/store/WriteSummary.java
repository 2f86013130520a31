package org.papergraph.store;

/**
 * What one {@link PaperStore#write} batch did.
 *
 * @param added     papers whose graph did not exist before
 * @param updated   papers whose graph existed and changed (it was replaced)
 * @param unchanged papers whose new graph equals the stored one (ignoring its generation time); left untouched
 */
public record WriteSummary(int added, int updated, int unchanged) {
    public int total() {
        return added + updated + unchanged;
    }
}
