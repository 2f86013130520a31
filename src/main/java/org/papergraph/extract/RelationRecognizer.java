package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
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
            new Cue(Pattern.compile("(?i)\\b(?:built|build|builds|building)\\s(?:up)?on(?:\\stop\\sof)?\\s"
                    + "|\\bbased\\son\\s|\\bon\\stop\\sof\\s|\\b(?:fine-?tuned|finetuned|initiali[sz]ed|distilled"
                    + "|derived|adapted|trained|continually\\spre-?trained|pre-?trained)\\s(?:\\w+\\s)?from\\s"
                    + "|\\bextends?\\s|\\bextending\\s|\\b(?:as|with)\\s(?:the|a|its)?\\s?backbone\\s"),
                    Relation.BASED_ON, "relation.based-on", 0.75, false),
            new Cue(Pattern.compile("(?i)\\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?"
                    + "|exceed(?:s|ed|ing)?|(?:is|are)\\sbetter\\sthan|improves?\\supon|improving\\supon)\\s"
                    + "(?:the\\s|both\\s|all\\s|even\\s|strong\\s|existing\\s|previous\\s)*"),
                    Relation.OUTPERFORMS, "relation.outperforms", 0.8, false),
            new Cue(Pattern.compile("(?i)\\b(?:compared\\s(?:to|with)|in\\scomparison\\s(?:to|with)|comparison\\s"
                    + "(?:to|with|against)|against|versus|vs\\.?|comparable\\s(?:to|with)|on\\spar\\swith"
                    + "|competitive\\swith|rival(?:s|ing)?|matches|matching)\\s(?:the\\s|both\\s|all\\s)*"),
                    Relation.COMPARED_WITH, "relation.compared-with", 0.7, false),
            new Cue(Pattern.compile("(?i)\\b(?:experiments|evaluations?|results|tests?|benchmarks?|evaluated|tested"
                    + "|validated|achiev(?:es|ed|ing)|attain(?:s|ed)?|reach(?:es|ed)?|performance|accuracy|scores?"
                    + "|state-of-the-art|SOTA)\\b[^.;]{0,80}?\\b(?:on|across|using|over)\\s(?:the\\s|several\\s"
                    + "|multiple\\s|various\\s|both\\s|popular\\s|standard\\s|challenging\\s|public\\s)*"),
                    Relation.EVALUATED_ON, "relation.evaluated-on", 0.65, true));
    /** The sentence speaks of the paper's own artifact. */
    private static final Pattern OWN = Pattern.compile("(?i)\\b(?:we|our|ours|the\\sproposed|this\\s(?:model|method"
            + "|approach|framework|work)|it)\\b");
    /** What may stand between two members of a coordinated list of names. */
    private static final Pattern LIST_GAP = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+"
            + "|\\s*/\\s*)(?:the\\s+)?$");
    /** How far after a cue its first object may start. */
    private static final int OBJECT_WINDOW = 40;

    /** {@code proposed} may be null. */
    public List<EntityRelationFact> find(Sentence s, List<EntityFact> mentionsInSentence, Entity proposed) {
        List<EntityFact> mentions = mentionsInSentence == null ? List.of() : mentionsInSentence.stream()
                .filter(f -> f.evidence().start() >= 0 && f.evidence().end() <= s.text().length())
                .sorted(Comparator.comparingInt(f -> f.evidence().start())).toList();
        if (mentions.isEmpty()) {
            return List.of();
        }
        String text = s.text();
        Map<String, EntityRelationFact> out = new LinkedHashMap<>();
        for (Cue cue : CUES) {
            if (!Prefilter.mayMatch(cue.pattern(), text)) {
                continue;  // most sentences hold none of a cue's words: skip the scan
            }
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                Entity subject = subject(text, m.start(), mentions, proposed, cue.datasets());
                if (subject == null) {
                    continue;
                }
                for (EntityFact object : objects(text, m.end(), mentions, cue.datasets())) {
                    if (object.entity().key().equals(subject.key())) {
                        continue;
                    }
                    Evidence ev = new Evidence(s.section(), text, m.start(), object.evidence().end(), cue.rule(),
                            cue.confidence());
                    out.putIfAbsent(cue.relation() + "|" + subject.key() + "|" + object.entity().key(),
                            new EntityRelationFact(cue.relation(), subject, object.entity(), ev));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Who the sentence says it of: the last system named before the cue, unless the sentence speaks of "we"/
     * "our"/"it", which is the proposed artifact; the proposed artifact when none is named.
     */
    private static Entity subject(String text, int cueStart, List<EntityFact> mentions, Entity proposed,
                                  boolean forDatasets) {
        EntityFact named = null;
        for (EntityFact f : mentions) {
            if (f.evidence().end() <= cueStart && isSystem(f)) {
                named = f;
            }
        }
        if (named != null && (named.relation() == Relation.PROPOSES || proposed == null
                || !OWN.matcher(text.substring(named.evidence().end(), cueStart)).find())) {
            return named.entity();
        }
        if (proposed != null && (forDatasets || named != null || OWN.matcher(text).find())) {
            return proposed;
        }
        return named == null ? null : named.entity();
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
