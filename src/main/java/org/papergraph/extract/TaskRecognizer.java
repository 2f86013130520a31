package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.papergraph.source.Paper;

/**
 * Finds the research tasks a paper addresses: at most four short noun phrases in the paper's own words,
 * most central first.
 * <p>
 * Candidates come from the title ("... for Time Series Forecasting", a subtitle that is itself a task
 * phrase), from known task names ({@link TaskVocabulary}), from cue patterns in the abstract ("the problem
 * of X", "X is a fundamental task", "tasks such as X, Y and Z", "we address X") and from noun phrases
 * headed by a task noun ("... segmentation", "... forecasting"). Each source has a weight; a candidate seen
 * again gains a little, and the best ones above a threshold are kept. Thread-safe.
 */
public final class TaskRecognizer {
    /**
     * The score (a probability-like value in [0, 1]) the best, second, ... candidate needs to be reported; at
     * most four (the annotation guideline's limit). The best needs least: a paper addresses some task, and its
     * best guess is usually right; a fourth task is rarely named, so it needs most (chosen on the dev set,
     * where it helped two of the three annotated files). A best guess under 0.15 was right once in six on the dev
     * papers, under the precision at which adding a fact still raises F1 (half the F1), so it is left out.
     */
    static final double[] THRESHOLDS = {0.15, 0.2, 0.2, 0.3};
    /** Names of the ranking features, in order (dev tooling prints them next to the fitted weights). */
    static final List<String> FEATURES = List.of("bias", "title-for", "title-for-pp", "title-segment",
            "title-segment-pp", "title-known", "title-phrase", "known", "enumerated", "cue", "headed-phrase",
            "opening", "log-abstract-sentences", "title-and-abstract", "first-sentence", "length", "nested",
            "nests", "known-name", "strong-head", "artifact-head", "title-stripped", "coordinated", "named-task",
            "title-framed", "in-experiments", "late", "acronym", "one-word", "two-words",
            "artifact-for", "technique", "paradigm", "for", "title-gerund", "in-title", "named-entity",
            "evaluative-first", "suffix-of-longer", "prefix-of-longer", "own-sentence", "background-only");
    /**
     * Weights of the candidate features ({@link #FEATURES}), fitted by logistic regression (L2 3.0) on the annotated
     * dev papers and a second, independently annotated set of 72 seed papers (more data held up better in
     * cross-validation than the dev papers alone); the score of a candidate is the logistic of the weighted sum.
     */
    private static final double[] WEIGHTS = {
        -2.76, 1.52, -0.09, 0.03, -0.63, -0.64, 1.36, 0.61, 0.96, 0.83, 0.83, 0.46, 0.08, -0.40, 0.26, -0.14, -0.48,
        0.51, 1.43, 0.66, -0.34, 1.36, -0.03, 0.43, 0.29, 0.32, 0.33, 0.11, -1.35, -0.29, 0.29, -0.49, -0.65, 0.61,
        0.53, 0.60, -1.05, -0.87, -0.35, 0.37, -0.37, -0.69};

