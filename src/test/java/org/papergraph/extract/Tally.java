package org.papergraph.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Micro precision, recall and F1 per category, counted the way {@code score.py} counts them: names compared with
 * case and punctuation folded, an expected "Long Form (ACR)" matched by either form, an "entities" total over the
 * categories added with {@code entity = true}. Misses and spurious items are printed with a label, for the test log.
 */
final class Tally {
    private static final Pattern WITH_SHORT_FORM = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

    private final String label;
    private final Map<String, int[]> counts = new TreeMap<>();  // category -> {tp, fp, fn}

    Tally(String label) {
        this.label = label;
    }

    static String norm(String s) {
        return s.toLowerCase().replaceAll("[^0-9a-z]", "");
    }

    /** Scores one paper's predicted items of a category against the expected ones. */
    void add(String category, Collection<String> expected, Collection<String> predicted, boolean entity, String paper) {
        Set<String> pred = new HashSet<>();
        predicted.forEach(p -> pred.add(norm(p)));
        int[] v = counts.computeIfAbsent(category, k -> new int[3]);
        int[] all = entity ? counts.computeIfAbsent("entities", k -> new int[3]) : new int[3];
        Set<String> used = new HashSet<>();
        for (String x : expected) {
            Set<String> keys = new HashSet<>(Set.of(norm(x)));
            Matcher m = WITH_SHORT_FORM.matcher(x);
            if (m.matches()) {
                keys.add(norm(m.group(1)));
                keys.add(norm(m.group(2)));
            }
            boolean hit = keys.stream().anyMatch(pred::contains);
            v[hit ? 0 : 2]++;
            all[hit ? 0 : 2]++;
            if (hit) {
                used.addAll(keys);
            } else {
                System.out.println(label + " miss " + category + ": " + x + " in " + paper);
            }
        }
        for (String x : pred) {
            if (!used.contains(x)) {
                v[1]++;
                all[1]++;
                System.out.println(label + " spurious " + category + ": " + x + " in " + paper);
            }
        }
    }

    double f1(String category) {
        int[] v = counts.getOrDefault(category, new int[3]);
        double p = v[0] + v[1] == 0 ? 0 : v[0] / (double) (v[0] + v[1]);
        double r = v[0] + v[2] == 0 ? 0 : v[0] / (double) (v[0] + v[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per category: P, R, F1 and the counts. */
    void print() {
        counts.forEach((k, v) -> System.out.printf("%s %-9s tp %3d fp %3d fn %3d  F1 %.2f%n", label, k, v[0], v[1], v[2], f1(k)));
    }
}
