package org.papergraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Noun-phrase boundaries for task names: which tokens can be part of a task phrase, which words are task
 * heads ("segmentation", "forecasting", "answering"), and how a raw phrase is trimmed to the task ("various
 * downstream tasks" -> nothing, "the text-to-SQL task" -> "text-to-SQL"). Stateless.
 */
final class TaskPhrases {
    private TaskPhrases() {
    }

    /** Words that end a noun phrase whatever their tag (tags of short title words are unreliable). */
    private static final Set<String> BREAK = Set.of(
            "a", "an", "the", "this", "these", "those", "that", "its", "their", "our", "his", "her", "such", "each",
            "every", "any", "some", "all", "both", "either", "no", "of", "in", "on", "for", "with", "by", "from",
            "to", "into", "via", "through", "over", "under", "across", "between", "among", "at", "as", "about",
            "against", "without", "within", "toward", "towards", "using", "and", "or", "but", "nor", "while",
            "whereas", "we", "it", "they", "which", "who", "what", "how", "when", "where", "why", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could", "will",
            "would", "may", "might", "should", "must", "shall", "not", "than", "then", "also", "only", "very",
            "more", "most", "less", "based", "made", "easy", "beyond", "matters", "need", "up",
            "out", "us", "you", "your", "i", "my", "me", "there", "here", "so", "because", "if", "whether",
            "after", "before", "during", "upon", "around", "like", "unlike", "vs", "versus", "e.g.",
            "i.e.", "etc", "well", "often", "still",
            // verbs of abstracts: the cheap tagger cannot tell them from nouns
            "propose", "proposes", "proposed", "perform", "performs", "performed", "achieve", "achieves",
            "achieved", "yield", "yields", "yielded", "require", "requires", "required", "improve", "improves",
            "improved", "address", "addresses", "addressed", "introduce", "introduces", "introduced", "termed",
            "dubbed", "called", "named", "show", "shows", "showed", "shown", "exhibit", "exhibits", "present",
            "presents", "presented", "enable", "enables", "enabled", "support", "supports", "supported",
            "outperform", "outperforms", "outperformed", "facilitate", "facilitates", "combine", "combines",
            "compare", "compares", "compared", "describe", "describes", "represent", "represents", "advance",
            "advances", "analyze", "analyzes", "analyse", "demonstrate", "demonstrates", "demonstrated", "provide",
            "provides", "provided", "allow", "allows", "allowed", "make", "makes", "use", "uses", "used",
            "leverage", "leverages", "leveraged", "adopt", "adopts", "employ", "employs", "apply", "applies",
            "applied", "explore", "explores", "explored", "investigate", "investigates", "investigated",
            "evaluate", "evaluates", "evaluated", "consider", "considers", "focus", "focuses", "aim", "aims",
            "tackle", "tackles", "solve", "solves", "reach", "reaches", "reached", "obtain", "obtains",
            "obtained", "attain", "attains", "surpass", "surpasses", "boost", "boosts", "reduce", "reduces",
            "reduced", "increase", "increases", "remain", "remains", "become", "becomes", "lead", "leads", "led",
            "wherein", "whereby", "thus", "hence", "however", "therefore", "moreover", "furthermore",
            "additionally", "specifically", "finally", "first", "second", "third", "recently", "even",
            "enhance", "enhances", "extend", "extends", "maintain", "maintains", "generate", "generates",
            "generalize", "generalizes", "discuss", "discusses", "emulate", "emulates", "possess", "enforce",
            "enforces", "retrain", "retrains", "continue", "continues", "reveal", "reveals", "indicate",
            "indicates", "suggest", "suggests", "benefit", "benefits", "preserve", "preserves", "capture",
            "captures", "learn", "learns", "train", "trains", "predict", "predicts", "encode", "encodes",
            "extract", "extracts", "adapt", "adapts", "fail", "fails", "struggle", "struggles", "rely", "relies",
            "depend", "depends", "ensure", "ensures", "prove", "proves", "establish", "establishes", "build",
            "builds", "construct", "constructs", "release", "releases", "develop", "develops", "conduct",
            "conducts", "report", "reports", "observe", "observes", "find", "finds", "found", "offer", "offers",
            "deliver", "delivers", "bring", "brings", "mitigate", "mitigates", "alleviate", "alleviates",
            "overcome", "overcomes", "exploit", "exploits", "incorporate", "incorporates", "integrate",
            "integrates", "unify", "unifies", "bridge", "bridges", "outperforming", "achieving", "enabling",
            "improving", "leading", "resulting", "yielding", "making", "including", "containing", "requiring",
            "allowing", "providing", "given", "known", "seen", "taken", "thereby", "significantly",
            "substantially", "consistently", "effectively", "efficiently", "greatly", "largely", "highly",
            "cover", "covers", "covered", "serve", "serves", "lack", "lacks", "face", "faces", "suffer",
            "suffers", "hinder", "hinders", "limit", "limits", "poses", "raise", "raises", "emerge",
            "emerges", "emerged", "gain", "gains", "gained", "attract", "attracts", "attracted", "receive",
            "receives", "received", "avoid", "avoids", "assess", "assesses", "examine", "examines", "implement",
            "implements", "include", "includes", "involve", "involves", "revolutionize", "revolutionise", "deepen",
            "deepens", "promote", "promotes", "accelerate", "accelerates", "simplify", "simplifies", "boosting",
            "enhancing", "facilitating", "supporting", "ensuring", "reducing", "performing", "formulate", "formulates",
            "although", "though", "since", "once", "until", "unless", "play", "plays", "occur", "occurs", "comprise",
            "comprises", "excel", "excels", "hold", "holds");
    /** Leading words that qualify how a task is mentioned, not which task it is. */
    private static final Set<String> LEADING_NOISE = Set.of(
            "various", "several", "many", "different", "downstream", "existing", "previous", "popular", "standard",
            "challenging", "important", "fundamental", "traditional", "conventional", "typical", "common", "recent",
            "current", "other", "diverse", "multiple", "numerous", "specific", "key", "critical", "crucial",
            "novel", "new", "classic", "classical", "general", "generic", "related", "practical", "real",
            "benchmark", "public", "prior", "extensive", "comprehensive", "complex", "difficult", "hard",
            "simple", "basic", "core", "main", "primary", "major", "broad", "wide", "large-scale", "representative",
            "mainstream", "prominent", "essential", "emerging", "widely-used", "well-known", "open",
            "better", "best", "strong", "stronger", "strongest", "impressive", "robust", "remarkable",
            "significant", "extra", "additional", "same", "high", "higher", "lower", "low", "improved",
            "enhanced", "larger", "smaller", "well-established", "state-of-the-art", "sota", "effective",
            "superior", "reliable", "accurate", "precise", "successful", "competitive", "promising", "overall",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "subsequent", "following", "proposed", "our", "own", "call", "calls", "called", "certain", "particular", "whole", "entire", "innovative",
            "advanced", "high-quality", "sophisticated", "fast", "ultra-fast");
    /** Words that close a task phrase without being part of the task's name. */
    private static final Set<String> GENERIC_TAIL = Set.of(
            "task", "tasks", "problem", "problems", "setting", "settings", "scenario", "scenarios", "challenge",
            "challenges", "domain", "domains", "field", "area", "areas", "applications", "application",
            "benchmark", "benchmarks", "performance", "capabilities", "capability", "abilities", "ability",
            "accuracy", "quality", "efficiency", "results");
    /** Nouns a task phrase ends with: what is done ("detection"), or the named problem ("forgetting"). */
    private static final Set<String> HEADS = Set.of(
            "classification", "detection", "segmentation", "generation", "recognition", "estimation",
            "translation", "summarization", "summarisation", "retrieval", "answering", "forecasting", "prediction",
            "synthesis", "reconstruction", "adaptation", "learning", "modeling", "modelling", "understanding",
            "reasoning", "parsing", "tracking", "matching", "alignment", "compression", "distillation", "search",
            "unlearning", "navigation", "manipulation", "captioning", "extraction", "editing", "restoration",
            "super-resolution", "inpainting", "completion", "tagging", "labeling", "labelling", "localization",
            "planning", "control", "mining", "tuning", "fine-tuning", "finetuning", "pre-training", "pretraining",
            "post-training", "transfer", "transferring", "generalization", "generalisation", "verification",
            "identification", "correction", "imputation", "clustering", "ranking", "recommendation", "diagnosis",
            "monitoring", "analysis", "optimization", "optimisation", "quantization", "pruning", "selection",
            "composition", "expansion", "discovery", "design", "deployment", "sampling", "scraping", "solving",
            "comprehension", "embedding", "embeddings", "infilling", "conversion", "spotting", "enhancement",
            "separation", "transcription", "grounding", "forgetting", "inference", "interpretation",
            "evaluation", "acceleration", "augmentation", "filtering", "simulation", "coding", "decoding",
            "regression", "attribution", "calibration", "following", "reuse", "merging",
            "personalization", "specialization", "self-improvement", "red-teaming", "teaming", "retargeting",
            "inversion", "registration", "denoising", "deblurring", "dehazing", "upsampling", "interpolation",
            "stylization", "animation", "rendering", "localisation", "tokenization", "scaling", "growth",
            "growing", "training", "safety", "robustness", "fairness", "privacy", "explainability",
            "interpretability", "shift", "shifts", "hallucination", "dialogue", "chatting", "driving",
            "decision-making", "making");
    /** Phrases with a task head that name a field or a tool, not a task. */
    private static final Set<String> NOT_TASKS = Set.of(
            "deep learning", "machine learning", "learning", "training", "the training", "model training",
            "inference", "evaluation", "analysis", "design", "generation", "prediction", "control", "search",
            "selection", "making", "shift", "shifts", "scaling", "growth", "growing", "extensive evaluation",
            "empirical analysis", "experimental evaluation", "comprehensive evaluation", "thorough analysis",
            "detailed analysis", "extensive analysis", "human evaluation", "further analysis", "joint training",
            "end-to-end training", "training from scratch", "model design", "architecture design",
            "fine-tuning", "pre-training", "pretraining", "finetuning", "tuning", "post-training", "robustness",
            "safety", "privacy", "optimization", "sampling", "inference time", "deployment", "simulation",
            "supervised learning", "learning rate", "artificial intelligence", "computer vision",
            "natural language processing", "nlp", "ai", "data mining");

    /** Lower case without allocating for the usual all-lower-case token. */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    static boolean breaks(String token, String tag) {
        String t = lower(token);
        if (BREAK.contains(t) || t.endsWith("'s") || t.endsWith("\u2019s")) {
            return true;  // a possessive names whose ("the model's reasoning"), not which task
        }
        if (verbSuffix(t) && Character.isLowerCase(token.charAt(0))) {
            return true;  // "formalize", "self-synthesizes": verbs the cheap tagger takes for nouns
        }
        if (!Character.isLetterOrDigit(token.charAt(0))) {
            return true;
        }
        return tag.equals("DT") || tag.equals("IN") || tag.equals("CC") || tag.startsWith("PRP") || tag.equals("MD")
                || tag.equals("TO") || tag.equals("WDT") || tag.equals("WP") || tag.equals("WRB")
                || tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP");
    }

    /** Nouns with a verb's ending. */
    private static final Set<String> NOT_VERBS = Set.of("size", "sizes", "prize", "prizes", "seize");

    /** Ends like a verb ("-ize", "-ify"): no English noun of our field does, bar a few. */
    private static boolean verbSuffix(String lower) {
        return (lower.endsWith("ize") || lower.endsWith("izes") || lower.endsWith("ify") || lower.endsWith("ifies"))
                && !NOT_VERBS.contains(lower);
    }

    static boolean isHead(String word) {
        String w = lower(word);
        if (HEADS.contains(w) || pluralHead(w)) {
            return true;
        }
        int dash = w.lastIndexOf('-');
        return dash > 0 && HEADS.contains(w.substring(dash + 1));
    }

    /** The plural of a task head that is not a head itself: "predictions", "generations" (not "embeddings"). */
    static boolean pluralHead(String word) {
        String w = lower(word);
        return w.length() > 4 && w.endsWith("s") && !HEADS.contains(w) && HEADS.contains(w.substring(0, w.length() - 1));
    }

    /** A count or a factor ("3", "10x", "6.6x") that opens a phrase: "10x faster training". */
    private static final java.util.regex.Pattern MULTIPLIER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?[x\u00d7]?");

    static boolean leadingNoise(String word) {
        return LEADING_NOISE.contains(lower(word))
                || !word.isEmpty() && Character.isDigit(word.charAt(0)) && MULTIPLIER.matcher(word).matches();
    }

    /** Heads that name a concrete task output ("segmentation", "answering") rather than a way of learning. */
    private static final Set<String> STRONG_HEADS = Set.of("classification", "detection", "segmentation",
            "generation", "recognition", "estimation", "translation", "summarization", "summarisation", "retrieval",
            "answering", "forecasting", "prediction", "synthesis", "reconstruction", "parsing", "tracking",
            "matching", "captioning", "extraction", "editing", "restoration", "super-resolution", "inpainting",
            "completion", "tagging", "localization", "navigation", "manipulation", "comprehension", "verification",
            "identification", "correction", "imputation", "ranking", "recommendation", "diagnosis", "spotting",
            "grounding", "infilling", "denoising", "unlearning", "search", "reasoning", "understanding",
            "forgetting", "driving", "decision-making");

    static boolean strongHead(String word) {
        String w = pluralHead(word) ? lower(word).substring(0, word.length() - 1) : lower(word);
        int dash = w.lastIndexOf('-');
        return STRONG_HEADS.contains(w) || dash > 0 && STRONG_HEADS.contains(w.substring(dash + 1));
    }

    /** Words that frame a title's topic without being part of it ("A Survey on", "Towards", "Rethinking"). */
    private static final Set<String> FRAMING = Set.of("a", "an", "the", "survey", "study", "review", "overview",
            "investigation", "analysis", "empirical", "comprehensive", "systematic", "towards", "toward",
            "importance", "usage", "usability", "role", "on", "of", "rethinking", "revisiting", "improving",
            "enhancing", "advancing", "boosting", "exploring", "evaluating", "leveraging", "combatting",
            "combating", "tackling", "addressing", "mitigating", "bridging", "unlocking", "benchmarking",
            "analyzing", "analysing", "investigating", "navigating", "lifting", "democratizing", "scaling",
            "unleashing", "harnessing", "empowering", "facilitating", "enabling", "simplifying", "accelerating");

    /** Adjectives that praise a title's approach; the task may be named with or without them. */
    private static final Set<String> EVALUATIVE = Set.of("scalable", "efficient", "robust", "fast", "effective",
            "accurate", "universal", "generalized", "unified", "lightweight", "holistic", "retrospective",
            "powerful", "optimized", "instantaneous", "adaptive", "dynamic", "flexible", "lifelong", "surgical",
            "controllable", "enhanced", "improved", "practical", "fair", "reliable", "secure", "explainable",
            "interpretable", "logical", "deep", "generic", "general", "simple", "better", "data-efficient", "adaptable",
            "versatile", "compact", "tiny", "faster", "stronger", "principled");

    /** Second halves of compounds that say how an approach works: "LLM-Empowered", "Trigger-guided". */
    private static final Set<String> APPROACH_SUFFIXES = Set.of("based", "empowered", "driven", "guided", "aware",
            "free", "enhanced", "assisted", "powered", "oriented", "centric", "agnostic", "informed", "inspired");

    static boolean evaluative(String word) {
        return EVALUATIVE.contains(lower(word)) || approachModifier(word);
    }

    /** "Transformer-based", "rule-free": says how a task is done, not which task it is. */
    static boolean approachModifier(String word) {
        String w = lower(word);
        int dash = w.lastIndexOf('-');
        return dash > 0 && APPROACH_SUFFIXES.contains(w.substring(dash + 1));
    }

    /** Second halves of compounds that may say which setting a task is posed in: "gloss-free", "task-agnostic". */
    private static final Set<String> SETTING_SUFFIXES = Set.of("free", "agnostic", "oriented", "centric");

    /** "Replay-free X" may name a harder variant of X, or only how a method does X: both are candidates. */
    static boolean settingModifier(String word) {
        String w = lower(word);
        int dash = w.lastIndexOf('-');
        return dash > 0 && SETTING_SUFFIXES.contains(w.substring(dash + 1));
    }

    static boolean framing(String word) {
        return FRAMING.contains(lower(word));
    }

    /** "Improving X", "Evaluating X": a verb in -ing that opens a phrase and is not itself a task head. */
    static boolean leadingGerund(String word) {
        String w = lower(word);
        return w.endsWith("ing") && w.length() > 5 && !isHead(w) && !w.contains("-");
    }

    static boolean genericTail(String word) {
        return GENERIC_TAIL.contains(lower(word));
    }

    static boolean notATask(String phrase) {
        return NOT_TASKS.contains(lower(phrase));
    }
}
