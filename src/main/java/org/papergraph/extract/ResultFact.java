package org.papergraph.extract;

/**
 * A quantitative result stated in the text.
 *
 * @param subject   who achieves it (usually the proposed artifact), or null
 * @param metric    the metric as written ("top-1 accuracy", "FID", "improvement")
 * @param valueText the value as written ("83.3%", "+6.5", "45%")
 * @param value     the first number of {@code valueText}, sign included
 * @param unit      "%" for percentages, "x" for factors, else empty
 * @param dataset   the dataset/benchmark it is measured on, or null
 */
public record ResultFact(Entity subject, String metric, String valueText, double value, String unit,
                         Entity dataset, Evidence evidence) implements Fact {
    public ResultFact {
        unit = unit == null ? "" : unit;
        metric = metric == null ? "" : metric;
    }

    @Override
    public Relation relation() {
        return Relation.RESULT;
    }
}
