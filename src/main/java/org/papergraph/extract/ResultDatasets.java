package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which dataset(s) a result value is measured on. The values of one list ("2.8% and 3.2%") share the
 * coordinated dataset names after the list ("on GLUE and SQuAD"): the i-th value takes the i-th name when
 * the counts agree, a single value takes every name, otherwise the first name counts. With no name after
 * it, a dataset named before the value in the sentence ("On COCO, ...") is taken. Dataset mentions come
 * from the entity recognisers; without them, name-like words after "on"/"in" are used. Stateless.
 */
final class ResultDatasets {
    private ResultDatasets() {
    }

    /** How far after a value its dataset may be named. */
    private static final int AFTER_WINDOW = 120;
    private static final String NAME = "(?:[A-Z]\\w*|[a-z]+[A-Z]\\w*|\\d+-[A-Z]\\w*)(?:[-.][\\w]+)*"
            + "(?:\\s(?:\\d+(?:\\.\\d+)?|[A-Z]{2,}\\w*|test-dev|test|val|dev)(?![\\w-]))?";
    private static final Pattern NAME_AFTER = Pattern.compile("\\b(?:on|in)\\s(?:the\\s)?(" + NAME + ")");
    private static final Pattern NEXT_NAME = Pattern.compile("^(?:,\\s(?:and\\s)?|\\sand\\s|\\s&\\s)(?:the\\s)?(" + NAME + ")");
    private static final Pattern TYPED = Pattern.compile("^\\s(?:datasets?|benchmarks?|test\\sset|split|corpus|leaderboard)\\b");
    private static final Pattern NAME_BEFORE = Pattern.compile("^(?:On|For|In)\\s(?:the\\s)?(" + NAME + ")"
            + "(?:\\s(?:dataset|benchmark))?\\s?,");
    private static final Pattern MENTION_GAP = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:the\\s+)?$");
    private static final Set<String> NOT_DATASETS = Set.of("GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "H100", "A100",
            "V100", "English", "Chinese", "French", "German", "Japanese", "Average", "Table", "Figure", "Section",
            "Appendix", "The", "This", "Our", "Transformer", "Transformers", "BERT", "Python", "Android", "iPhone");

    /**
     * The datasets of the value at list position {@code index} of a list of {@code size} values that ends at
     * {@code listEnd}; empty when none is named.
     */
    static List<Entity> datasetsFor(String text, int valueStart, int listEnd, int index, int size,
                                    List<EntityFact> mentions) {
        List<Entity> names = mentions.isEmpty() ? namesAfter(text, listEnd) : mentionsAfter(text, listEnd, mentions);
        if (names.isEmpty()) {
            Entity before = mentions.isEmpty() ? nameBefore(text, valueStart) : mentionBefore(valueStart, mentions);
            return before == null ? List.of() : List.of(before);
        }
        if (size > 1 && names.size() == size) {
            return List.of(names.get(index));
        }
        return size == 1 ? names : List.of(names.get(0));
    }

    /** The coordinated run of dataset mentions that starts first after {@code from} in the clause. */
    private static List<Entity> mentionsAfter(String text, int from, List<EntityFact> mentions) {
        int end = clauseEnd(text, from);
        List<EntityFact> after = mentions.stream()
                .filter(f -> f.evidence().start() >= from && f.evidence().start() < end)
                .sorted(Comparator.comparingInt(f -> f.evidence().start())).toList();
        List<Entity> out = new ArrayList<>();
        int prevEnd = -1;
        for (EntityFact f : after) {
            if (prevEnd >= 0 && (f.evidence().start() < prevEnd
                    || !MENTION_GAP.matcher(text.substring(prevEnd, f.evidence().start())).matches())) {
                break;
            }
            out.add(f.entity());
            prevEnd = f.evidence().end();
        }
        return out;
    }

    private static Entity mentionBefore(int valueStart, List<EntityFact> mentions) {
        return mentions.stream().filter(f -> f.evidence().start() >= 0 && f.evidence().end() <= valueStart)
                .max(Comparator.comparingInt(f -> f.evidence().end())).map(EntityFact::entity).orElse(null);
    }

    /** Name-like words after "on"/"in" in the clause, with the names coordinated to the first one. */
    private static List<Entity> namesAfter(String text, int from) {
        Matcher m = NAME_AFTER.matcher(text);
        m.region(from, clauseEnd(text, from));
        m.useTransparentBounds(true);
        while (m.find()) {
            List<String> names = new ArrayList<>(List.of(m.group(1)));
            int pos = m.end(1);
            Matcher next = NEXT_NAME.matcher(text);
            while (true) {
                next.region(pos, text.length());
                if (!next.lookingAt()) {
                    break;
                }
                names.add(next.group(1));
                pos = next.end(1);
            }
            boolean typed = TYPED.matcher(text.substring(pos)).lookingAt();
            List<Entity> out = new ArrayList<>();
            for (String n : names) {
                if (nameLike(n, typed)) {
                    out.add(Entity.of(n, EntityType.DATASET));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private static Entity nameBefore(String text, int valueStart) {
        Matcher b = NAME_BEFORE.matcher(text);
        if (b.find() && b.end() <= valueStart && nameLike(b.group(1), true)) {
            return Entity.of(b.group(1), EntityType.DATASET);
        }
        return null;
    }

    /** The clause of a value ends at a semicolon, at the sentence end, or a fixed distance on. */
    private static int clauseEnd(String text, int from) {
        int end = Math.min(text.length(), from + AFTER_WINDOW);
        int semi = text.indexOf(';', from);
        return semi >= 0 && semi < end ? semi : end;
    }

    /**
     * A dataset name has an inner capital or a digit ("ImageNet", "CIFAR-10") or is typed by a following
     * "dataset"; hardware, languages and metric names are not datasets.
     */
    private static boolean nameLike(String name, boolean typedAfter) {
        String head = name.split("\\s")[0];
        if (NOT_DATASETS.contains(head) || ResultMetrics.strictAtStart(name)) {
            return false;
        }
        if (typedAfter) {
            return true;
        }
        boolean innerCapital = head.length() > 1 && head.substring(1).chars().anyMatch(Character::isUpperCase);
        boolean digit = name.chars().anyMatch(Character::isDigit);
        return innerCapital || digit;
    }
}
