package org.papergraph.api;

/**
 * One reported result on a dataset.
 *
 * @param subject    what achieved it (model/method label), or null when the text did not say
 * @param metric     metric as written ("top-1 accuracy", "FID"), empty when the text named none
 * @param value      the number, or null when the text had none
 * @param valueText  the value as written ("83.3%")
 * @param paperIri   the reporting paper
 * @param paperTitle its title
 */
public record LeaderboardEntry(String subject, String metric, Double value, String valueText, String paperIri,
                               String paperTitle) {
    public LeaderboardEntry {
        metric = metric == null ? "" : metric;
    }
}
