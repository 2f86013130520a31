package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which dataset(s) a result value is measured on, named as the sentence writes them.
 * <p>
 * Candidates are the dataset mentions of the entity recognisers plus name-like words after "on"/"in"
 * ("on GTSRB", "in the MVTec AD dataset") that overlap no model mention, which covers datasets no lexicon knows; overlapping candidates
 * keep the longer span ("COCO test-dev" over "COCO"). The values of one list ("2.8% and 3.2%") share the
 * coordinated names after the list ("on GLUE and SQuAD 2.0"): the i-th value takes the i-th name when the
 * counts agree, a single value takes every name, otherwise the first counts; a name in the next clause
 * (", and on X it ...") is not the value's. A value inside parentheses right after a name belongs to it
 * ("WebNLG (BLEU: 64.1%)"), unless the parenthesis names something nearer ("Foo (81% on Foo-400)", or a
 * version: "Foo (55% on V1)" is "Foo V1"). With no name after it: names before a "respectively" list align
 * with its values, else the name its clause or the sentence opens with ("On COCO, ...", "Experiments on X
 * show ...") is taken, else one the clause measured on earlier ("the accuracy on X improves by 2%"), never
 * what something was trained on ("pretrained from scratch on X"); one figure after several coordinated names
 * ("on X and Y ... by 20%") takes none of them. Stateless.
 */
final class ResultDatasets {
    private ResultDatasets() {
    }

    /** A candidate dataset name at a span of the sentence. */
    record Named(int start, int end, Entity entity) {
    }

    /** How far after a value its dataset may be named. */
    private static final int AFTER_WINDOW = 120;
    private static final Pattern PROTOCOL = Pattern.compile("^(?:Split|Permuted|Rotated|Sequential|Seq)[\\s-]");
    private static final String NAME = "(?:(?:Split|Permuted|Rotated|Sequential|Seq)[\\s-])?"
            + "(?:[A-Z]\\w*|[a-z]+[A-Z]\\w*|\\d+-[A-Z]\\w*)(?:[-.][\\w]+)*"
            + "(?:\\s(?:\\d+(?:\\.\\d+)?(?:\\s?[x×]\\s?\\d+)?|[A-Z]{2,}\\w*(?:[-.]\\w+)*|test-dev|test|val|dev)(?![\\w-])"
            + "(?!\\s(?:sets?|splits?)\\b))?";  // "the SQuAD dev set" is SQuAD
    private static final Pattern NAME_AFTER = Pattern.compile("\\b(?:on|in)\\s(?:the\\s)?(" + NAME + ")");
    private static final Pattern NEXT_NAME = Pattern.compile("^(?:,\\s(?:and\\s)?|\\sand\\s|\\s&\\s)(?:the\\s)?(" + NAME + ")");
    private static final Pattern TYPED = Pattern.compile("^\\s(?:datasets?|benchmarks?|test\\sset|split|corpus|leaderboard)\\b");
    /** A split written after a dataset name belongs to it. */
    private static final Pattern SPLIT_AFTER = Pattern.compile("^\\s(?:test-dev|test-std|minival|val2017|test2017)\\b");
    /** Protocol words that make a benchmark of a dataset ("Split CIFAR-100", "Permuted MNIST"). */
    private static final Pattern MODIFIER_BEFORE = Pattern.compile("\\b(?:Split|Permuted|Rotated|Sequential|Seq|Blurry)[\\s-]$");
    private static final Pattern TYPE_WORD = Pattern.compile("\\s*(?:datasets?|benchmarks?)?\\s*");
    private static final Pattern GAP = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:the\\s+)?$");
    /** Where a sentence-opening dataset applies to the values of the whole sentence. */
    private static final Pattern OPENING = Pattern.compile("(?i)^(?:(?:on|for|in)\\s(?:the\\s)?"
            + "|(?:extensive\\s|comprehensive\\s)?(?:experiments|experimental\\sresults|results|evaluations?)"
            + "\\s(?:\\w+\\s)?on\\s(?:the\\s)?)$");
    /** "68.7% on V1": a bare version right after a value, a version of the name the parenthesis follows. */
    private static final Pattern ON_VERSION = Pattern.compile("\\s(?:on|in)\\s([Vv]\\d+(?:\\.\\d+)?)(?![\\w.-])");
    /** "pre-trained on X", "pretrained from scratch on the X dataset": training data, not what a value measures. */
    private static final Pattern TRAINED_ON = Pattern.compile(
            "(?i)\\b(?:pre-?)?train(?:ed|ing)\\s(?:[\\w-]+\\s){0,3}on\\s(?:the\\s)?$");
    private static final Pattern VALUE_BEFORE = Pattern.compile("[\\d%]\\s?$");
    /** A version or size alone ("V2", "v1.5", "8K") names no dataset. */
    private static final Pattern VERSION = Pattern.compile("[Vv]\\d+(?:\\.\\d+)*|\\d+[KkMB]?");
    /** What may stand between a value and the name it is measured on: a few metric words and "on". */
    private static final Pattern ON_BEFORE = Pattern.compile("[^()]{0,40}?\\s(?:on|in)\\s(?:the\\s)?");
    /** Where one clause of a sentence ends and the next begins: "; ", ", and ", ", while ", " whereas ". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?:;|,\\s(?:and|but|while|whereas)|\\s(?:while|whereas))\\s");
    private static final Pattern RESPECTIVELY = Pattern.compile(",?\\s(?:\\w+\\s)?respectively\\b");
    /** "The accuracy on CIFAR-10 improves by 2.3%": a name measured on earlier in the clause; not training data. */
    private static final Pattern MEASURED_ON = Pattern.compile("(?i)(?<!trained\\s|based\\s|built\\s|building\\s|builds\\s|relying\\s"
            + "|relies\\s|rely\\s|depends\\s|focus\\s|focuses\\s|work\\s|works\\s)\\bon\\s(?:the\\s)?$");
    /** A clause that opens with its dataset: "(and) on COCO it obtains ...". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)\\s*(?:on|for|in)\\s(?:the\\s)?");
    private static final Set<String> NOT_DATASETS = Set.of("GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "H100", "A100",
            "V100", "English", "Chinese", "French", "German", "Japanese", "Average", "Table", "Figure", "Section",
            "Appendix", "The", "This", "Our", "Transformer", "Transformers", "BERT", "Python", "Android", "iPhone");

    /**
     * The datasets of the value starting at {@code valueStart}, at position {@code index} of a list of
     * {@code size} values that ends at {@code listEnd}; empty when none is named.
     */
    static List<Entity> datasetsFor(String text, List<Named> names, int valueStart, int listStart, int listEnd,
                                    int index, int size) {
        Named owner = parenthesisOwner(text, valueStart, names);
        if (owner != null) {
            return inParenthesis(text, owner, names, listEnd, index, size);
        }
        List<Named> after = coordinatedAfter(text, listEnd, names);
        if (after.isEmpty() && size > 1 && RESPECTIVELY.matcher(text).region(listEnd, text.length()).lookingAt()) {
            List<Named> before = coordinatedBefore(text, listStart, names);
            if (before.size() == size) {
                return List.of(before.get(index).entity());  // "FooQA and BarQA scores of 81.3 and 57.9, respectively"
            }
        }
        if (after.isEmpty()) {
            // with no name after it: the name its own clause opens with, else the one the sentence opens with
            int clause = clauseStart(text, valueStart);
            Named opening = names.stream().filter(n -> n.end() <= valueStart && n.start() >= clause && clause > 0
                    && CLAUSE_OPENING.matcher(text.substring(clause, n.start())).matches()).findFirst()
                    .or(() -> names.stream().filter(n -> n.end() <= valueStart
                            && OPENING.matcher(text.substring(0, n.start())).matches()).findFirst())
                    .or(() -> names.stream().filter(n -> n.end() <= valueStart && n.start() >= clause
                            && MEASURED_ON.matcher(text.substring(Math.max(clause, n.start() - 40), n.start())).find()
                            && !TRAINED_ON.matcher(text.substring(Math.max(0, n.start() - 40), n.start())).find())
                            .reduce((a, b) -> b))
                    .orElse(null);
            if (opening == null) {
                return List.of();
            }
            // "On the FooQA and BarQA datasets, accuracy improves by 4%": the names coordinated with it too
            List<Named> run = coordinatedAfter(text, opening.start(), names).stream()
                    .filter(n -> n.end() <= valueStart).toList();
            if (run.size() > 1 && size == 1) {
                return List.of();  // "on FooSet and BarSet ... by over 20%": one figure over several, none its own
            }
            return run.isEmpty() ? List.of(opening.entity()) : shared(run, index, size);
        }
        return shared(after, index, size);
    }

    /** The names of a list after its values: the i-th name when the counts agree, all for one value, else the first. */
    private static List<Entity> shared(List<Named> after, int index, int size) {
        if (size > 1 && after.size() == size) {
            return List.of(after.get(index).entity());
        }
        return size == 1 ? after.stream().map(Named::entity).toList() : List.of(after.get(0).entity());
    }

    /**
     * A value in the parenthesis after a name belongs to that name, unless the parenthesis names something nearer
     * to the value: a variant of it ("FooSet (81.0% on FB-400, ...)") or a version ("BarSet (55.1% on V1, ...)",
     * which is the name's own version "BarSet V1").
     */
    private static List<Entity> inParenthesis(String text, Named owner, List<Named> names, int listEnd, int index,
                                              int size) {
        int close = text.indexOf(')', listEnd);
        int end = close < 0 ? text.length() : close;
        Matcher version = ON_VERSION.matcher(text).region(listEnd, end);
        if (version.lookingAt()) {
            Entity o = owner.entity();
            String name = text.substring(owner.start(), owner.end()) + " " + version.group(1);
            return List.of(new Entity(Names.key(name), name, o.type(), List.of(), o.key(), null));
        }
        List<Named> inside = coordinatedAfter(text, listEnd, names).stream().filter(n -> n.end() <= end).toList();
        if (!inside.isEmpty() && ON_BEFORE.matcher(text.substring(listEnd, inside.get(0).start())).matches()) {
            return shared(inside, index, size);
        }
        return List.of(owner.entity());
    }

    /** Dataset mentions (with the name as written) and name-like words after "on"/"in", longest span first. */
    static List<Named> candidates(String text, List<EntityFact> mentions) {
        List<Named> all = new ArrayList<>();
        List<int[]> others = new ArrayList<>();
        for (EntityFact f : mentions) {
            int s = f.evidence().start();
            int e = f.evidence().end();
            if (s < 0 || e > text.length() || s >= e) {
                continue;
            }
            if (!isDataset(f) || ResultMetrics.strictAtStart(text.substring(s))) {
                others.add(new int[] {s, e});  // a model or metric: no dataset name may overlap it
                continue;
            }
            String surface = f.surface();
            // a name the recogniser spelled out ("4K" in "FooNet-1K and 4K" is FooNet-4K) keeps its spelling
            all.add(surface == null || surface.equals(text.substring(s, e)) ? written(text, s, e, f.entity())
                    : new Named(s, e, spelled(f.entity(), surface)));
        }
        Matcher m = NAME_AFTER.matcher(text);
        while (m.find()) {
            if (text.startsWith("in", m.start()) && VALUE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3),
                    m.start())).find()) {
                continue;  // "+1.2% in mAcc", "0.35 in BLEU": what a value is "in" is its metric
            }
            List<int[]> spans = new ArrayList<>(List.of(new int[] {m.start(1), m.end(1)}));
            int pos = m.end(1);
            Matcher next = NEXT_NAME.matcher(text);
            while (true) {
                next.region(pos, text.length());
                if (!next.lookingAt()) {
                    break;
                }
                spans.add(new int[] {next.start(1), next.end(1)});
                pos = next.end(1);
            }
            boolean typed = TYPED.matcher(text.substring(pos)).lookingAt();
            for (int[] sp : spans) {
                String n = text.substring(sp[0], sp[1]);
                if (nameLike(n, typed) && !text.startsWith("@", sp[1])  // "QR@10" is a metric
                        && others.stream().noneMatch(o -> o[0] < sp[1] && sp[0] < o[1])) {
                    all.add(new Named(sp[0], sp[1], Entity.of(n, EntityType.DATASET)));
                }
            }
        }
        all.sort(Comparator.comparingInt(Named::start).thenComparing(n -> -(n.end() - n.start())));
        List<Named> kept = new ArrayList<>();
        for (Named n : all) {
            if (kept.isEmpty() || n.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(n);
            }
        }
        return kept;
    }

    /**
     * A mention's entity under the name as this sentence writes it, widened to the whole hyphenated token
     * ("10-Split-CIFAR-100"), a protocol word before it ("Split CIFAR-100") and a split after it ("COCO
     * test-dev"); a widened name is its own entity.
     */
    private static Named written(String text, int start, int end, Entity entity) {
        int s = start;
        int e = end;
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-'
                && e + 1 < text.length() && Character.isLetterOrDigit(text.charAt(e + 1)))) {
            e++;
        }
        Matcher modifier = MODIFIER_BEFORE.matcher(text.substring(0, s));
        if (modifier.find()) {
            s = modifier.start();
        }
        Matcher split = SPLIT_AFTER.matcher(text.substring(e));
        if (split.lookingAt()) {
            e += split.end();
        }
        String surface = text.substring(s, e);
        if (surface.startsWith("the ")) {
            surface = surface.substring(4);
            s += 4;
        }
        if (s != start || e != end) {
            return new Named(s, e, Entity.of(surface, entity.type()));
        }
        return new Named(s, e, spelled(entity, surface));
    }

    /** The entity under the name as written, its canonical name kept as an alias. */
    private static Entity spelled(Entity entity, String surface) {
        if (surface.equals(entity.name())) {
            return entity;
        }
        List<String> aliases = new ArrayList<>(entity.aliases());
        aliases.add(entity.name());
        return new Entity(entity.key(), surface, entity.type(), aliases, entity.familyKey(), entity.externalId());
    }

    static boolean isDataset(EntityFact f) {
        return f.relation() == Relation.DATASET || f.entity().type() == EntityType.DATASET
                || f.entity().type() == EntityType.BENCHMARK;
    }

    /** "WebNLG (BLEU: 64.1%, ...)": the name right before the parenthesis a value sits in. */
    private static Named parenthesisOwner(String text, int valueStart, List<Named> names) {
        int open = text.lastIndexOf('(', valueStart);
        if (open < 0 || text.lastIndexOf(')', valueStart) > open) {
            return null;
        }
        for (Named n : names) {
            String between = text.substring(Math.min(n.end(), open), open);
            if (n.end() <= open && TYPE_WORD.matcher(between).matches()) {
                return n;
            }
        }
        return null;
    }

    /** The coordinated run of names that starts first after {@code from} in the clause. */
    private static List<Named> coordinatedAfter(String text, int from, List<Named> names) {
        int end = clauseEnd(text, from);
        List<Named> out = new ArrayList<>();
        for (Named n : names) {
            if (n.start() < from || n.start() >= end) {
                continue;
            }
            if (!out.isEmpty() && !GAP.matcher(text.substring(out.get(out.size() - 1).end(), n.start())).matches()) {
                break;
            }
            if (out.isEmpty() && CLAUSE_BREAK.matcher(text.substring(from, n.start())).find()) {
                break;  // "85% top-1, and on COCO it obtains ...": a name in the next clause is that clause's
            }
            if (out.isEmpty() && TRAINED_ON.matcher(text.substring(Math.max(0, n.start() - 40), n.start())).find()) {
                break;  // "2x faster than a model pre-trained on FooSet": what a compared model was trained on
            }
            out.add(n);
        }
        return out;
    }

    /** The last coordinated run of names before {@code to} in its clause. */
    private static List<Named> coordinatedBefore(String text, int to, List<Named> names) {
        int clause = clauseStart(text, to);
        List<Named> out = new ArrayList<>();
        for (Named n : names) {
            if (n.start() < clause || n.end() > to) {
                continue;
            }
            if (!out.isEmpty() && !GAP.matcher(text.substring(out.get(out.size() - 1).end(), n.start())).matches()) {
                out.clear();
            }
            out.add(n);
        }
        return out;
    }

    /** Where the clause holding {@code at} starts: after the last clause break before it, else 0. */
    private static int clauseStart(String text, int at) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(0, at);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
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
        String core = PROTOCOL.matcher(name).replaceFirst("");
        int space = core.indexOf(' ');
        String head = space < 0 ? core : core.substring(0, space);
        if (NOT_DATASETS.contains(head) || ResultMetrics.strictAtStart(name) || VERSION.matcher(core).matches()) {
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
