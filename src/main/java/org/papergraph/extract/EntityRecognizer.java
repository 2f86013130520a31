package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the datasets, benchmarks, models and methods a sentence names: lexicon names (with version and
 * size suffixes: {@code LLaMA-2-7B}, {@code Qwen2.5-7B-Instruct}, {@code ViT-L/14}), acronym definitions
 * whose long form names a model/method/dataset, and names the context announces ("the X dataset", "on the
 * X benchmark", "X-13B", "the X model", "baselines such as X, Y and Z"). Proposed artifacts are filtered
 * later by {@link RuleExtractor}. Stateless and thread-safe.
 */
public final class EntityRecognizer {
    /** One mention of an entity in a sentence. */
    public record Mention(String surface, int start, int end, Entity entity, String rule, double confidence) {
        public Relation relation() {
            return switch (entity.type()) {
                case DATASET, BENCHMARK -> Relation.DATASET;
                case MODEL -> Relation.MODEL;
                case METHOD -> Relation.METHOD;
                default -> null;
            };
        }
    }

    private static final String NAME = NameShapes.TOKEN;
    // "FooGen 1.2", "FooVoice 17.0": a release number after a name, not a score ("FooGen 45.3%", "FooNet 1.5 points")
    private static final String RELEASE = " 1?\\d\\.\\d(?![\\d%.]| ?(?:%|points?|pp|dB|x\\b|×|times|AP|mIoU|FID|BLEU|vs))";
    // "-7B", " 70B", "-v2", "-Instruct", "-base", "/14": what follows a model family name in a checkpoint name
    private static final Pattern VARIANT = Pattern.compile(
            "^(?:(?:(?:-[A-Za-z][\\p{L}\\p{N}.]*)+-\\d+(?:\\.\\d+)?[BM]\\b)|(?:[- ]?\\d+(?:\\.\\d+)?[BbMmKkTt]\\b)|(?:[-/]v?\\d+(?:\\.\\d+)*\\b)|(?:[-]\\d+x\\d+[Bb]?\\b)"
                    + "|(?:[- ](?:Instruct|Chat|Base|Large|Medium|Small|Tiny|Huge|Giant|XL|XXL|Turbo|Pro|Ultra|Mini|mini|Plus"
                    + "|Max|Lite|Coder|Math|Vision|VL|Distill|Zero|Preview|preview|base|large|small|tiny|instruct|chat"
                    + "|So400m|SO400M)\\d?\\b(?! (?:[Ll]anguage|[Mm]ultimodal|[Vv]ision)))"  // "Foo-3 Large Language Model"
                    + "|(?:-(?:dev|schnell|Thinking|Flash|Omni|Nano|hf|alpha|beta|vision)\\b)|(?: [vV]\\d+(?:\\.\\d+)?\\b)|(?:" + RELEASE + ")"
                    + "|(?:_(?:BASE|LARGE|SMALL|Base|Large|Small|base|large|small)\\b)|(?:-[A-Z]{1,2}\\d*\\b(?!-)))+");
    // "iNat 2019", "COCO test-dev", "FooSpeech test-other", "FooDet minival", "MIMIC-III", "FooQA v2", "FooVoice 17.0",
    // "ImageNet 64 x 64": editions, splits and resolutions of a dataset
    private static final Pattern DATASET_VARIANT = Pattern.compile(
            "(?:(?:[- ](?:19|20)\\d{2}|[- ](?:test|dev|val)-(?:dev|std|clean|other)|[- ](?:minival|(?:val|test|train)20\\d{2})"
                    + "|[- ][vV]\\d+(?:\\.\\d+)?|-(?:III|IV|II)| \\d{2,4} ?(?:x|×|times) ?\\d{2,4})\\b|" + RELEASE + ")");
    private static boolean isMetric(Lexicon.Entry e) {
        return e != null && e.type() == EntityType.METRIC;
    }

    private static final Pattern SCORE_AFTER = Pattern.compile("^ (?:score|similarity)\\b");
    private static final Pattern SIZED_MODEL = Pattern.compile(
            "\\b((?:[A-Z][\\p{L}\\p{N}]*(?:[-.][\\p{L}\\p{N}]+)*?)[- ](?:\\d+(?:\\.\\d+)?[BM]|\\d+x\\d+B))"
                    + "(?:-(?:Instruct|Chat|Base|it|hf|Coder))?\\b");
    // head nouns that announce the kind of the names just before them: "the X and Y datasets", "the X model"
    private static final Pattern DATASET_HEAD = Pattern.compile(
            "\\b(?:dataset|benchmark|corpus|corpora|suite|leaderboard)s?\\b|\\b(?:test|dev|validation|val) set\\b");
    private static final Pattern MODEL_HEAD = Pattern.compile(
            "\\b(?:models?|backbones?|architectures?|network|encoder|decoder|LLM|detector|checkpoints?)\\b");
    private static final Pattern METHOD_HEAD = Pattern.compile(
            "\\b(?:algorithm|optimizer|loss|objective|regularization|prompting|decoding)\\b");
    // "on A, B and C", "such as A and B": a list whose known members tell the kind of the unknown ones
    // words that open a list of names: "on A, B and C", "such as A and B", "e.g., A, B" (see listCue)
    private static final String[] LIST_CUES = {"on", "across", "over", "including", "include", "namely", "such as",
        "like", "e.g.", "with", "against", "than"};
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\G(?:\\s*\\([^()]{1,40}\\))?(?:,\\s*and\\s+|,\\s*or\\s+|,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*/\\s*)");
    private static final Pattern DATASET_WORDS = Pattern.compile("\\b(?:datasets?|benchmarks?|corpora|corpus)\\b");

    private EntityRecognizer() {
    }

    public static List<Mention> find(Sentence s, List<AcronymDetector.Acronym> acronyms, Lexicon lexicon) {
        String t = s.text();
        List<Mention> out = new ArrayList<>();
        int spelledOutUntil = -1;  // end of a "chain-of-thought (CoT) prompting" mention: its inner names are part of it
        for (Lexicon.Match m : lexicon.find(t)) {
            Entity e = m.entry().entity();
            int start = m.start();
            int end = m.end();
            if (start < spelledOutUntil) {
                continue;
            }
            Pattern suffix = e.type() == EntityType.MODEL ? VARIANT
                    : e.type() == EntityType.DATASET || e.type() == EntityType.BENCHMARK ? DATASET_VARIANT : null;
            if (suffix != null) {
                Matcher v = suffix.matcher(t).region(end, t.length());
                if (v.lookingAt() && v.end() > end) {
                    end = v.end();
                }
            }
            if (end == m.end() && (partOfLongerName(t, start, end) || lastWordOfLongerName(t, start, m.surface(), s.section().equals("title")))
                    || end > m.end() && gluedBefore(t, start) || end == m.end() && GREEK_LETTERS.contains(m.surface())) {
                continue;  // "LLaMA" inside "LLaMA-NAS", "Transformer" in "Hierarchical Transformer" name something else
            }
            if (end > m.end() && isMetric(lexicon.entry(t.substring(start, end)))) {
                continue;  // "CLIP-T": a listed metric named after the model, not a variant of it
            }
            if (e.type() == EntityType.MODEL && end == m.end() && t.startsWith(" s", end) && SCORE_AFTER.matcher(t).region(end, t.length()).lookingAt()) {
                continue;  // "a DINO score of 0.7": a metric computed with the model's features, not a model the paper uses
            }
            if (e.type() == EntityType.METHOD && s.section().equals("title") && MentionExtent.spellsOutTitleName(t, start, e)) {
                continue;  // "FooMAE: Masked Autoencoders for ...": the long form of the paper's own name
            }
            if (MentionExtent.insideUrl(t, start)) {
                continue;  // "https://example.org/X-CLIP": part of an address, not a mention
            }
            if (MentionExtent.insideOtherDefinition(m, acronyms, lexicon)) {
                continue;  // "Sparse Mixture of Experts (SMoE)": the paper's acronym names the longer thing
            }
            if (end == m.end() && s.section().equals("title") && TITLE_CLASS_PLURALS.contains(m.surface())) {
                continue;  // "Distilling Transformers for ...": a title speaks of the class; the abstract says if one is used
            }
            if (classModifier(t, m.surface(), end)) {
                continue;  // "Transformer-based models": the architecture class as an adjective, not a named model
            }
            if (e.type() == EntityType.METHOD && MentionKinds.classOfModels(t, m)) {
                continue;  // "mixture-of-experts models": models built that way, neither one model nor the method used
            }
            if (e.type() == EntityType.METHOD && !TechniqueUse.uses(t, start, end, m.surface())) {
                continue;  // "a novel meta-learning framework", "no pseudo-labeling": not a method the paper uses
            }
            if (e.type() == EntityType.MODEL && dimensionBefore(t, start)) {
                start -= 3;  // "3D Swin Transformer": the volumetric version of the architecture, a model of its own
            }
            int language = e.type() == EntityType.MODEL ? languageBefore(t, start, end) : -1;
            if (language >= 0) {
                start = language;  // "German BERT": the model pretrained for that language, a model of its own
            }
            if ((e.type() == EntityType.DATASET || e.type() == EntityType.BENCHMARK) && start > 5 && t.startsWith("The ", start - 4)
                    && t.charAt(start - 5) == ' ' && Character.isUpperCase(m.surface().charAt(0))) {
                start -= 4;  // "drawn from The Pile": a capitalised article mid-sentence is part of the collection's name
            }
            if ((e.type() == EntityType.DATASET || e.type() == EntityType.BENCHMARK) && start >= 6) {
                Matcher split = SPLIT_PREFIX.matcher(t.substring(Math.max(0, start - 12), start));
                if (split.find()) {
                    start -= split.end() - split.start();  // "Split CIFAR-100" is the continual-learning variant
                }
            }
            String surfaceKey = Names.key(m.surface());
            boolean variantAlias = !surfaceKey.equals(e.key()) && !surfaceKey.equals(e.key() + "s")  // "DiTs" is DiT
                    && (surfaceKey.startsWith(e.key()) || e.type() != EntityType.METHOD && sizeOfAlias(m.surface(), e));
            int longer = MentionExtent.spelledLonger(t, m, lexicon);
            if (end > m.end() || start < m.start() || variantAlias) {  // "BERT-base", "ViT-B/16": own entity, family set
                String surface = t.substring(start, end);
                out.add(new Mention(surface, start, end, EntityResolver.variant(surface, e), "entity.lexicon-variant", 0.85));
            } else if (longer > 0) {
                spelledOutUntil = longer;
                out.add(new Mention(t.substring(start, longer), start, longer, e, "entity.lexicon", 0.9));
            } else {
                EntityType treated = MentionKinds.treatedAs(s, m, e, acronyms);
                out.add(treated == e.type() ? new Mention(m.surface(), m.start(), m.end(), e, "entity.lexicon", 0.9)
                        : new Mention(m.surface(), m.start(), m.end(), MentionKinds.retyped(e, treated), MentionKinds.CONTEXT_RULE, 0.9));
            }
        }
        MentionKinds.modelsListedWithModels(t, out);
        gluedDatasetSizes(t, out, lexicon);
        scoredOn(t, out, lexicon);
        starredBenchmarks(t, out);
        elidedDatasetSizes(t, out, lexicon);
        namedParts(t, out, lexicon);
        comparedWith(t, out, lexicon);
        for (AcronymDetector.Acronym a : acronyms) {
            if (covered(out, a.shortStart(), a.shortEnd())) {
                continue;
            }
            Matcher head = MentionExtent.ACRONYM_THEN_HEAD.matcher(t).region(a.longEnd(), t.length());
            Lexicon.Entry whole = a.longEnd() < a.shortStart() && head.lookingAt() && head.end() > a.shortEnd()
                    ? lexicon.lookup(a.longForm() + " " + head.group(1)) : null;
            if (whole != null && !covered(out, a.longStart(), head.end())) {  // "<long> (ACR) cache": the known name written around its acronym
                out.add(new Mention(t.substring(a.longStart(), head.end()), a.longStart(), head.end(), whole.entity(),
                        "entity.lexicon", 0.9));
                continue;
            }
            Lexicon.Entry known = lexicon.lookup(a.longForm());
            EntityType type = known != null ? known.type() : ProposalRecognizer.headType(a.longForm());
            if (type == EntityType.MODEL && CLASSIC_ALGORITHM.matcher(a.longForm()).find()) {
                type = EntityType.METHOD;  // "Nearest Mean Classifier (NMC)": a textbook algorithm, not a network
            }
            if (type == null && !notATechnique(a.longForm()) && a.shortForm().length() >= 3
                    && readsAsProcedure(a.longForm())) {
                type = EntityType.METHOD;  // a named technique with an acronym: "singular value decomposition (SVD)"
            }
            if (known == null && PLAIN_NAME.matcher(a.shortForm()).matches()
                    && Character.isLowerCase(a.longForm().charAt(0))) {
                continue;  // "a reweighted classifier (Reweight)": a word the paper gives its own part, not a known thing
            }
            if (known == null && type == EntityType.METHOD && a.shortEnd() < t.length()
                    && COLLECTION_AFTER.matcher(t).region(a.shortEnd(), t.length()).lookingAt()) {
                continue;  // "Sensor Fusion Algorithms (SFA) dataset": it names what the data is about
            }
            if (known == null && (type == null || ProposalRecognizer.generic(a.longForm(), lexicon)
                    || isClassName(a.longForm()) || PLURAL_ACRONYM.matcher(a.shortForm()).matches()
                    || isParadigm(a.longForm()) || isSetting(a.longForm()))) {
                continue;
            }
            Entity e = known != null ? known.entity()
                    : new Entity(EntityResolver.key(a.shortForm()), a.shortForm(), type, List.of(a.longForm()), null, null);
            out.add(new Mention(a.shortForm(), a.shortStart(), a.shortEnd(), e, "entity.acronym", 0.7));
        }
        patterns(t, DATASET_HEAD, EntityType.DATASET, "dataset.head-noun", 0.8, out, lexicon);
        patterns(t, MODEL_HEAD, EntityType.MODEL, "model.head-noun", 0.7, out, lexicon);
        patterns(t, METHOD_HEAD, EntityType.METHOD, "method.head-noun", 0.6, out, lexicon);
        lists(t, out, lexicon);
        appositiveModels(t, out, lexicon);
        modelShapedNames(t, s.section().equals("title") ? t.indexOf(": ") : -1, out, lexicon);
        colonListedModels(t, out, lexicon);
        modelsInARole(t, out, lexicon);
        webSources(t, out);
        announcedDatasets(t, out, lexicon);
        parenthesisedDatasets(t, out, lexicon);
        Matcher sized = hasSize(t) ? SIZED_MODEL.matcher(t) : null;
        while (sized != null && sized.find()) {
            if (!covered(out, sized.start(), sized.end()) && NameShapes.isNameLike(sized.group(1).split("[- ]")[0])
                    || !covered(out, sized.start(), sized.end()) && sized.group(1).matches("[A-Z][a-z]+[- ].*")
                    && !(sized.start() == 0 && SENTENCE_OPENER.matcher(sized.group(1).split("[- ]")[0]).matches())) {
                String surface = sized.group();
                out.add(new Mention(surface, sized.start(), sized.end(), EntityResolver.variant(surface, null),
                        "model.size", 0.75));
            }
        }
        return out;
    }

    /** A digit right before "B", "M" or "x" ("7B", "125M", "8x7B"): what every {@code SIZED_MODEL} match holds. */
    private static boolean hasSize(String t) {
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i + 1);
            if ((c == 'B' || c == 'M' || c == 'x') && Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the X and Y datasets": the name-like tokens just before a head noun (up to four tokens back,
     * across commas, "and", "&" and a parenthesis) get the head's type.
     */
    private static void patterns(String t, Pattern head, EntityType type, String rule, double confidence,
                                 List<Mention> out, Lexicon lexicon) {
        Matcher m = Prefilter.matcher(head, t);
        while (m != null && m.find()) {
            int pos = m.start();
            int groupEnd = -1;  // end of the name being built from adjacent tokens ("MVTec AD")
            boolean afterModality = false;
            int groupStart = -1;
            for (int back = 0; back < 5 && pos > 0; back++) {
                int end = pos;
                while (end > 0 && t.charAt(end - 1) == ' ') {
                    end--;
                }
                boolean separated = false;
                while (end > 0 && ",&".indexOf(t.charAt(end - 1)) >= 0) {
                    end--;
                    separated = true;
                }
                while (end > 0 && t.charAt(end - 1) == ' ') {
                    end--;
                }
                int start = end;
                while (start > 0 && !Character.isWhitespace(t.charAt(start - 1)) && t.charAt(start - 1) != '(') {
                    start--;
                }
                if (start == end) {
                    break;
                }
                String word = t.substring(start, end);
                if (word.endsWith("'s") || word.endsWith("’s")) {
                    end -= 2;  // "GELAN's backbone"
                    word = t.substring(start, end);
                }
                if (back == 0 && type == EntityType.MODEL && MODALITIES.contains(word)) {
                    pos = start;  // "a FooViL image encoder": the modality word says what the named encoder reads
                    afterModality = true;
                    continue;
                }
                if (afterModality && back == 1 && !Character.isUpperCase(word.charAt(0))) {
                    break;  // "a pre-trained language model": a description, not a name
                }
                if (word.equals("and") || word.equals("or")) {
                    groupStart = emit(t, groupStart, groupEnd, type, rule, confidence, out, lexicon);
                    groupEnd = -1;
                    pos = start;
                    continue;
                }
                Matcher tok = NameShapes.TOKEN_PATTERN.matcher(word);
                boolean nameLike = tok.lookingAt() && tok.end() == word.length() && NameShapes.isNameLike(word);
                boolean joinable = type != EntityType.MODEL && groupEnd >= 0 && !separated && start > 0
                        && Character.isUpperCase(word.charAt(0)) && !NOT_NAMES.contains(word)
                        && tok.lookingAt() && tok.end() == word.length();
                if (GENERIC_SUFFIX.matcher(word).find()) {
                    break;
                }
                if (!nameLike && !joinable) {
                    break;
                }
                if (separated || groupEnd < 0) {
                    emit(t, groupStart, groupEnd, type, rule, confidence, out, lexicon);
                    groupEnd = end;
                }
                groupStart = start;
                pos = start;
            }
            emit(t, groupStart, groupEnd, type, rule, confidence, out, lexicon);
        }
    }

    private static int emit(String t, int start, int end, EntityType type, String rule, double confidence,
                            List<Mention> out, Lexicon lexicon) {
        if (start < 0 || end <= start) {
            return -1;
        }
        String name = t.substring(start, end);
        if (PLURAL_ACRONYM.matcher(name).matches() || GENERIC_SUFFIX.matcher(name).find()
                || type == EntityType.MODEL && HYPHENATED_WORDS.matcher(name).matches()
                && PLURAL_HEAD_AFTER.matcher(t).region(end, t.length()).lookingAt()) {
            return -1;  // "LVMs", "GPT-type": a class of models, not one; "Audio-Visual models": a description
        }
        if (!covered(out, start, end) && lexicon.entry(name) == null && NameShapes.isNameLike(name.split(" ")[0])
                || !covered(out, start, end) && lexicon.entry(name) == null && name.contains(" ")) {
            out.add(new Mention(name, start, end, EntityResolver.named(name, type), rule, confidence));
        }
        return -1;
    }

    private static final java.util.Set<String> MODALITIES = java.util.Set.of("image", "text", "vision", "visual", "audio",
            "speech", "video", "language");
    private static final Pattern GENERIC_SUFFIX = Pattern.compile(
            "(?i)(?:-(?:based|type|like|style|free|level|specific|scale|aware)$|^non-|^SOTA|^SoTA)");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("The", "A", "An", "Our", "This", "These",
            "Traditional", "Existing", "Standard", "Popular", "Several", "Two", "Three", "Both", "New", "Large");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("^[A-Z][A-Z0-9-]*[A-Z]s$");

    private static final Pattern PLURAL_HEAD_AFTER = Pattern.compile("^ (?:models|architectures|backbones|networks|encoders|decoders)\\b");
    private static final Pattern HYPHENATED_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)+");
    private static final Pattern COLLECTION_AFTER = Pattern.compile("^\\)? (?:datasets?|benchmarks?|corpus|corpora)\\b");
    private static final Pattern SPLIT_PREFIX = Pattern.compile("\\b(?:Split|Permuted|Rotated|Seq)[- ]$");
    private static final Pattern NAME_SUFFIX_OK = Pattern.compile(
            "^-(?:based|like|style|level|sized|scale|size|only|free|specific|pretrained|trained|generated|guided|aligned)\\b");

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+");
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?:^|[^.!?:]\\s)([A-Z][\\p{L}\\p{N}-]*) $");

    /**
     * A plain capitalised word ("Transformer", "Adapter") right after another capitalised word is the head
     * of a longer name ("Hierarchical Transformer"), unless that word is a determiner. In titles too: measured,
     * a capitalised word before a plain one there mostly makes a longer name as well. Several plain words
     * ("Image-to-Point Masked Autoencoders") only outside titles, where every word is capitalised and
     * "Multi-Level Knowledge Distillation" still uses the known technique.
     */
    static boolean lastWordOfLongerName(String t, int start, String surface, boolean title) {
        if (!(PLAIN_WORD.matcher(surface).matches() || !title && PLAIN_WORDS.matcher(surface).matches()) || start < 2) {
            return false;
        }
        int from = Math.max(0, start - 30);
        Matcher m = CAPITALISED_BEFORE.matcher(t.substring(from, start));
        return m.find() && !NOT_NAMES.contains(m.group(1))
                && !(from + m.start(1) == 0 && SENTENCE_OPENER.matcher(m.group(1)).matches());
    }

    // "Using FooNet", "Following FooNet", "With FooNet": a verb or preposition opening the sentence is no part of a name
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:ing|ed)|With|From|Unlike|Like|For|On|In|Via|Against|Beyond|Besides|Across|Under|Over|Given");

    // plurals of architecture names, which a title uses for the whole class of models built that way
    private static final java.util.Set<String> TITLE_CLASS_PLURALS = java.util.Set.of("Transformers");
    // architecture names that are also the everyday word for their whole class
    private static final java.util.Set<String> CLASS_WORDS = java.util.Set.of("Transformer", "Transformers", "transformer",
            "transformers");
    private static final Pattern CLASS_SUFFIX = Pattern.compile("^-(?:based|like|style|type|family)\\b");

    // "Transformer layers", "Transformer language models": parts of, or a class of, models built that way
    private static final Pattern CLASS_PARTS = Pattern.compile("^ (?:layers?|blocks?|language models?)\\b");
    private static final Pattern LIKE_SUFFIX = Pattern.compile("^(?:-like|[- ](?:style|type))\\b");

    /**
     * "Transformer-based", "transformer-like", "Transformer blocks": a class word used as a modifier names no model; nor does any
     * model name before "-like"/"-style" ("GPT-like LLMs", "Inception-style preprocessing").
     */
    static boolean classModifier(String t, String surface, int end) {
        String after = t.substring(end, Math.min(t.length(), end + 10));
        return CLASS_WORDS.contains(surface) && (CLASS_SUFFIX.matcher(after).find()
                || CLASS_PARTS.matcher(t.substring(end, Math.min(t.length(), end + 20))).find())
                || LIKE_SUFFIX.matcher(after).find();
    }

    // a bare Greek letter is what LaTeX leaves of a symbol ("models Phi"), not the model family of that name
    private static final java.util.Set<String> GREEK_LETTERS = java.util.Set.of("Alpha", "Beta", "Gamma", "Delta",
            "Epsilon", "Zeta", "Eta", "Theta", "Kappa", "Lambda", "Mu", "Pi", "Rho", "Sigma", "Tau", "Phi", "Chi", "Psi",
            "Omega");

    private static final Pattern LANGUAGE_BEFORE = Pattern.compile("(?<![\\p{L}-])(?:English|German|French|Spanish|Chinese"
            + "|Japanese|Korean|Arabic|Russian|Italian|Dutch|Portuguese|Hindi|Turkish|Polish|Vietnamese|Indonesian|Persian"
            + "|Greek|Finnish|Swedish|Czech|Hebrew|Thai) $");
    // "the Dutch BERT and T5 models": the language picks checkpoints of the coordinated models, no new name
    private static final Pattern MODELS_AFTER = Pattern.compile("^(?: (?:and|or) [\\p{L}\\p{N}.-]+)? models?\\b");

    /** The start of a language name right before a known model ("German BERT"), or -1. */
    private static int languageBefore(String t, int start, int end) {
        if (start < 5 || t.charAt(start - 1) != ' ') {
            return -1;  // the cheap test first
        }
        Matcher m = LANGUAGE_BEFORE.matcher(t.substring(Math.max(0, start - 12), start));
        if (!m.find() || MODELS_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 30))).find()) {
            return -1;
        }
        return start - (m.end() - m.start());
    }

    /** "3D " right before {@code start}, itself not glued to a word before it. */
    private static boolean dimensionBefore(String t, int start) {
        return start >= 3 && t.charAt(start - 1) == ' ' && t.charAt(start - 2) == 'D'
                && t.charAt(start - 3) >= '1' && t.charAt(start - 3) <= '4'
                && (start == 3 || !Character.isLetterOrDigit(t.charAt(start - 4)) && t.charAt(start - 4) != '-');
    }

    /** "...-Distill-Llama-70B", "AugReg-ViT-L/16": a sized name glued to more name before it belongs to that name. */
    private static boolean gluedBefore(String t, int start) {
        return start >= 2 && t.charAt(start - 1) == '-' && Character.isLetterOrDigit(t.charAt(start - 2))
                && !SPLIT_PREFIX.matcher(t.substring(Math.max(0, start - 12), start)).find();
    }

    /** "Swin-L" for "Swin Transformer" (alias "Swin"), "LAION-2B" for "LAION": a size of the family, its own entity. */
    private static boolean sizeOfAlias(String surface, Entity e) {
        String stem = EntityResolver.stem(surface);
        if (stem == null) {
            return false;
        }
        String k = Names.key(stem);
        return k.equals(e.key()) || e.aliases().stream().anyMatch(a -> Names.key(a).equals(k));
    }

    // "YFCC15M": a known collection's name with its size glued on
    private static final Pattern GLUED_SIZE = Pattern.compile("\\b(\\p{Lu}[\\p{L}]*\\p{L})(\\d+(?:\\.\\d+)?[MBK])\\b");

    // "+4.13 on SciEval", "81.2% on FooBench": what a score is reported on is a dataset or benchmark
    private static final Pattern SCORED_ON = Pattern.compile("\\d(?:%|\\.\\d+)?\\)?\\s+on\\s+(?:the\\s+)?(" + NAME + ")");

    private static final Pattern VERSION = Pattern.compile("[Vv]\\d+(?:\\.\\d+)*");  // "68.7% on V1": a version of the dataset before

    private static void scoredOn(String t, List<Mention> out, Lexicon lexicon) {
        Matcher m = Prefilter.matcher(SCORED_ON, t);
        while (m != null && m.find()) {
            String name = m.group(1);
            if (NameShapes.isNameLike(name) && !PLURAL_ACRONYM.matcher(name).matches()
                    && !GENERIC_SUFFIX.matcher(name).find() && !VERSION.matcher(name).matches()) {
                addDataset(t, m.start(1), m.end(1), "dataset.scored-on", out, lexicon);
            }
        }
    }

    // "Q* Bench", "Q^* Bench" (LaTeX): a starred letter is part of a benchmark's name, not punctuation
    private static final Pattern STARRED_BENCHMARK = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}-]{0,15})(?:\\^\\{?\\*\\}?|\\*)[ -]?(Bench(?:mark)?)\\b");

    /** Starred benchmark names, written without the LaTeX caret; the star stays in the key ("Q* Bench" is not "QBench"). */
    private static void starredBenchmarks(String t, List<Mention> out) {
        if (t.indexOf('*') < 0) {
            return;
        }
        Matcher m = STARRED_BENCHMARK.matcher(t);
        while (m.find()) {
            if (!covered(out, m.start(), m.end())) {
                String name = m.group(1) + "* " + m.group(2);
                Entity e = new Entity(Names.key(m.group(1) + " star " + m.group(2)), name, EntityType.BENCHMARK,
                        List.of(), null, null);
                out.add(new Mention(name, m.start(), m.end(), e, "dataset.starred", 0.75));
            }
        }
    }

    // "FooNet-1K and 4K": a dataset name ending in a size, then a bare size that shares the rest of the name
    private static final Pattern SIZED_NAME = Pattern.compile("^(.*\\p{L}[- ]?)\\d+(?:\\.\\d+)?[KkMB]?$");
    private static final Pattern ELIDED_SIZE = Pattern.compile("^(?:,? and |,? or |, | ?& ?|/)(\\d++(?:\\.\\d++)?+[KkMB]?+)"
            + "(?=[,;)]|\\.(?!\\d)|\\s(?:and|or|datasets?|benchmarks?|splits?|scores?)\\b|$)");

    /** The bare sizes coordinated after a sized dataset name are that dataset family's other sizes. */
    private static void elidedDatasetSizes(String t, List<Mention> out, Lexicon lexicon) {
        for (int i = 0, n = out.size(); i < n; i++) {
            Mention m = out.get(i);
            Matcher sized = SIZED_NAME.matcher(m.surface());
            if (m.relation() != Relation.DATASET || !sized.matches()) {
                continue;
            }
            Matcher elided = ELIDED_SIZE.matcher(t).region(m.end(), t.length());
            if (elided.lookingAt() && !covered(out, elided.start(1), elided.end(1))) {
                String name = sized.group(1) + elided.group(1);
                Lexicon.Entry known = lexicon.lookup(name);
                String key = Names.key(name);
                Entity e = known != null && !(key.startsWith(known.key()) && !key.equals(known.key())) ? known.entity()
                        : EntityResolver.variant(name, known != null ? known.entity() : m.entity().familyKey() != null
                        ? Entity.of(m.entity().familyKey(), m.entity().type()) : m.entity());
                out.add(new Mention(name, elided.start(1), elided.end(1), e, "dataset.elided-size", 0.7));
            }
        }
    }

    // "FooSet DeCoRS": a mixed-case name right after a known dataset names a part or release of it
    private static final Pattern PART_NAME = Pattern.compile("^ (\\p{Lu}\\p{L}*\\p{Ll}\\p{L}*\\p{Lu}\\p{L}*)(?![\\p{L}\\p{N}-])");

    /** A known dataset followed by a mixed-case name of its own is that named part ("FooSet DeCoRS"). */
    private static void namedParts(String t, List<Mention> out, Lexicon lexicon) {
        for (int i = 0, n = out.size(); i < n; i++) {
            Mention m = out.get(i);
            Matcher part = PART_NAME.matcher(t).region(m.end(), t.length());
            if (m.relation() != Relation.DATASET || !m.rule().startsWith("entity.lexicon") || endsInSplit(m) || !part.lookingAt()
                    || covered(out, part.start(1), part.end(1)) || lexicon.lookup(part.group(1)) != null
                    || ResultMetrics.strictAtStart(part.group(1))) {
                continue;
            }
            String name = m.surface() + " " + part.group(1);
            out.set(i, new Mention(name, m.start(), part.end(1), EntityResolver.variant(name, m.entity()),
                    "entity.lexicon-variant", 0.8));
        }
    }

    /** "FooDet minival", "FooSpeech test-other", "FooSet 2019": a split or edition ends the name; what follows is not part of it. */
    private static boolean endsInSplit(Mention m) {
        char last = m.surface().charAt(m.surface().length() - 1);
        return m.rule().equals("entity.lexicon-variant") && (Character.isLowerCase(last) || Character.isDigit(last));
    }

    // "outperforming FooKD and BarMatch", "compared to QuixNet": the systems a paper compares itself with
    private static final Pattern COMPARED = Pattern.compile("\\b(?=[obcrstv])(?:outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?"
            + "|compared (?:with|to)|baselines (?:including|such as|like)|relative to|versus|beat(?:s|ing)?"
            + "|by \\+?\\d+(?:\\.\\d+)? ?(?:%|points?|pp|dB|AP|mIoU)? over"
            + "|(?:than|over) (?:[a-z-]+ ){0,3}(?:systems|models|methods|approaches|baselines),? (?:including|such as|like|e\\.g\\.,?))"
            + "\\s+(?:the\\s+)?");
    /** Words one of which every {@link #COMPARED} cue holds; cheaper to look for than to run the pattern. */
    private static final List<String> COMPARED_WORDS = List.of("outperform", "surpass", "compared ", "baselines ",
            "including", "such as", "like", "e.g.", "relative to", "versus", "beat", " over ");
    private static final Pattern DECIMAL_VERSION = Pattern.compile(" v?\\d+\\.\\d+(?![\\w%.])");
    /** The rule of a compared baseline whose kind its name does not tell; the resolver decides it per paper. */
    static final String COMPARED_RULE = "entity.compared";
    // "LLM-TS methods": the name describes a class of baselines
    private static final Pattern CLASS_AFTER = Pattern.compile("^ (?:methods|models|approaches|baselines|techniques)\\b");

    /**
     * Unknown names right after a comparison cue are baselines ("outperforming FooKD and BarMatch"): of the
     * kind their name tells ("...Net", "...QA"), else models until the resolver sees the paper compare a method.
     */
    private static void comparedWith(String t, List<Mention> out, Lexicon lexicon) {
        if (!Prefilter.containsAny(t, COMPARED_WORDS)) {
            return;
        }
        Matcher cue = Prefilter.matcher(COMPARED, t);
        while (cue != null && cue.find()) {
            int pos = cue.end();
            int added = out.size();
            EntityType listed = null;  // the one kind of the known names in the list, if any
            int known = 0;
            Matcher tok = NameShapes.TOKEN_PATTERN.matcher(t);
            while (pos < t.length() && tok.find(pos) && tok.start() == pos) {
                int end = Math.max(tok.end(), knownEnd(out, pos));
                Matcher version = DECIMAL_VERSION.matcher(t).region(end, t.length());
                boolean versioned = PLAIN_NAME.matcher(t.substring(pos, end)).matches() && version.lookingAt();
                if (versioned) {
                    end = version.end();  // "BarSys 2.0": a plain word with a release number is a system's name
                }
                String name = t.substring(pos, end);
                Mention k = mentionAt(out, pos, end);
                if (k != null && k.relation() != null && k.rule().startsWith("entity.lexicon")) {
                    listed = known++ == 0 || listed == k.entity().type() ? k.entity().type() : EntityType.TASK;
                }
                if (!covered(out, pos, end) && (versioned || NameShapes.isNameLike(name)) && unknownName(name, lexicon)
                        && !SIZED_MODEL.matcher(name).matches()  // "FooLM-13B": the size rule makes it a sized model
                        && !CLASS_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 12))).find()) {
                    EntityType shaped = NameShapes.typeOfName(name);
                    boolean told = shaped != null && shaped != EntityType.BENCHMARK;
                    out.add(new Mention(name, pos, end, EntityResolver.named(name, told ? shaped : EntityType.MODEL),
                            told ? COMPARED_RULE + "-named" : COMPARED_RULE, 0.6));
                }
                Matcher sep = LIST_SEPARATOR.matcher(t).region(end, t.length());
                if (!sep.lookingAt()) {
                    break;
                }
                pos = sep.end();
            }
            if (known >= 2 && (listed == EntityType.METHOD || listed == EntityType.MODEL)) {
                for (int i = added; i < out.size(); i++) {  // "outperforms GPTQ, AWQ and FooQuant": listed with methods
                    Mention m = out.get(i);
                    if (m.rule().equals(COMPARED_RULE)) {
                        out.set(i, new Mention(m.surface(), m.start(), m.end(), EntityResolver.named(m.surface(), listed),
                                COMPARED_RULE + "-listed", m.confidence()));
                    }
                }
            }
        }
    }

    private static boolean hasSizeUnit(String t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == 'M' || c == 'B' || c == 'K') && Character.isDigit(t.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Sizes of known datasets written glued to the name, which the lexicon only matches at a word boundary. */
    private static void gluedDatasetSizes(String t, List<Mention> out, Lexicon lexicon) {
        if (!hasSizeUnit(t)) {
            return;  // the cheap test first: most sentences have no "15M"
        }
        Matcher g = GLUED_SIZE.matcher(t);
        while (g.find()) {
            Lexicon.Entry family = lexicon.lookup(g.group(1));
            if (family != null && family.type() == EntityType.DATASET && !covered(out, g.start(), g.end())) {
                out.add(new Mention(g.group(), g.start(), g.end(), EntityResolver.variant(g.group(), family.entity()),
                        "entity.lexicon-variant", 0.8));
            }
        }
    }

    /** Whether a lexicon match is glued to more name ("LLaMA-NAS", "Phi-Mamba") rather than standing alone. */
    static boolean partOfLongerName(String t, int start, int end) {
        if (end + 1 < t.length() && t.charAt(end) == '-' && Character.isLetterOrDigit(t.charAt(end + 1))
                && !NAME_SUFFIX_OK.matcher(t.substring(end, Math.min(t.length(), end + 14))).find()) {
            return true;
        }
        return start >= 2 && t.charAt(start - 1) == '-' && Character.isLetterOrDigit(t.charAt(start - 2));
    }

    /** A lexicon name, possibly with a version/size suffix ({@code LLaMA2-7B}): something that exists already. */
    static boolean isKnown(String token, Lexicon lexicon) {
        Lexicon.Entry e = lexicon.lookup(token);
        if (e != null) {
            return e.accepts(token);  // "ADAM" (an acronym) is not the optimiser "Adam"
        }
        List<Lexicon.Match> ms = lexicon.find(token);
        if (ms.isEmpty() || ms.get(0).start() != 0) {
            return false;
        }
        Matcher v = VARIANT.matcher(token.substring(ms.get(0).end()));
        return v.lookingAt() && ms.get(0).end() + v.end() == token.length();
    }

    /** Unknown name-like members of a list take the kind of its known members ("on COCO, LVIS and FooSet"). */
    // "four text-to-SQL benchmarks: A, B, C and D", "benchmark datasets, i.e., A, B and C": every listed item is one
    private static final Pattern DATASET_LIST = Pattern.compile(
            "\\b(?:datasets|benchmarks|corpora)(?:(?::| such as| including| namely|,? i\\.e\\.,?|,? e\\.g\\.,?|,? namely) "
                    + "| \\((?:i\\.e\\.,?\\s|e\\.g\\.,?\\s)?)");
    private static final String ITEM_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}+-]*(?:\\.[\\p{L}\\p{N}]+)*";
    private static final Pattern LIST_ITEM = Pattern.compile(
            "\\G(?:the )?((?:" + ITEM_WORD + ")(?: " + ITEM_WORD + "){0,3})(,? and |, |(?=[.;)]|$))");
    // "on the Massive Text Embedding Benchmark": a capitalised name whose last word says what it is
    private static final Pattern NAMED_COLLECTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])((?:\\p{Lu}[\\p{L}\\p{N}-]*|of|for|and) ){1,5}(?:Benchmark|Corpus|Dataset|Database|Harness)\\b");

    // "on a public dataset FooSet-7", "the corpus called BarText": the name right after its head noun
    private static final Pattern NAME_AFTER_HEAD = Pattern.compile(
            "\\b(?:dataset|corpus)\\s(?:called\\s|named\\s)?(" + NAME + ")(?=[\\s.,;)]|$)");

    private static final Pattern VERSION_AFTER = Pattern.compile(" (?:\\d{1,2}\\.\\d+|[Vv]\\d+(?:\\.\\d+)?)(?![\\w%-]|\\.\\d)");

    /** Datasets announced by their head: listed after "N benchmarks:" or named "... Benchmark" / "... Corpus". */
    private static void announcedDatasets(String t, List<Mention> out, Lexicon lexicon) {
        Matcher cue = Prefilter.matcher(DATASET_LIST, t);
        while (cue != null && cue.find()) {
            Matcher item = LIST_ITEM.matcher(t).region(cue.end(), t.length());
            while (item.find()) {
                String name = item.group(1);
                boolean shaped = name.contains(" ") || NameShapes.isNameLike(name) || name.matches("[A-Z]{2,}");
                if (!shaped || NOT_NAMES.contains(name.split(" ")[0]) || NameShapes.isCommon(name)) {
                    break;  // the list ended
                }
                addDataset(t, item.start(1), item.end(1), "dataset.listed", out, lexicon);
                if (item.group(2).isEmpty()) {
                    break;
                }
            }
        }
        Matcher after = Prefilter.matcher(NAME_AFTER_HEAD, t);
        while (after != null && after.find()) {
            String name = after.group(1);
            if (NameShapes.isNameLike(name) && !PLURAL_ACRONYM.matcher(name).matches()
                    && !GENERIC_SUFFIX.matcher(name).find()) {
                Matcher version = VERSION_AFTER.matcher(t).region(after.end(1), t.length());
                int end = version.lookingAt() ? version.end() : after.end(1);
                addDataset(t, after.start(1), end, "dataset.head-noun-before", out, lexicon);  // "FooQA 2.0"
            }
        }
        Matcher named = Prefilter.matcher(NAMED_COLLECTION, t);
        while (named != null && named.find()) {
            String first = named.group().split(" ")[0];
            if (named.group().split(" ").length >= 3 && Character.isUpperCase(first.charAt(0))
                    && !NOT_NAMES.contains(first) && named.start() > 0) {
                // "the Grand FooGPT Dialogue Corpus": a model named inside a collection's name is part of it
                out.removeIf(m -> m.start() >= named.start() && m.end() <= named.end() && m.relation() == Relation.MODEL);
                addDataset(t, named.start(), named.end(), "dataset.named-collection", out, lexicon);
            }
        }
    }

    // "(SQuAD, QRX, MNIST, Walrus)": a parenthesis that is nothing but a list of names
    private static final Pattern PARENTHESIS = Pattern.compile("\\((?:e\\.g\\.,?\\s|i\\.e\\.,?\\s)?([^()]{3,160})\\)");
    private static final Pattern AGGREGATE = Pattern.compile("Overall|Average|Avg|Mean|Total|All|Other|Others|Rest"
            + "|\\p{L}+(?:ing|ion|ics|ity|ety|al|ed)");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s(?:and\\s)?|\\sand\\s");
    private static final Pattern WHOLE_ITEM = Pattern.compile(ITEM_WORD + "(?: " + ITEM_WORD + "){0,2}");

    /**
     * The unknown names of a parenthesised list whose other members are two or more known datasets (and nothing
     * else) are datasets too.
     */
    private static void parenthesisedDatasets(String t, List<Mention> out, Lexicon lexicon) {
        if (t.indexOf('(') < 0) {
            return;
        }
        Matcher p = PARENTHESIS.matcher(t);
        while (p.find()) {
            List<int[]> items = new ArrayList<>();
            int from = p.start(1);
            Matcher sep = ITEM_SEPARATOR.matcher(t).region(p.start(1), p.end(1));
            while (true) {
                boolean more = sep.find();
                items.add(new int[] {from, more ? sep.start() : p.end(1)});
                if (!more) {
                    break;
                }
                from = sep.end();
            }
            int knownSets = 0;
            boolean listOfNames = items.size() >= 3;
            for (int[] it : items) {
                Mention k = mentionAt(out, it[0], it[1]);
                if (k != null) {
                    knownSets += k.relation() == Relation.DATASET ? 1 : 0;
                    listOfNames &= k.relation() == Relation.DATASET;
                } else {
                    listOfNames &= WHOLE_ITEM.matcher(t).region(it[0], it[1]).matches() && !covered(out, it[0], it[1]);
                }
            }
            if (!listOfNames || knownSets < 2) {
                continue;
            }
            for (int[] it : items) {
                String name = t.substring(it[0], it[1]);
                // a plain word is a name only among names ("Walrus"), never an aggregate or a category ("Overall", "Reasoning")
                boolean shaped = NameShapes.isNameLike(name) || name.contains(" ")
                        || PLAIN_NAME.matcher(name).matches() && !AGGREGATE.matcher(name).matches();
                if (mentionAt(out, it[0], it[1]) == null && shaped && !NOT_NAMES.contains(name) && !NameShapes.isCommon(name)) {
                    addDataset(t, it[0], it[1], "dataset.listed", out, lexicon);
                }
            }
        }
    }

    /** The mention spanning exactly {@code start..end}, or null. */
    private static Mention mentionAt(List<Mention> out, int start, int end) {
        for (Mention m : out) {
            if (m.start() == start && m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private static void addDataset(String t, int start, int end, String rule, List<Mention> out, Lexicon lexicon) {
        String name = t.substring(start, end);
        if (covered(out, start, end)) {
            return;
        }
        Lexicon.Entry known = lexicon.entry(name);
        if (known == null) {
            out.add(new Mention(name, start, end, EntityResolver.named(name, EntityType.DATASET), rule, 0.7));
        } else if (known.type() == EntityType.DATASET || known.type() == EntityType.BENCHMARK) {
            // "benchmarks: SPIDER, ...": a known name in a case its entry only accepts where the context says so
            out.add(new Mention(name, start, end, known.entity(), rule, 0.75));
        }
    }

    /**
     * The first list cue at or after {@code from}: a whole word of {@link #LIST_CUES} ("e.g." may take a comma),
     * the spaces after it and a following "the"; {start, end} or null. A scan by hand: the same alternation as a
     * regex was tried at every position of every sentence and cost 3% of extraction.
     */
    static int[] listCue(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= CUE_START.length || !CUE_START[c] || i > 0 && isWordChar(t.charAt(i - 1))) {
                continue;
            }
            for (String cue : LIST_CUES) {
                if (cue.charAt(0) != c || !t.startsWith(cue, i)) {
                    continue;
                }
                int j = i + cue.length();
                if (cue.equals("e.g.") && j + 1 < t.length() && t.charAt(j) == ',' && isSpace(t.charAt(j + 1))) {
                    j++;
                }
                int end = skipSpaces(t, j);
                if (end == j) {
                    continue;
                }
                if (t.startsWith("the", end) && skipSpaces(t, end + 3) > end + 3) {
                    end = skipSpaces(t, end + 3);
                }
                return new int[] {i, end};
            }
        }
        return null;
    }

    /** The first characters of {@link #LIST_CUES}, by character: a table lookup where the scan tries every offset. */
    private static final boolean[] CUE_START = new boolean[128];

    static {
        for (String cue : LIST_CUES) {
            CUE_START[cue.charAt(0)] = true;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int skipSpaces(String t, int from) {
        int i = from;
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void lists(String t, List<Mention> out, Lexicon lexicon) {
        int from = 0;
        int[] cue;
        List<int[]> cued = new ArrayList<>();
        if (t.startsWith("On ") || t.startsWith("Across ")) {  // "On FooSet and BarSet, our model ...": the cue opens the sentence
            int at = t.indexOf(' ') + 1;
            from = listAt(t, 0, t.startsWith("the ", at) ? at + 4 : at, 0, out, lexicon) + 1;
            cued.add(new int[] {0, from});
        }
        while (from < t.length() && (cue = listCue(t, from)) != null) {
            int end = listAt(t, cue[0], cue[1], 0, out, lexicon);
            cued.add(new int[] {cue[1], end});
            from = Math.max(cue[1], end) + 1;
        }
        // "We re-run FooA, BarB, GCN and GAT": no cue word, but two known members of one kind still tell it
        int done = 0;
        for (int i = 0, n = out.size(); i < n; i++) {
            Mention k = out.get(i);
            if (k.start() >= done && k.relation() != null && k.end() + 1 < t.length() && t.charAt(k.end()) == ','
                    && k.rule().startsWith("entity.lexicon") && cued.stream().noneMatch(c -> c[0] <= k.start() && k.start() < c[1])) {
                done = listAt(t, k.start(), k.start(), 2, out, lexicon) + 1;
            }
        }
    }

    /** The list of names starting at {@code pos}; unknown members get the kind of the known ones. Returns its end. */
    private static int listAt(String t, int cueStart, int pos, int minKnown, List<Mention> out, Lexicon lexicon) {
        List<int[]> members = new ArrayList<>();
        Matcher tok = NameShapes.TOKEN_PATTERN.matcher(t);
        while (pos < t.length() && tok.find(pos) && tok.start() == pos) {
            int memberEnd = Math.max(tok.end(), knownEnd(out, pos));  // "Stable Diffusion" is one member
            Matcher number = NUMBERED_MEMBER.matcher(t).region(memberEnd, t.length());
            if (number.lookingAt() && !YEAR.matcher(number.group(1)).matches()) {
                memberEnd = number.end(1);  // "QRS 60 and QRS 120": a name with its size or version is one name
            }
            members.add(new int[] {pos, memberEnd});
            Matcher sep = LIST_SEPARATOR.matcher(t).region(memberEnd, t.length());
            if (!sep.lookingAt()) {
                break;
            }
            pos = sep.end();
        }
        if (members.size() < 2) {
            return pos;
        }
        EntityType kind = null;
        int known = 0;
        for (int[] m : members) {
            for (Mention k : out) {
                if (k.start() == m[0] && k.relation() != null) {
                    EntityType type = k.entity().type() == EntityType.BENCHMARK ? EntityType.DATASET : k.entity().type();
                    kind = kind == null || kind == type ? type : EntityType.TASK;
                    known++;
                }
            }
        }
        if (kind == null && minKnown == 0) {
            kind = headBefore(t, cueStart);  // "graph generative models (e.g., A, B and C)"
        }
        if (kind == null && minKnown == 0 && (DATASET_WORDS.matcher(t).find() || evaluatedOn(t, cueStart))) {
            kind = EntityType.DATASET;
        }
        if (kind == null || kind == EntityType.TASK || known < minKnown) {
            return pos;  // no known member, or members of different kinds: nothing to go by
        }
        // with two known members of one kind, a plain capitalised word among them is a name too ("Sora"); so
        // is one listed with a name right before "datasets" ("on the FooQA and Seascape datasets")
        boolean typedAfter = kind == EntityType.DATASET && members.stream().anyMatch(m -> NameShapes.isNameLike(
                t.substring(m[0], m[1])) || knownEnd(out, m[0]) >= 0)
                && DATASET_HEAD_AFTER.matcher(t).region(members.get(members.size() - 1)[1], t.length()).lookingAt();
        // without a cue, only among models: score tables list categories ("Overall", "Reasoning") with benchmarks
        boolean plainNamesToo = known >= 2 && kind != EntityType.METHOD && (minKnown == 0 || kind == EntityType.MODEL) || typedAfter;
        for (int[] m : members) {
            String name = t.substring(m[0], m[1]);
            if (minKnown > 0 && !WHOLE_ITEM_END.matcher(t).region(m[1], t.length()).lookingAt()) {
                continue;  // "Pre-Trained LM": without a cue, a word that more capitalised words follow is no item of its own
            }
            boolean nameShaped = NameShapes.isNameLike(name)
                    || plainNamesToo && PLAIN_NAME.matcher(name).matches() && !NOT_NAMES.contains(name) && m[0] > 0
                    && !(typedAfter && known < 2 && ADJECTIVE.matcher(name).find())
                    && WHOLE_ITEM_END.matcher(t).region(m[1], t.length()).lookingAt();  // not "Split" of "Split Cars"
            if (kind == EntityType.DATASET && nameShaped && lexicon.entry(name) != null) {
                addDataset(t, m[0], m[1], "entity.list", out, lexicon);  // "MOT 17": a known name spaced otherwise
            } else if (!covered(out, m[0], m[1]) && nameShaped && unknownName(name, lexicon)
                    && !VERSION.matcher(name).matches() && !name.endsWith("'s") && !name.endsWith("’s")) {
                EntityType shaped = NameShapes.typeOfName(name);
                EntityType type = shaped == EntityType.MODEL || shaped == EntityType.DATASET ? shaped : kind;
                out.add(new Mention(name, m[0], m[1], EntityResolver.named(name, type), "entity.list", 0.6));
            }
        }
        return pos;
    }

    // "experiments on", "evaluated on", a sentence opening "On": what a list after it holds is data to test on
    private static final Pattern EVALUATED_BEFORE = Pattern.compile(
            "(?:experiments|evaluations?|results|evaluated|tested|benchmarked|validated|trained|fine-tuned|pre-trained|pretrained) $");

    private static boolean evaluatedOn(String t, int cueStart) {
        return cueStart == 0 && (t.startsWith("On ") || t.startsWith("Across "))
                || t.startsWith("on ", cueStart) && EVALUATED_BEFORE.matcher(t.substring(Math.max(0, cueStart - 14), cueStart)).find();
    }

    private static final Pattern WHOLE_ITEM_END = Pattern.compile("(?![ -]?[\\p{Lu}\\p{N}])");
    // a size or version written after a listed name, when the item ends there: "QRS 60", "FooQA v2"
    private static final Pattern NUMBERED_MEMBER = Pattern.compile(
            " ((?:\\d{1,4}(?:\\.\\d+)?|[Vv]\\d+(?:\\.\\d+)?))(?=,|;|\\)| and | or | datasets?\\b| benchmarks?\\b|\\.(?!\\d)|$)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern DATASET_HEAD_AFTER = Pattern.compile("^ (?:datasets|benchmarks|corpora)\\b");
    // capitalised adjectives and language names before "datasets" say what kind of data, not which ("Chinese", "Clinical")
    private static final Pattern ADJECTIVE = Pattern.compile("(?:ese|ish|ian|an|ic|al|ed|ive|ous|ary)$|^(?:French|Dutch|Thai|Greek|Other|Both|Real)$");
    private static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}[\\p{Ll}\\p{N}]*");

    // "a recent compact vision architecture, QuoNet3, ...": a class noun and the name set off after it by commas
    private static final Pattern APPOSITIVE_MODEL = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+((?:[\\p{L}-]+\\s+){0,4}?)"
            + "(?:architecture|model|network|backbone|detector|encoder|classifier|LLM|VLM),\\s+(" + NAME + "),");
    private static final List<String> APPOSITION_TAILS = List.of("architecture, ", "model, ", "network, ", "backbone, ",
            "detector, ", "encoder, ", "classifier, ", "LLM, ", "VLM, ");
    // words that make the class noun the paper's own artifact, which the proposal rules handle
    private static final Pattern OWN_MODIFIER = Pattern.compile("\\b(?:novel|new|proposed|our)\\b");

    /** A name-shaped unknown word in apposition to a model class noun names that (existing) model. */
    private static void appositiveModels(String t, List<Mention> out, Lexicon lexicon) {
        if (!Prefilter.containsAny(t, APPOSITION_TAILS)) {
            return;  // the cheap test first: a class noun right before a comma is rare
        }
        Matcher m = Prefilter.matcher(APPOSITIVE_MODEL, t);
        while (m != null && m.find()) {
            String name = m.group(2);
            if (!OWN_MODIFIER.matcher(m.group(1)).find() && NameShapes.isNameLike(name) && unknownName(name, lexicon)
                    && !covered(out, m.start(2), m.end(2))) {
                out.add(new Mention(name, m.start(2), m.end(2), EntityResolver.named(name, EntityType.MODEL),
                        "model.apposition", 0.7));
            }
        }
    }

    // "...Net", "...Former", "...BERT", "...GPT", "...ViT", "...GAN" ending a mixed-case or hyphenated name
    private static final Pattern MODEL_SHAPED = Pattern.compile(
            "(?<![\\p{L}\\p{N}./-])(\\p{Lu}[\\p{L}\\p{N}-]*?(?:Net|Former|former|BERT|GPT|ViT|GAN))(?:-?(?:v?\\d+(?:\\.\\d+)?|[A-Z]{1,2}))?(?![\\p{L}\\p{N}/-])");

    /**
     * A name whose last part is an architecture word ("QuoNet", "BarFormer", "SmolBERT") names a network wherever it
     * stands; one the paper proposes is taken out later. Only names the lexicon does not know, in mixed case, and
     * not the name before a title's colon ({@code titleColon}, else -1), which is the paper's own.
     */
    private static void modelShapedNames(String t, int titleColon, List<Mention> out, Lexicon lexicon) {
        Matcher m = Prefilter.matcher(MODEL_SHAPED, t);
        while (m != null && m.find()) {
            String name = m.group();
            if (m.start() > titleColon && !covered(out, m.start(), m.end()) && NameShapes.isNameLike(name) && !MentionExtent.insideUrl(t, m.start())
                    && lexicon.entry(name) == null && !PLURAL_ACRONYM.matcher(name).matches()) {
                out.add(new Mention(name, m.start(), m.end(), EntityResolver.named(name, EntityType.MODEL),
                        "model.name-shape", 0.6));
            }
        }
    }

    // "three open LLMs: A, B and C", "strong baselines: A, B": a colon after a plural model head opens a list of them
    private static final Pattern MODEL_LIST = Pattern.compile(
            "\\b(?:models|LLMs|VLMs|MLLMs|backbones|architectures|encoders|networks|(baselines)): ");

    /** The name-shaped items of a list announced by "models:" are models ("baselines:": baselines of either kind). */
    private static void colonListedModels(String t, List<Mention> out, Lexicon lexicon) {
        if (t.indexOf(": ") < 0) {
            return;  // the cheap test first
        }
        Matcher cue = MODEL_LIST.matcher(t);
        while (cue.find()) {
            Matcher item = LIST_ITEM.matcher(t).region(cue.end(), t.length());
            while (item.find()) {
                String name = item.group(1);
                if (!NameShapes.isNameLike(name.split(" ")[0]) && knownEnd(out, item.start(1)) < 0) {
                    break;  // the list ended, or holds descriptions rather than names
                }
                if (!covered(out, item.start(1), item.end(1)) && unknownName(name, lexicon)) {
                    out.add(new Mention(name, item.start(1), item.end(1), EntityResolver.named(name, EntityType.MODEL),
                            cue.group(1) != null ? COMPARED_RULE : "model.listed", 0.6));
                }
                if (item.group(2).isEmpty()) {
                    break;
                }
            }
        }
    }

    // "X as the backbone", "initialized from X", "distilled from X": a network in a role only a model plays
    private static final Pattern MODEL_ROLE = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + NAME + ")\\s+(?:serves\\s+)?as\\s+"
            + "(?:the|a|an|our)\\s+(?:[\\w-]+\\s+)?(?:backbone|encoder|decoder|teacher|student|base model|reward model)s?\\b"
            + "|\\b(?:initiali[sz]ed|distill?ed|fine-tuned|finetuned) from\\s+(?:the\\s+)?(" + NAME + ")");

    /** An unknown name-shaped word in a role only a network plays ("FooLM as the teacher") is a model. */
    private static void modelsInARole(String t, List<Mention> out, Lexicon lexicon) {
        if (t.indexOf(" as ") < 0 && t.indexOf(" from ") < 0) {
            return;  // every role is "as the ..." or "... from"
        }
        Matcher m = Prefilter.matcher(MODEL_ROLE, t);
        while (m != null && m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String name = m.group(g);
            if (NameShapes.isNameLike(name) && !covered(out, m.start(g), m.end(g)) && unknownName(name, lexicon)) {
                out.add(new Mention(name, m.start(g), m.end(g), EntityResolver.named(name, EntityType.MODEL),
                        "model.role", 0.65));
            }
        }
    }

    // "Wikipedia articles", "Reddit comments", "Wikipedia-trained": a web source named as the text a model reads
    private static final Pattern WEB_SOURCE_DATA = Pattern.compile("\\b(Wikipedia|Reddit|arXiv|Stack ?Exchange)"
            + "(?=-trained\\b| (?:text|texts|articles|pages|dumps?|corpus|corpora|data|sentences|passages|paragraphs|posts"
            + "|comments|threads|papers|abstracts)\\b)");

    /**
     * A well-known web source is a dataset only where the text speaks of its content as data ("trained on Wikipedia
     * articles"); elsewhere it is a website ("written like Wikipedia"), so the lexicon leaves these names out.
     */
    private static void webSources(String t, List<Mention> out) {
        if (t.indexOf("Wiki") < 0 && t.indexOf("Reddit") < 0 && t.indexOf("arXiv") < 0 && t.indexOf("Exchange") < 0) {
            return;  // the cheap test first
        }
        Matcher m = WEB_SOURCE_DATA.matcher(t);
        while (m.find()) {
            if (!covered(out, m.start(1), m.end(1)) && !MentionExtent.insideUrl(t, m.start(1))) {
                out.add(new Mention(m.group(1), m.start(1), m.end(1), EntityResolver.named(m.group(1), EntityType.DATASET),
                        "dataset.web-source", 0.7));
            }
        }
    }

    /** A name the lexicon does not know that is neither a plural acronym ("LLMs") nor a generic word ("...-based"). */
    private static boolean unknownName(String name, Lexicon lexicon) {
        return lexicon.entry(name) == null && !PLURAL_ACRONYM.matcher(name).matches() && !GENERIC_SUFFIX.matcher(name).find();
    }

    /** The end of a known mention that starts at {@code pos}, or -1. */
    private static int knownEnd(List<Mention> out, int pos) {
        for (Mention m : out) {
            if (m.start() == pos) {
                return m.end();
            }
        }
        return -1;
    }

    private static final Pattern HEAD_BEFORE_CUE = Pattern.compile("([A-Za-z]+),?\\s*\\(?\\s*$");  // "encoders, namely"

    /** The kind the noun right before a list cue announces: models, datasets or benchmarks; else null. */
    private static EntityType headBefore(String t, int cueStart) {
        Matcher m = HEAD_BEFORE_CUE.matcher(t.substring(Math.max(0, cueStart - 24), cueStart));
        if (!m.find()) {
            return null;
        }
        EntityType type = NameShapes.typeOfHead(m.group(1));
        return type == EntityType.MODEL || type == EntityType.DATASET ? type
                : type == EntityType.BENCHMARK ? EntityType.DATASET : null;
    }

    /** Learning paradigms ("continual learning (CL)") and bare "Fine-Tuning (FT)": fields and steps, not named methods. */
    static boolean isParadigm(String longForm) {
        return PARADIGMS.matcher(longForm).find();
    }

    // "active learning on a frozen encoder": a paradigm narrowed to a setting by what follows it
    private static final Pattern SETTING_TAIL = Pattern.compile(" (?:on|with|for|in|from|under) .*$");

    /** A learning paradigm applied to something ("federated learning with foundation models (FLFM)"): a setting. */
    static boolean isSetting(String longForm) {
        Matcher tail = SETTING_TAIL.matcher(longForm);
        return tail.find() && tail.start() > 0 && isParadigm(longForm.substring(0, tail.start()));
    }

    // fields and broad paradigms that papers define an acronym for without naming a technique
    private static final Pattern PARADIGMS = Pattern.compile("(?i)^(?:deep|machine|reinforcement|continual|lifelong"
            + "|class[- ]incremental|incremental|online|active|federated|multi[- ]task|unsupervised|supervised|representation"
            + "|few[- ]shot|zero[- ]shot|statistical|collaborative) learning$|intelligence$"
            + "|^(?:fine[- ]?tuning|pre[- ]?training|training)$");  // the bare steps of every recipe

    // last words of long forms that name tasks, fields, metrics or units rather than techniques
    private static final java.util.Set<String> NON_TECHNIQUE_HEADS = java.util.Set.of("recognition", "detection",
            "segmentation", "classification", "generation", "translation", "answering", "comprehension",
            "understanding", "processing", "reasoning", "retrieval", "forecasting", "estimation", "synthesis",
            "tracking", "summarization", "vision", "sensing", "design", "precision", "accuracy", "rate", "score",
            "coefficient", "error", "operations", "ratio", "union", "interest", "art", "vocabulary", "series",
            "tomography", "imaging", "resonance", "graph", "graphs", "systems", "system", "correction", "extraction",
            "parsing", "tagging", "labeling", "labelling", "captioning", "editing", "completion", "modeling",
            "modelling", "adaptation", "analysis", "inference", "intelligence", "challenge", "task", "tasks",
            "domain", "language", "languages", "agents", "agent", "environment", "interface", "units", "unit",
            "evaluation", "benchmark", "questions", "study", "survey", "gap", "problem", "setting", "scenario",
            "perceptron", "distribution", "curve", "match", "data", "text", "cache", "token", "tokens",
            "identification", "pre-trained", "pretrained", "trained");

    // last words of long forms that name a procedure although they are no -ation noun
    private static final java.util.Set<String> PROCEDURE_HEADS = java.util.Set.of("experts", "expert", "scan",
            "transform", "descent", "regression", "propagation", "ensembling", "boosting", "bagging", "dropout");
    private static final java.util.Set<String> NOT_PROCEDURES = java.util.Set.of("information", "station",
            "population", "relation", "relations", "situation", "location", "foundation", "nation", "vision");

    /**
     * Whether a long form with no head noun of a known kind still reads as a technique: its head is a process
     * noun ("... optimization", "... decomposition", "Mixture of Experts", "Conformal Prediction"). What else gets
     * an acronym in an abstract is mostly a thing or quantity ("Abstract Syntax Tree", "above-ground biomass",
     * "Top-Of-Atmosphere") or an adjective before a class noun ("vision-language pre-trained (VLP) models").
     */
    static boolean readsAsProcedure(String longForm) {
        String last = longForm.substring(longForm.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        int dash = last.lastIndexOf('-');
        String head = dash >= 0 ? last.substring(dash + 1) : last;
        if (NOT_PROCEDURES.contains(head)) {
            return false;
        }
        if (head.equals("prediction")) {
            return Character.isUpperCase(longForm.charAt(0));  // "Conformal Prediction" is a method, "structure prediction" a task
        }
        return PROCEDURE_HEADS.contains(head) || head.endsWith("ation") || head.endsWith("ition")
                || head.endsWith("sion") || head.endsWith("ing") && head.length() > 5;
    }

    /** Long forms naming a task, field, metric or unit: "automatic speech recognition (ASR)". */
    static boolean notATechnique(String longForm) {
        String last = longForm.substring(longForm.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        int dash = last.lastIndexOf('-');
        return NON_TECHNIQUE_HEADS.contains(dash >= 0 ? last.substring(dash + 1) : last) || NON_TECHNIQUE_HEADS.contains(last)
                || Character.isLowerCase(longForm.charAt(0)) && (last.endsWith("s") && !last.endsWith("ss")
                || last.equals("prediction"));  // "multimer structure prediction (MSP)": a task
    }

    /** Long forms naming a class of things ("Graph Neural Networks") rather than one thing. */
    private static boolean isClassName(String longForm) {
        String last = longForm.substring(longForm.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && Character.isLowerCase(longForm.charAt(0));
    }

    // a capitalised "... Classifier/Regressor" long form names a classic learning algorithm
    private static final Pattern CLASSIC_ALGORITHM = Pattern.compile("^\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)* (?:Classifier|Regressor)$");

    static boolean covered(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (start < m.end() && end > m.start()) {
                return true;
            }
        }
        return false;
    }
}
