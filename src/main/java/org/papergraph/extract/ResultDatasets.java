package org.papergraph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which dataset a result value is measured on: a dataset mention after it in the same clause ("81.2% on
 * ImageNet"), the i-th of a "respectively" list, or one named before it ("On COCO, ... 43.1% mAP"). Without
 * mentions from the entity recognisers, a name-like word after "on"/"in" is taken. Stateless.
 */
final class ResultDatasets {
    private ResultDatasets() {
    }

    /** How far after a value its dataset may be named. */
    private static final int AFTER_WINDOW = 120;
    /** A name after "on the": capitalised or with digits, hyphenated parts, an optional split word. */
    private static final Pattern NAME_AFTER = Pattern.compile("\\b(?:on|in)\\s(?:the\\s)?((?:[A-Z][\\w]*|\\d+-[A-Z]\\w*)"
            + "(?:[-.][\\w]+)*(?:\\s(?:\\d+(?:\\.\\d+)?|[A-Z]{2,}\\w*|test-dev|test|val|dev))?)"
            + "(\\s(?:dataset|benchmark|test\\sset|split|corpus|leaderboard))?");
    private static final Pattern NAME_BEFORE = Pattern.compile("^(?:On|For|In)\\s(?:the\\s)?([A-Z][\\w]*(?:[-.][\\w]+)*)"
            + "(?:\\s(?:dataset|benchmark))?\\s?,");
    private static final Set<String> NOT_DATASETS = Set.of("GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "H100", "A100",
            "V100", "English", "Chinese", "French", "German", "Japanese", "Average", "Table", "Figure", "Section",
            "Appendix", "The", "This", "Our", "Transformer", "Transformers", "BERT", "Python", "Android", "iPhone");

    static Entity datasetFor(String text, int valueStart, int valueEnd, List<Integer> laterValueStarts,
                             List<EntityFact> mentions) {
        int clauseEnd = clauseEnd(text, valueEnd);
        if (!mentions.isEmpty()) {
            List<EntityFact> after = mentions.stream()
                    .filter(f -> f.evidence().start() >= valueEnd && f.evidence().start() < clauseEnd)
                    .sorted(Comparator.comparingInt(f -> f.evidence().start())).toList();
            if (!after.isEmpty()) {
                int first = after.get(0).evidence().start();
                if (after.size() > 1 && text.indexOf("respectively", valueEnd) > 0) {
                    long rest = laterValueStarts.stream().filter(s -> s < first).count();
                    int index = after.size() - 1 - (int) rest;
                    if (index >= 0) {
                        return after.get(index).entity();
                    }
                }
                return after.get(0).entity();
            }
            return mentions.stream().filter(f -> f.evidence().end() <= valueStart && f.evidence().start() >= 0)
                    .max(Comparator.comparingInt(f -> f.evidence().end())).map(EntityFact::entity).orElse(null);
        }
        Matcher m = NAME_AFTER.matcher(text);
        m.region(valueEnd, clauseEnd);
        while (m.find()) {
            String name = m.group(1);
            if (nameLike(name, m.group(2) != null)) {
                return Entity.of(name, EntityType.DATASET);
            }
        }
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

    /** A dataset name has an inner capital or a digit ("ImageNet", "CIFAR-10"), or is followed by "dataset". */
    private static boolean nameLike(String name, boolean typedAfter) {
        String head = name.split("[\\s]")[0];
        if (NOT_DATASETS.contains(head)) {
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
