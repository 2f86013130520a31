package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relations between two entities that a sentence states: a model built on / fine-tuned from another
 * (BASED_ON), a system compared with a baseline (COMPARED_WITH) or outperforming it (OUTPERFORMS), and a
 * system evaluated on a dataset (EVALUATED_ON).
 * <p>
 * A cue phrase ("built upon", "outperforms", "compared with", "experiments on") links the entity named
 * before it (or the proposed artifact, when the sentence speaks of "we"/"our"/"it") to the entities named
 * right after it, a coordinated list ("outperforms A, B and C") giving one relation each. Stateless.
 */
public final class RelationRecognizer {

    private record Cue(Pattern pattern, Relation relation, String rule, double confidence, boolean datasets) {
    }

    private static final List<Cue> CUES = List.of(
            // one \b before the alternation, not one per branch: the scan tries it at every offset (a 40% faster scan)
            new Cue(Pattern.compile("(?i)\\b(?:(?:built|build|builds|building)\\s(?:up)?on(?:\\stop\\sof)?\\s"
                    + "|based\\son\\s|on\\stop\\sof\\s|(?:fine-?tuned|finetuned|initiali[sz]ed|distilled"
                    + "|derived|adapted|trained|continually\\spre-?trained|pre-?trained)\\s(?:\\w+\\s)?from\\s"
                    + "|extends?\\s|extending\\s|(?:as|with)\\s(?:the|a|its)?\\s?backbone\\s|starting\\sfrom\\s)"),
                    Relation.BASED_ON, "relation.based-on", 0.75, false),
            new Cue(Pattern.compile("(?i)\\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?"
                    + "|exceed(?:s|ed|ing)?|(?:is|are)\\sbetter\\sthan|improves?\\supon|improving\\supon|(?:gains?|improvements?)\\sover)\\s"
                    + "(?:the\\s|both\\s|all\\s|even\\s|strong\\s|existing\\s|previous\\s)*"),
                    Relation.OUTPERFORMS, "relation.outperforms", 0.8, false),
            new Cue(Pattern.compile("(?i)\\b(?:compared\\s(?:to|with)|in\\scomparison\\s(?:to|with)|comparison\\s"
                    + "(?:to|with|against)|against|versus|vs\\.?|comparable\\s(?:to|with)|on\\spar\\swith"
                    + "|competitive\\swith|rival(?:s|ing)?|matches|matching)\\s(?:the\\s|both\\s|all\\s)*"),
                    Relation.COMPARED_WITH, "relation.compared-with", 0.7, false),
            new Cue(Pattern.compile("(?i)\\b(?:experiments|evaluations?|results|tests?|benchmarks?|evaluat(?:e|es|ed|ing)|tested"
                    + "|validated|achiev(?:es|ed|ing)|attain(?:s|ed)?|reach(?:es|ed)?|performance|accuracy|scores?"
                    + "|state-of-the-art|SOTA)\\b[^.;]{0,80}?\\b(?:on|across|using|over)\\s(?:the\\s|several\\s"
                    + "|multiple\\s|various\\s|both\\s|popular\\s|standard\\s|challenging\\s|public\\s)*"),
                    Relation.EVALUATED_ON, "relation.evaluated-on", 0.65, true));
    /** The main clause after a fronted one speaks of the paper's own artifact: "..., we ...", "..., our model ...". */
    private static final Pattern FRONTED_OWN = Pattern.compile("(?:we|our|the proposed|this (?:model|method|approach))\\b");
    /** The sentence's subject is the authors: "We ...", "In this work, we ...". */
    private static final Pattern WE_OPENS = Pattern.compile("(?:[A-Z][^,]{0,40}, )?[Ww]e\\b");
    /** The sentence speaks of the paper's own artifact. */
    private static final Pattern OWN = Pattern.compile("(?i)\\b(?:we|our|ours|the\\sproposed|this\\s(?:model|method"
            + "|approach|framework|work)|it)\\b");
    /** What may stand between two members of a coordinated list of names. */
    private static final Pattern LIST_GAP = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+"
            + "|\\s*/\\s*)(?:the\\s+)?$");
    /** How far after a cue its first object may start. */
    private static final int OBJECT_WINDOW = 40;

    /**
     * Between a "based on" cue and its object only a few modifiers ("the lightweight X", "this design of X"), or the
     * long form of the object's acronym.
     */
    private static final Pattern CLOSE_OBJECT = Pattern.compile(
            "^(?:(?!(?:for|with|in|on|by|from|to|as|such|and|or)\\s)[a-z0-9][\\w.-]*\\s){0,3}"
                    + "(?:(?:[A-Z][\\w-]*\\s(?:of\\s|and\\s)?){1,6}\\()?$");  // "the Gated Token Router (GTR)"
    /** A clause boundary between a name and a "based on" cue: the name is not what is built ("X by far, models based on"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|\\b(?:by|than|while|whereas|which|that)\\b");
    /** Verbs coordinated after an object: "surpasses A (by far) and rivals B" says both of the same subject. */
    private static final Pattern COORDINATED_VERB = Pattern.compile(
            "^[^,;.()]{0,40}?\\s*,?\\s(?:and|but|while)\\s+(?:\\w+ly\\s+|even\\s+|also\\s+)?$");
    private static final Pattern TRAINED_ON = Pattern.compile(
            "(?i)\\b(?:trained|tuned)\\s(?:(?!and\\s|or\\s)[\\w-]+\\s){0,2}on\\s(?:the\\s)?$");
    /** ", outperforming X": a participle clause whose subject is the main clause's. */
    private static final Pattern PARTICIPLE = Pattern.compile("^\\w+ing\\b");

    /** One cue found in the sentence. */
    private record Found(Cue cue, int start, int end) {
    }

    /** {@code proposed} may be null. */
    /**
     * A result measured on a named dataset says its subject was evaluated there ("on POPE it reaches 91.2%"), however
     * the sentence is worded; the evidence is the result's own.
     */
    public static List<EntityRelationFact> evaluatedOn(List<ResultFact> results) {
        List<EntityRelationFact> out = new ArrayList<>();
        for (ResultFact r : results) {
            if (r.subject() != null && r.dataset() != null && !r.subject().key().equals(r.dataset().key())) {
                Evidence e = r.evidence();
                out.add(new EntityRelationFact(Relation.EVALUATED_ON, r.subject(), r.dataset(), new Evidence(e.section(),
                        e.sentence(), e.start(), e.end(), "relation.result-on", Math.min(e.confidence(), 0.6))));
            }
        }
        return out;
    }

    public List<EntityRelationFact> find(Sentence s, List<EntityFact> mentionsInSentence, Entity proposed) {
        List<EntityFact> mentions = mentionsInSentence == null ? List.of() : mentionsInSentence.stream()
                .filter(f -> f.evidence().start() >= 0 && f.evidence().end() <= s.text().length())
                .sorted(Comparator.comparingInt(f -> f.evidence().start())).toList();
        if (mentions.isEmpty()) {
            return List.of();
        }
        String text = s.text();
        // a cue needs an object after it: no dataset named, no "evaluated on"; no system named, no other cue
        boolean anyDataset = mentions.stream().anyMatch(RelationRecognizer::isDataset);
        boolean anySystem = mentions.stream().anyMatch(RelationRecognizer::isSystem);
        List<Found> found = new ArrayList<>();
        for (Cue cue : CUES) {
            if (!(cue.datasets() ? anyDataset : anySystem) || !Prefilter.mayMatch(cue.pattern(), text)) {
                continue;  // most sentences hold none of a cue's words: skip the scan
            }
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                found.add(new Found(cue, m.start(), m.end()));
            }
        }
        // in sentence order, so "surpasses A and rivals B" knows A's subject when it reaches "rivals"
        found.sort(Comparator.comparingInt(Found::start));
        Map<Integer, Entity> subjectOfObjectAt = new HashMap<>();
        Map<String, EntityRelationFact> out = new LinkedHashMap<>();
        for (Found f : found) {
            Cue cue = f.cue();
            if (cue.datasets() && TRAINED_ON.matcher(text).region(Math.max(0, f.end() - 40), f.end()).find()) {
                continue;  // "X, trained on the Y corpus": training data, not an evaluation
            }
            Entity subject = subject(text, f, mentions, proposed, subjectOfObjectAt);
            if (subject == null) {
                continue;
            }
            List<EntityFact> objects = objects(text, f.end(), mentions, cue.datasets());
            if (cue.relation() == Relation.BASED_ON && !objects.isEmpty()
                    && !CLOSE_OBJECT.matcher(text.substring(f.end(), objects.get(0).evidence().start())).matches()) {
                continue;  // "based on Foo Division for X": X is not what it is built on
            }
            for (EntityFact object : objects) {
                if (object.entity().key().equals(subject.key())) {
                    continue;
                }
                subjectOfObjectAt.put(object.evidence().start(), subject);
                Evidence ev = new Evidence(s.section(), text, f.start(), object.evidence().end(), cue.rule(),
                        cue.confidence());
                out.putIfAbsent(cue.relation() + "|" + subject.key() + "|" + object.entity().key(),
                        new EntityRelationFact(cue.relation(), subject, object.entity(), ev));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Who the sentence says it of: the last system named before the cue, unless the sentence speaks of "we"/
     * "our"/"it", which is the proposed artifact; the proposed artifact when none is named. The object of an
     * earlier cue is not a subject ("surpasses A and rivals B": both of the same subject); a participle clause
     * (", outperforming X") is said of the main clause's subject; a "based on" is said of a name right before it.
     */
    private static Entity subject(String text, Found cue, List<EntityFact> mentions, Entity proposed,
                                  Map<Integer, Entity> subjectOfObjectAt) {
        int cueStart = cue.start();
        // the paper's own artifact stands in for "we"/"our" only when it is a system: a new benchmark is not built or compared
        Entity own = proposed == null || proposed.type() == EntityType.DATASET || proposed.type() == EntityType.BENCHMARK
                ? null : proposed;
        if (cue.cue().relation() != Relation.BASED_ON && text.startsWith(",", lastNonSpace(text, cueStart))
                && PARTICIPLE.matcher(text).region(cueStart, text.length()).lookingAt()) {
            if (own != null && OWN.matcher(text).region(0, cueStart).find()) {
                return own;
            }
            return mentions.stream().filter(f -> f.evidence().end() <= cueStart && isSystem(f))
                    .map(EntityFact::entity).findFirst().orElse(null);
        }
        if (text.substring(0, cueStart).isBlank()) {
            // "Built on top of T5, FooTok improves ...": a fronted clause is said of the subject after its comma
            int comma = text.indexOf(", ", cue.end());
            if (comma > 0) {
                if (own != null && FRONTED_OWN.matcher(text).region(comma + 2, text.length()).lookingAt()) {
                    return own;
                }
                for (EntityFact f : mentions) {
                    if (f.evidence().start() == comma + 2 && isSystem(f)) {
                        return f.entity();
                    }
                }
            }
        }
        EntityFact named = null;
        for (EntityFact f : mentions) {
            if (f.evidence().end() <= cueStart && isSystem(f)) {
                named = f;
            }
        }
        String gap = named == null ? "" : text.substring(named.evidence().end(), cueStart);
        Entity earlier = named == null ? null : subjectOfObjectAt.get(named.evidence().start());
        boolean nominal = text.regionMatches(true, cueStart, "gain", 0, 4)
                || text.regionMatches(true, cueStart, "improvement", 0, 11);
        if (earlier != null && (cue.cue().datasets() || nominal || COORDINATED_VERB.matcher(gap).matches())) {
            // "A outperforms B on X": A is evaluated on X, not B; "A outperforms B (a 4% gain over C)": A's gain
            return earlier;
        }
        if (named != null && own != null && WE_OPENS.matcher(text).lookingAt() && COORDINATED_VERB.matcher(gap).matches()
                && Character.isLowerCase(text.charAt(cueStart))) {
            return own;  // "We pair a retriever with Foo-8B and evaluate on X": the second verb is ours too, Foo-8B is an object
        }
        if (named != null && cue.cue().relation() == Relation.BASED_ON && CLAUSE_BREAK.matcher(gap).find()) {
            return own != null && OWN.matcher(gap).find() ? own : null;
        }
        if (named != null && (named.relation() == Relation.PROPOSES || proposed == null || !OWN.matcher(gap).find())) {
            return named.entity();
        }
        if (own != null && (cue.cue().datasets() || named != null || OWN.matcher(text).find())) {
            return own;
        }
        return named == null ? null : named.entity();
    }

    /** Index of the last non-space character before {@code at}, or -1. */
    private static int lastNonSpace(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i;
    }

    /** The coordinated run of names that starts right after the cue: systems, or datasets for EVALUATED_ON. */
    private static List<EntityFact> objects(String text, int from, List<EntityFact> mentions, boolean datasets) {
        List<EntityFact> out = new ArrayList<>();
        int prevEnd = -1;
        for (EntityFact f : mentions) {
            int start = f.evidence().start();
            if (start < from) {
                continue;
            }
            boolean kind = datasets ? isDataset(f) : isSystem(f);
            if (prevEnd < 0) {
                if (start - from > OBJECT_WINDOW) {
                    break;
                }
                if (!kind) {
                    if (!datasets) {
                        break;  // the first name after "outperforms" is what it outperforms
                    }
                    continue;
                }
            } else if (!kind || start < prevEnd || !LIST_GAP.matcher(text.substring(prevEnd, start)).matches()) {
                break;
            }
            out.add(f);
            prevEnd = f.evidence().end();
        }
        return out;
    }

    private static boolean isSystem(EntityFact f) {
        return f.relation() == Relation.PROPOSES || f.relation() == Relation.MODEL || f.relation() == Relation.METHOD;
    }

    private static boolean isDataset(EntityFact f) {
        return f.relation() == Relation.DATASET || f.relation() != Relation.PROPOSES
                && (f.entity().type() == EntityType.DATASET || f.entity().type() == EntityType.BENCHMARK);
    }
}
