package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training objectives a paper makes up for pre-training ("a novel foo block modeling task", "the foo prediction
 * (FP) task for pre-training"): mostly lower-case names that no naming verb or name shape gives away, and that
 * would otherwise read as a task the paper addresses. Used by {@link ProposalRecognizer}; stateless.
 */
final class ObjectiveNames {
    // the last word of a training objective's name: "masked caption span modeling", "shuffled patch ordering"
    // ("classification" and "ranking" are left out: "a new passage ranking task" is mostly a task to solve)
    private static final String OBJECTIVE_HEADS = "(?:modeling|modelling|prediction|reconstruction|matching|denoising"
            + "|discrimination|ordering|recovery)";
    private static final String OBJECTIVE = "((?:[a-z][a-z-]* ){1,5}?[a-z-]*" + OBJECTIVE_HEADS + ")";
    private static final Pattern OBJECTIVE_END = Pattern.compile(OBJECTIVE_HEADS + "$");
    // "a new pretext task: foo ordering, which ...": the name set off after the objective noun
    private static final Pattern OBJECTIVE_APPOSITIVE = Pattern.compile(
            "\\b(?:pre-?training|pretext|auxiliary|proxy) (?:task|objective)(?: --| —| –|,|:) " + OBJECTIVE + "(?= --| —| –|,|\\.)");
    // "with a novel foo block language modeling task": the name before the objective noun
    private static final Pattern NOVEL_OBJECTIVE = Pattern.compile(
            "\\b(?:a|an) (?:novel|new|newly[- ]proposed) " + OBJECTIVE + " (?:pre-?training )?(?:task|objective)\\b");
    // "we construct the foo prediction (FP) task for pre-training": an acronym followed by the objective noun
    private static final Pattern OBJECTIVE_AFTER = Pattern.compile("\\G\\)? (?:pre-?training )?(?:task|objective)\\b");
    private static final Pattern NEW_OR_OURS = Pattern.compile(
            "(?i)\\b(?:novel|new|newly|we (?:\\w+ )?(?:propose|introduce|present|design|construct|devise|develop)[sd]?)\\b");
    // the paper's own voice: "prior methods use a novel ... task" is someone else's objective
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur)\\b");
    private static final Pattern PRE_TRAINING = Pattern.compile("(?i)\\bpre-?train");
    // "Foo Ordering as a Pretext Task for ...": a title that presents its own pre-training objective
    private static final Pattern TITLE_OBJECTIVE = Pattern.compile(
            " as an? (?:\\p{Lu}\\p{Ll}+ ){0,2}(?:Pre-?[Tt]raining|Pretext|Self-[Ss]upervised) (?:Strategy|Objective|Task)\\b");

    private ObjectiveNames() {
    }

    /**
     * Training objectives a paper makes up for pre-training, mostly written in lower case: "a new pretext task:
     * foo ordering, which ...", "a novel foo modeling task" or "a foo prediction (FP) task" in a sentence about
     * pre-training that says it is new or ours, and a title "Foo Ordering as a Pretext Task". The objective noun
     * and a name that ends like one ("... prediction") make it a method, not a task the paper addresses.
     */
    static List<NameHit> objectives(List<Sentence> sentences, List<List<AcronymDetector.Acronym>> acronyms, Lexicon lexicon) {
        List<NameHit> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            String t = s.text();
            if (s.section().equals("title")) {
                String head = TitleNames.head(s);
                if (head != null && t.startsWith(head + " as ") && OBJECTIVE_END.matcher(head.toLowerCase(Locale.ROOT)).find()
                        && TITLE_OBJECTIVE.matcher(t).region(head.length(), t.length()).lookingAt()
                        && !EntityRecognizer.isKnown(head, lexicon)) {
                    out.add(new NameHit(head, null, s, 0, head.length(), "proposes.objective", 0.65, EntityType.METHOD));
                }
                continue;
            }
            if (!Prefilter.mayMatch(PRE_TRAINING, t) || !PRE_TRAINING.matcher(t).find()
                    || !NEW_OR_OURS.matcher(t).find() || !FIRST_PERSON.matcher(t).find()) {
                continue;
            }
            for (Pattern p : List.of(OBJECTIVE_APPOSITIVE, NOVEL_OBJECTIVE)) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    if (!EntityRecognizer.isKnown(m.group(1), lexicon) && aboutPreTraining(t, m.start(), m.end())) {
                        out.add(new NameHit(m.group(1), null, s, m.start(1), m.end(1), "proposes.objective", 0.65,
                                EntityType.METHOD));
                    }
                }
            }
            for (AcronymDetector.Acronym a : acronyms.get(si)) {
                String lf = a.longForm().toLowerCase(Locale.ROOT);
                if (lf.contains(" ") && OBJECTIVE_END.matcher(lf).find()
                        && OBJECTIVE_AFTER.matcher(t).region(a.shortEnd(), t.length()).lookingAt()
                        && aboutPreTraining(t, a.longStart(), a.shortEnd())
                        && !EntityRecognizer.isKnown(a.shortForm(), lexicon) && !EntityRecognizer.isKnown(a.longForm(), lexicon)) {
                    out.add(new NameHit(a.shortForm(), a.longForm(), s, a.shortStart(), a.shortEnd(), "proposes.objective",
                            0.65, EntityType.METHOD));
                }
            }
        }
        return out;
    }

    /**
     * "We pre-train ... with a novel foo task", "the foo (F) task for pre-training": pre-training is named next to
     * the objective, so the task is a training signal, not a problem the paper solves.
     */
    private static boolean aboutPreTraining(String t, int start, int end) {
        return PRE_TRAINING.matcher(t.substring(Math.max(0, start - 80), Math.min(t.length(), end + 25))).find();
    }
}