    /** Prepositions a title task phrase may carry on over ("3D Reconstruction of Occluded Objects"). */
    private static final Set<String> CARRY = Set.of("of", "on", "from", "in", "for");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** Nouns of artifacts whose purpose is named by "for": "a framework for X". */
    private static final Set<String> ARTIFACT_NOUNS = Set.of("model", "models", "framework", "method", "methods",
            "approach", "approaches", "architecture", "system", "transformer", "transformers", "network", "networks",
            "algorithm", "technique", "techniques", "pipeline", "strategy", "benchmark", "dataset", "toolkit",
            "library", "platform", "paradigm", "recipe", "solution", "baseline", "baselines", "tool", "module");
    /** Nouns after a phrase that call it a task ("the segmentation task", "classification benchmarks"). */
    private static final Set<String> TASK_NOUNS = Set.of("task", "tasks", "problem", "problems", "benchmark",
            "benchmarks");
    /** A sentence that reports experiments: the tasks it names are the ones the paper is evaluated on. */
    private static final java.util.regex.Pattern EXPERIMENT_CUES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:experiments?|evaluat\\w*|benchmarks?|results|outperform\\w*|achiev\\w*|state-of-the-art"
                    + "|SOTA|surpass\\w*|improv\\w*|demonstrat\\w*)\\b");
    private static final Set<String> ENUM_CUES = Set.of("such as", "including", "like", "e.g.", "namely");
    private static final Set<String> ADDRESS_VERBS = Set.of("address", "addresses", "addressing", "tackle",
            "tackles", "tackling", "solve", "solves", "solving", "study", "studies", "investigate",
            "investigates", "explore", "explores", "consider", "considers", "focus", "focuses", "target",
            "targets", "improve", "improves", "advance", "advances", "revisit", "revisits", "rethink");
    private static final Set<String> PROBLEM_NOUNS = Set.of("problem", "problems", "task", "tasks", "challenge",
            "challenges");
    /** Every word a cue of {@link #cueRules} starts with. */
    private static final Set<String> CUE_WORDS = union(Set.of("for", "is", "remains", "such"), TASK_NOUNS, PROBLEM_NOUNS,
            ENUM_CUES, ADDRESS_VERBS);
    /** A title phrase ending in one of these names an artifact, not a task ("for Large Language Models"). */
    private static final Set<String> ARTIFACT_HEADS = Set.of("model", "models", "network", "networks",
            "transformer", "transformers", "llm", "llms", "architecture", "architectures", "framework",
            "frameworks", "data", "dataset", "datasets", "benchmark", "benchmarks", "system", "systems", "agents",
            "encoder", "encoders", "backbone", "backbones", "method", "methods", "approach", "all", "everyone",
            "scale", "free", "sizes", "us", "imagery", "images", "text", "texts", "code", "tables", "tokens",
            "representations", "features", "layers");

    private final TaskVocabulary vocabulary;
    private final Lexicon lexicon;

    /** A recogniser over the bundled lexicon's tasks. */
    public TaskRecognizer() {
        this(Lexicon.bundled());
    }

    /** A recogniser that also knows the Task rows of {@code lexicon} (e.g. a user's {@code --lexicon}). */
    public TaskRecognizer(Lexicon lexicon) {
        this.vocabulary = TaskVocabulary.of(lexicon);
        this.lexicon = lexicon;
    }

    /** One candidate task: where and how it was seen, and its best evidence. */
    private static final class Candidate {
        final String key;
        final int order;
        final Set<String> rules = new HashSet<>();
        String surface;
        double best;
        Evidence evidence;
        int titleSightings;
        int abstractSightings;
        int firstSentence = Integer.MAX_VALUE;
        int tokens;
        /** The surface is a model, dataset or method of the lexicon ("knowledge distillation" is also a Method). */
        boolean namedEntity;
        /** Opens with a word that praises the approach ("Scalable X"): the task is likely X. */
        boolean evaluativeFirst;
        /** Another candidate narrows this one from the left ("X" vs "multivariate X"), or this one narrows another. */
        boolean suffixOfLonger;
        /** Another candidate carries this one on ("X" vs "X and Y", "X on Y"). */
        boolean prefixOfLonger;
        boolean known;
        boolean technique;
        boolean paradigm;
        boolean strongHead;
        boolean artifactHead;
        boolean inExperiments;
        boolean acronym;
        int lastSentence = -1;
        boolean late;
        boolean nested;
        boolean nests;
        boolean inTitle;
        /** Seen in a sentence about the paper's own work ({@link #aboutOwnWork}). */
        boolean inOwn;

        Candidate(String key, int order) {
            this.key = key;
            this.order = order;
        }

        /** The features the ranking weighs, in the order of {@link #FEATURES}. */
        double[] features() {
            return new double[] {
                1,
                has("task.title-for"), has("task.title-for-pp"), has("task.title-segment"),
                has("task.title-segment-pp"), has("task.title-known"), has("task.title-phrase"),
                has("task.known"), has("task.enumerated"),
                has("task.problem-of") + has("task.is-a-problem") + has("task.address") > 0 ? 1 : 0,
                has("task.headed-phrase"), has("task.opening"),
                Math.log1p(abstractSightings),
                titleSightings > 0 && abstractSightings > 0 ? 1 : 0,
                firstSentence == Integer.MAX_VALUE ? 0 : 1.0 / (1 + firstSentence),
                Math.min(tokens, 6) / 6.0,
                nested ? 1 : 0,
                nests ? 1 : 0,
                known ? 1 : 0,
                strongHead ? 1 : 0,
                artifactHead ? 1 : 0,
                has("task.title-stripped"),
                rules.stream().anyMatch(r -> r.contains("-coordinated")) ? 1 : 0,
                has("task.named-task"),
                has("task.title-framed") + has("task.title-framed-pp") > 0 ? 1 : 0,
                inExperiments ? 1 : 0,
                late ? 1 : 0,
                acronym ? 1 : 0,
                tokens == 1 ? 1 : 0,
                tokens == 2 ? 1 : 0,
                has("task.artifact-for"),
                technique ? 1 : 0,
                paradigm ? 1 : 0,
                has("task.for"),
                has("task.title-gerund") + has("task.title-gerund-pp") > 0 ? 1 : 0,
                inTitle ? 1 : 0,
                namedEntity ? 1 : 0,
                evaluativeFirst ? 1 : 0,
                suffixOfLonger ? 1 : 0,
                prefixOfLonger ? 1 : 0,
                inOwn ? 1 : 0,
                !inOwn && titleSightings == 0 ? 1 : 0,
            };
        }

        private double has(String rule) {
            return rules.contains(rule) ? 1 : 0;
        }

        /** The ranking score; computed once all sightings are in (see {@code rank}). */
        double score;

        double computeScore() {
            double[] f = features();
            double z = 0;
            for (int i = 0; i < f.length; i++) {
                z += WEIGHTS[i] * f[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    public List<EntityFact> find(List<Sentence> sentences, Paper paper) {
        return find(sentences, paper, Set.of());
    }

    /**
     * As {@link #find(List, Paper)}, passing over candidates whose key is in {@code notTasks}: the names of the
     * paper's own artifacts ("we propose Dynamic Token Pruning"), so the next best candidate can take the place.
     */
    public List<EntityFact> find(List<Sentence> sentences, Paper paper, Set<String> notTasks) {
        List<EntityFact> all = candidates(sentences);
        if (!notTasks.isEmpty()) {
            all = all.stream().filter(t -> !notTasks.contains(t.entity().key())).toList();
        }
        List<EntityFact> out = new ArrayList<>();
        for (int i = 0; i < Math.min(THRESHOLDS.length, all.size()); i++) {
            if (all.get(i).evidence().confidence() >= THRESHOLDS[i]) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Every candidate task, best first, with its score as the confidence. */
    List<EntityFact> candidates(List<Sentence> sentences) {
        List<EntityFact> out = new ArrayList<>();
        for (Candidate c : rank(sentences)) {
            Entity task = Entity.of(c.surface, EntityType.TASK);
            String canonical = vocabulary.lookup(c.surface);
            if (canonical != null && !canonical.equals(c.surface)) {
                task = new Entity(task.key(), c.surface, EntityType.TASK, List.of(canonical), null, null);
            }
            Evidence e = c.evidence;
            out.add(new EntityFact(Relation.TASK, task, c.surface,
                    new Evidence(e.section(), e.sentence(), e.start(), e.end(), e.rule(), c.score)));
        }
        return out;
    }

    /** The features of every candidate by surface, best first: dev tooling fits {@link #WEIGHTS} on them. */
    Map<String, double[]> features(List<Sentence> sentences) {
        Map<String, double[]> out = new LinkedHashMap<>();
        rank(sentences).forEach(c -> out.put(c.surface, c.features()));
        return out;
    }

    private List<Candidate> rank(List<Sentence> sentences) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        int abstractIndex = 0;
        for (Sentence s : sentences) {
            boolean title = s.section().equals("title");
            int index = title ? -1 : abstractIndex++;
            Map<String, Candidate> here = new LinkedHashMap<>();
            if (title) {
                titleRules(s, here);
            }
            for (TaskVocabulary.Hit h : vocabulary.find(s)) {
                add(here, s, h.from(), h.to(), title ? "task.title-known" : "task.known");
            }
            if (!title) {
                cueRules(s, here);
                if (index == 0) {
                    addPhrase(here, s, firstContent(s), "task.opening");  // "Software traceability establishes ..."
                }
            }
            headedPhrases(s, here, title ? "task.title-phrase" : "task.headed-phrase");
            boolean experiments = !title && Prefilter.mayMatch(EXPERIMENT_CUES, s.text())
                    && EXPERIMENT_CUES.matcher(s.text()).find();
            boolean own = !title && aboutOwnWork(s.tokens());
            // one sighting per sentence, whatever number of rules found it there
            for (Candidate c : here.values()) {
                Candidate all = candidates.computeIfAbsent(c.key, k -> new Candidate(k, candidates.size()));
                all.rules.addAll(c.rules);
                if (title) {
                    all.titleSightings++;
                } else {
                    all.abstractSightings++;
                    all.firstSentence = Math.min(all.firstSentence, index);
                    all.inExperiments |= experiments;
                    all.inOwn |= own;
                    all.lastSentence = Math.max(all.lastSentence, index);
                }
                all.acronym |= c.acronym;
                all.known |= c.known;
                all.technique |= c.technique;
                all.paradigm |= c.paradigm;
                all.strongHead |= c.strongHead;
                all.artifactHead |= c.artifactHead;
                if (all.surface == null || title && all.titleSightings == 1) {
                    all.surface = c.surface;
                    all.evidence = c.evidence;
                    all.tokens = c.tokens;
                }
            }
        }
        int abstractSentences = abstractIndex;
        for (Candidate c : candidates.values()) {
            c.late = c.lastSentence >= 0 && abstractSentences > 2 && c.lastSentence >= abstractSentences * 0.6;
        }
        // a title phrase the abstract repeats word for word is seen there too, whatever rule found it
        List<String> abstractTexts = sentences.stream().filter(s -> !s.section().equals("title"))
                .map(s -> s.text().toLowerCase(Locale.ROOT)).toList();
        for (Candidate c : candidates.values()) {
            if (c.titleSightings > 0 && c.abstractSightings == 0) {
                String needle = c.surface.toLowerCase(Locale.ROOT);
                for (int index = 0; index < abstractTexts.size(); index++) {
                    if (abstractTexts.get(index).contains(needle)) {
                        c.abstractSightings++;
                        c.firstSentence = Math.min(c.firstSentence, index);
                    }
                }
            }
        }
        // however a candidate was found, whether the title spells it out
        String titleKey = sentences.stream().filter(s -> s.section().equals("title")).findFirst()
                .map(s -> Names.key(s.text())).orElse("");
        for (Candidate c : candidates.values()) {
            Lexicon.Entry entry = lexicon.lookup(c.surface);
            c.namedEntity = entry != null && entry.type() != EntityType.TASK;
            int space = c.surface.indexOf(' ');
            c.evaluativeFirst = space > 0 && TaskPhrases.evaluative(c.surface.substring(0, space));
            c.inTitle = titleKey.contains(Names.key(c.surface));
        }
        for (Candidate a : candidates.values()) {
            for (Candidate b : candidates.values()) {
                if (a != b && b.key.length() > a.key.length() && b.key.contains(a.key)) {
                    a.nested = true;
                    b.nests = true;
                    a.suffixOfLonger |= b.key.endsWith(a.key);
                    a.prefixOfLonger |= b.key.startsWith(a.key);
                }
            }
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.forEach(c -> c.score = c.computeScore());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed().thenComparingInt(c -> c.order));
        return ranked;
    }

    /**
     * A sentence about the paper's own work ("we", "our", "this paper"). Its phrases are often the method, not the
     * task; a phrase only ever seen outside such sentences and outside the title is background ("X has been
     * studied for Y"). A token scan: this runs on every sentence.
     */
    private static boolean aboutOwnWork(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (w.equalsIgnoreCase("we") || w.equalsIgnoreCase("our") || w.equalsIgnoreCase("us")
                    || w.equalsIgnoreCase("this") && i + 1 < tokens.size() && OWN_WORK.contains(tokens.get(i + 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OWN_WORK = Set.of("paper", "work", "study", "article");

    // ---- title ----

    /** "X for Y": Y; a title segment that is a task phrase as a whole ("Gloss-free Sign Language Translation"). */
    private void titleRules(Sentence s, Map<String, Candidate> candidates) {
        List<String> tokens = s.tokens();
        int segStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || tokens.get(i).equals(":") || tokens.get(i).equals("?")
                    || tokens.get(i).equals("--") || tokens.get(i).equals("-") || tokens.get(i).equals(",");
            if (!end) {
                continue;
            }
            segment(s, segStart, i, candidates);
            segStart = i + 1;
        }
    }

    private void segment(Sentence s, int from, int to, Map<String, Candidate> candidates) {
        if (from >= to) {
            return;
        }
        List<String> tokens = s.tokens();
        int start = skipFraming(s, from, to);
        if (start < to && TaskPhrases.leadingGerund(tokens.get(start))) {
            int end = phraseEnd(s, start + 1, to);
            if (end > start + 1 && TaskPhrases.isHead(tokens.get(end - 1))) {
                start++;  // "Mastering Code Generation": the gerund frames a task the rest of the phrase names
            } else {
                titlePhrase(s, start, to, candidates, "task.title-gerund");  // "Compressing Models of Code"
            }
        }
        titlePhrase(s, start, to, candidates, "task.title-segment");
        if (framed(s, from, start)) {
            titlePhrase(s, start, to, candidates, "task.title-framed");
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).toLowerCase(Locale.ROOT);
            boolean marker = w.equals("for") || w.equals("towards") || w.equals("toward") || w.equals("under")
                    || i > from && TaskPhrases.framing(w) && w.endsWith("ing")
                    || (w.equals("on") || w.equals("of")) && i > from && TaskPhrases.framing(tokens.get(i - 1));
            if (marker) {
                int after = skipFraming(s, i + 1, to);
                titlePhrase(s, after, to, candidates, "task.title-for");
                if (framed(s, i, after)) {
                    titlePhrase(s, after, to, candidates, "task.title-framed");
                }
            }
        }
    }

    /** Whether tokens {@code [from, to)} frame a topic with a content word ("Survey on", "Towards"). */
    private static boolean framed(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.tokens().get(i).toLowerCase(Locale.ROOT);
            if (w.length() > 3 && TaskPhrases.framing(w)) {
                return true;
            }
        }
        return false;
    }

    /** Skips "A Survey on", "On the Importance of", "Towards", "Rethinking": words that frame the topic. */
    private static int skipFraming(Sentence s, int from, int to) {
        int i = from;
        while (i < to && TaskPhrases.framing(s.tokens().get(i))) {
            i++;
        }
        return i;
    }

    /**
     * The noun phrase starting at a title position, and the same phrase carried over one or two
     * prepositions ("Post-training of Large Language Models", "Continual Learning on a Pre-trained Model").
     */
    private void titlePhrase(Sentence s, int start, int to, Map<String, Candidate> candidates, String rule) {
        if (start >= to) {
            return;
        }
        List<String> tokens = s.tokens();
        int end = phraseEnd(s, start, to);
        int[] span = trim(s, start, end, true);
        if (span != null && (span[1] - span[0] >= 2 || TaskPhrases.isHead(tokens.get(span[0])))) {
            add(candidates, s, span[0], span[1], rule);
            stripped(s, span, candidates);
            coordinated(s, span, candidates, rule);
        }
        int e = end;
        for (int k = 0; k < 2 && e + 1 < to && CARRY.contains(tokens.get(e).toLowerCase(Locale.ROOT)); k++) {
            int next = e + 1;
            while (next < to && DETERMINERS.contains(tokens.get(next).toLowerCase(Locale.ROOT))) {
                next++;
            }
            int ne = phraseEnd(s, next, to);
            if (ne == next || ne - start > 8) {
                break;
            }
            e = ne;
            int[] pp = trim(s, start, e, true);
            if (pp != null && pp[1] > end) {
                add(candidates, s, pp[0], pp[1], rule + "-pp");
            }
        }
    }

    /** "Scalable X", "LLM-Empowered X", "Robust, Efficient and Adaptable X": a title phrase also names X. */
    private void stripped(Sentence s, int[] span, Map<String, Candidate> candidates) {
        int a = span[0];
        while (span[1] - a >= 3 && TaskPhrases.evaluative(s.tokens().get(a))
                && !s.tokens().get(a + 1).equalsIgnoreCase("learning")) {  // "Deep Learning X" is no "Learning X"
            add(candidates, s, ++a, span[1], "task.title-stripped");
        }
    }

    private boolean isDatasetName(String token) {
        Lexicon.Entry e = lexicon.lookup(token);
        return e != null && (e.type() == EntityType.DATASET || e.type() == EntityType.BENCHMARK);
    }


    // ---- abstract cues ----

    private void cueRules(Sentence s, Map<String, Candidate> candidates) {
        List<String> tokens = s.tokens();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i).toLowerCase(Locale.ROOT);
            if (!CUE_WORDS.contains(w)) {
                continue;  // one lookup turns away the many tokens that open no cue below
            }
            // "a framework for X", "models for X": what an artifact is for is a task
            if (w.equals("for") && i > 0 && i + 1 < n && ARTIFACT_NOUNS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))) {
                int j = i + 1;
                while (j < n && DETERMINERS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                    j++;
                }
                addPhrase(candidates, s, j, "task.artifact-for");
            } else if (w.equals("for") && i + 1 < n) {
                // "... for X" with X headed by a task noun: what the paper's work is for
                int j = i + 1;
                while (j < n && DETERMINERS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                    j++;
                }
                int[] span = trim(s, j, phraseEnd(s, j, n));
                if (span != null && TaskPhrases.isHead(tokens.get(span[1] - 1))) {
                    add(candidates, s, span[0], span[1], "task.for");
                }
            }
            // "the X task", "X problems": the phrase a task noun names
            if (TASK_NOUNS.contains(w) && i > 0 && !breaks(s, i - 1)) {
                int[] span = trim(s, phraseStart(s, i), i);
                if (span != null) {
                    add(candidates, s, span[0], span[1], "task.x-task");
                }
            }
            // "the problem/task of X"
            if (PROBLEM_NOUNS.contains(w) && i + 2 < n && tokens.get(i + 1).equalsIgnoreCase("of")) {
                addPhrase(candidates, s, i + 2, "task.problem-of");
            }
            // "X is a (fundamental|...) problem/task"
            if ((w.equals("is") || w.equals("remains")) && i > 0 && i + 2 < n) {
                int j = i + 1;
                while (j < n && j < i + 5 && !PROBLEM_NOUNS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                    j++;
                }
                if (j < n && j < i + 5 && PROBLEM_NOUNS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                    int start = phraseStart(s, i);
                    int[] span = trim(s, start, i);
                    if (span != null) {
                        add(candidates, s, span[0], span[1], "task.is-a-problem");
                    }
                }
            }
            // "tasks such as X, Y and Z"
            if ((w.equals("such") && i + 1 < n && tokens.get(i + 1).equalsIgnoreCase("as") || ENUM_CUES.contains(w))
                    && i > 0 && isTaskWord(tokens, i - 1)) {
                int j = w.equals("such") ? i + 2 : i + 1;
                enumerate(s, j, candidates);
            }
            // "we address/tackle (the problem of) X"
            if (ADDRESS_VERBS.contains(w)) {
                int j = i + 1;
                if (j < n && tokens.get(j).equalsIgnoreCase("on")) {
                    j++;
                }
                while (j < n && (tokens.get(j).equalsIgnoreCase("the") || tokens.get(j).equalsIgnoreCase("a")
                        || tokens.get(j).equalsIgnoreCase("an"))) {
                    j++;
                }
                if (j < n && !PROBLEM_NOUNS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                    int end = phraseEnd(s, j, n);
                    int[] span = trim(s, j, end);
                    if (span != null && TaskPhrases.isHead(tokens.get(span[1] - 1))) {
                        add(candidates, s, span[0], span[1], "task.address");
                    }
                }
            }
        }
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** "tasks such as", "problems including", "applications like" */
    private static boolean isTaskWord(List<String> tokens, int i) {
        String w = tokens.get(i).toLowerCase(Locale.ROOT);
        if (w.equals(",") && i > 0) {
            w = tokens.get(i - 1).toLowerCase(Locale.ROOT);
        }
        return PROBLEM_NOUNS.contains(w) || w.equals("applications") || w.equals("domains") || w.equals("scenarios");
    }

    /** Adds each noun phrase of a list "X, Y(,) and Z" starting at token {@code from}. */
    private void enumerate(Sentence s, int from, Map<String, Candidate> candidates) {
        List<String> tokens = s.tokens();
        int i = from;
        while (i < tokens.size()) {
            int end = phraseEnd(s, i, tokens.size());
            if (end == i) {
                break;
            }
            int[] span = trim(s, i, end);
            if (span != null) {
                add(candidates, s, span[0], span[1], "task.enumerated");
            }
            i = end;
            if (i < tokens.size() && tokens.get(i).equals(",")) {
                i++;
            }
            if (i < tokens.size() && (tokens.get(i).equalsIgnoreCase("and") || tokens.get(i).equalsIgnoreCase("or"))) {
                i++;
            } else if (i >= tokens.size() || !tokens.get(i - 1).equals(",")) {
                break;
            }
        }
    }

    /** The first token after leading determiners. */
    private static int firstContent(Sentence s) {
        int i = 0;
        while (i < s.tokens().size() && DETERMINERS.contains(s.tokens().get(i).toLowerCase(Locale.ROOT))) {
            i++;
        }
        return i;
    }

    private void addPhrase(Map<String, Candidate> candidates, Sentence s, int from, String rule) {
        int end = phraseEnd(s, from, s.tokens().size());
        int[] span = trim(s, from, end);
        if (span != null) {
            add(candidates, s, span[0], span[1], rule);
        }
    }

    // ---- noun phrases headed by a task noun ----

    private void headedPhrases(Sentence s, Map<String, Candidate> candidates, String rule) {
        List<String> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (breaks(s, i)) {
                i++;
                continue;
            }
            int end = phraseEnd(s, i, tokens.size());
            // the longest prefix of the chunk that ends in a task head
            int last = -1;
            for (int j = i; j < end; j++) {
                if (TaskPhrases.isHead(tokens.get(j))) {
                    last = j;
                }
            }
            if (last >= 0) {
                int[] span = trim(s, i, last + 1);
                if (span != null) {
                    add(candidates, s, span[0], span[1], rule);
                    coordinated(s, span, candidates, rule);
                    if (s.section().equals("title")) {
                        stripped(s, span, candidates);
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /** "in-domain and out-of-domain generalization": the phrase with the conjunct that shares its head. */
    private void coordinated(Sentence s, int[] span, Map<String, Candidate> candidates, String rule) {
        List<String> t = s.tokens();
        int a = span[0];
        if (a >= 2 && t.get(a - 1).equalsIgnoreCase("and") && !breaks(s, a - 2)
                && (a == 2 || breaks(s, a - 3)) && span[1] - a <= 4) {
            add(candidates, s, a - 2, span[1], rule + "-coordinated");
            if (span[1] - a >= 2) {
                // "image and text classification" also names image classification
                String left = t.get(a - 2) + " " + s.text().substring(s.tokenStarts().get(a + 1), singularEnd(s, span[1]));
                add(candidates, s, a - 2, span[1], left, span[1] - a, rule + "-coordinated-left");
            }
        }
    }

    // ---- phrase boundaries ----

    /**
     * {@link TaskPhrases#breaks} of every token of the sentence last asked about on this thread: the phrase rules
     * ask about the same tokens many times over (it cost 3% of extraction).
     */
    private static final ThreadLocal<Object[]> LAST_BREAKS = ThreadLocal.withInitial(() -> new Object[2]);

    private static boolean breaks(Sentence s, int i) {
        Object[] last = LAST_BREAKS.get();
        if (last[0] != s) {
            boolean[] breaks = new boolean[s.tokens().size()];
            for (int k = 0; k < breaks.length; k++) {
                breaks[k] = TaskPhrases.breaks(s.tokens().get(k), s.tags().get(k));
            }
            last[0] = s;
            last[1] = breaks;
        }
        return ((boolean[]) last[1])[i];
    }

    /** The end (exclusive) of the noun phrase that starts at token {@code from}, not beyond {@code limit}. */
    private static int phraseEnd(Sentence s, int from, int limit) {
        int j = from;
        while (j < limit) {
            if (j > from && acronymInParentheses(s, j) && j + 3 <= limit) {
                j += 3;  // "Data-to-text (D2T) generation"
            } else if (breaks(s, j)) {
                break;
            } else {
                j++;
            }
        }
        return j;
    }

    /** Tokens {@code j..j+2} are "(", an acronym, ")". */
    private static boolean acronymInParentheses(Sentence s, int j) {
        List<String> t = s.tokens();
        return j + 2 < t.size() && t.get(j).equals("(") && t.get(j + 2).equals(")")
                && t.get(j + 1).chars().anyMatch(Character::isUpperCase) && t.get(j + 1).length() <= 8;
    }

    /** The start of the noun phrase that ends right before token {@code end}. */
    private static int phraseStart(Sentence s, int end) {
        int j = end;
        while (j > 0) {
            if (j >= 3 && acronymInParentheses(s, j - 3)) {
                j -= 3;
            } else if (!breaks(s, j - 1)) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Trims qualifying words at the start and generic words at the end ("various downstream tasks");
     * null when nothing task-like is left or the phrase is too long to be a task name.
     */
    private int[] trim(Sentence s, int from, int to) {
        return trim(s, from, to, false);
    }

    /** As {@link #trim(Sentence, int, int)}; a title phrase keeps its opening gerund ("Fusing Modalities"). */
    private int[] trim(Sentence s, int from, int to, boolean keepGerund) {
        List<String> tokens = s.tokens();
        int a = from;
        int b = to;
        while (a < b) {
            if (a + 3 < b && acronymInParentheses(s, a)) {
                a += 3;  // "state-of-the-art (SOTA) X" lost its long form to the trim: the acronym goes too
            } else if (TaskPhrases.leadingNoise(tokens.get(a)) || s.tags().get(a).startsWith("RB")
                    || TaskPhrases.approachModifier(tokens.get(a)) && b - a > 1
                    || TaskPhrases.framing(tokens.get(a)) && b - a > 1
                    || b - a > 1 && (!keepGerund && TaskPhrases.leadingGerund(tokens.get(a))
                    || isDatasetName(tokens.get(a)))) {
                a++;  // "COCO object detection" is object detection measured on COCO
            } else {
                break;
            }
        }
        while (b > a && TaskPhrases.genericTail(tokens.get(b - 1))) {
            b--;
        }
        if (b < to && b > a && TaskPhrases.leadingNoise(tokens.get(b - 1))) {
            return null;  // "X on Downstream Tasks" lost its noun: what is left is no phrase
        }
        if (b <= a || b - a > 6) {
            return null;
        }
        String phrase = s.text().substring(s.tokenStarts().get(a), s.tokenEnd(b - 1));
        if (TaskPhrases.notATask(phrase) || phrase.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return new int[] {a, b};
    }

    /** Token {@code to} calls the phrase before it a task: "X tasks", "X and Y tasks", "X, Y problems". */
    private static boolean calledTask(List<String> t, int to) {
        if (to < t.size() && TASK_NOUNS.contains(t.get(to).toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean joined = to + 2 < t.size() && (t.get(to).equals(",") || t.get(to).equalsIgnoreCase("and")
                || t.get(to).equalsIgnoreCase("or"));
        return joined && TaskPhrases.isHead(t.get(to + 1)) && TASK_NOUNS.contains(t.get(to + 2).toLowerCase(Locale.ROOT));
    }

    private void add(Map<String, Candidate> candidates, Sentence s, int from, int to, String rule) {
        int start = s.tokenStarts().get(from);
        add(candidates, s, from, to, s.text().substring(start, singularEnd(s, to)), to - from, rule);
    }

    /** The end offset of a phrase ending before token {@code to}: task names are singular ("link predictions"). */
    private static int singularEnd(Sentence s, int to) {
        return s.tokenEnd(to - 1) - (TaskPhrases.pluralHead(s.tokens().get(to - 1)) ? 1 : 0);
    }

    /** Adds the phrase spelt {@code surface} that the tokens {@code [from, to)} of the sentence stand for. */
    private void add(Map<String, Candidate> candidates, Sentence s, int from, int to, String surface, int tokens,
                     String rule) {
        int start = s.tokenStarts().get(from);
        int end = singularEnd(s, to);
        String canonical = vocabulary.lookup(surface);
        boolean namedAsTask = calledTask(s.tokens(), to);
        boolean listedAsTask = namedAsTask || rule.equals("task.enumerated");
        if (tokens == 1 && canonical == null && !(listedAsTask && TaskPhrases.isHead(surface))
                || TaskPhrases.notATask(surface)) {
            return;  // a lone word is a task when it is a known task name or called one ("a segmentation task")
        }
        // spellings of one known task ("NER", "named entity recognition") are one candidate
        String key = Names.key(canonical != null ? canonical : surface);
        if (key.isEmpty()) {
            return;
        }
        Candidate c = candidates.computeIfAbsent(key, k -> new Candidate(k, candidates.size()));
        c.rules.add(rule);
        if (namedAsTask) {
            c.rules.add("task.named-task");
        }
        c.known |= canonical != null;
        TaskVocabulary.Kind kind = canonical == null ? TaskVocabulary.Kind.TASK : vocabulary.kind(canonical);
        c.technique |= kind == TaskVocabulary.Kind.TECHNIQUE;
        c.paradigm |= kind == TaskVocabulary.Kind.PARADIGM;
        c.strongHead |= TaskPhrases.strongHead(s.tokens().get(to - 1));
        c.acronym |= acronymInParentheses(s, to);
        c.artifactHead |= ARTIFACT_HEADS.contains(s.tokens().get(to - 1).toLowerCase(Locale.ROOT));
        if (c.surface == null || tokens > c.tokens) {
            c.surface = surface;
            c.tokens = tokens;
            c.evidence = new Evidence(s.section(), s.text(), start, end, rule, 0.5);
        }
        if (from > 0 && tokens == to - from && TaskPhrases.settingModifier(s.tokens().get(from - 1))) {
            add(candidates, s, from - 1, to, rule);  // trimmed as an approach, kept as a setting
        }
    }
}
