package org.papergraph.extract;

/** Renders facts the way {@code extraction-facts.rq} reports them (test-side, for the dev harness). */
final class FactRows {
    private FactRows() {
    }

    /** relation, value, type, dataset — or null for facts the contract query does not list. */
    static String[] row(Fact f) {
        if (f instanceof EntityFact e) {
            String type = e.relation() == Relation.PROPOSES ? e.entity().type().label() : "";
            return new String[] {e.relation().label(), e.surface(), type, ""};
        }
        if (f instanceof LinkFact l) {
            return new String[] {l.relation().label(), l.url(), "", ""};
        }
        if (f instanceof ResultFact r) {
            return new String[] {"result", r.valueText(), r.metric(), r.dataset() == null ? "" : r.dataset().name()};
        }
        return null;
    }

    /** One line for a human: relation, value, rule, confidence and the evidence span. */
    static String describe(Fact f) {
        Evidence ev = f.evidence();
        String what;
        if (f instanceof EntityRelationFact r) {
            what = r.subject().name() + " " + r.relation().label() + " " + r.object().name();
        } else {
            String[] row = row(f);
            what = row[0] + " " + row[1] + (row[2].isEmpty() ? "" : " [" + row[2] + "]")
                    + (row[3].isEmpty() ? "" : " on " + row[3]);
        }
        if (f instanceof EntityFact e) {
            what += " {" + e.entity().key() + (e.entity().familyKey() == null ? "" : " < " + e.entity().familyKey())
                    + (e.entity().aliases().isEmpty() ? "" : " aka " + e.entity().aliases()) + "}";
        }
        return String.format("%-60s %s %.2f \"%s\"", what, ev.rule(), ev.confidence(), ev.mentionText());
    }
}
