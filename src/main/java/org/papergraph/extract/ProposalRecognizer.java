package org.papergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named artifacts a paper itself introduces: the name before the title's colon, "we propose /
 * introduce / present X", "named / dubbed / termed X", acronym definitions inside such a statement (the
 * long form becomes an alias) and "a new dataset, X"; the named parts of its system ({@link ComponentNames}),
 * coined names ({@link CoinedNames}), made-up pre-training objectives ({@link ObjectiveNames}) and what the
 * title vouches for ({@link TitleNames}). The type (Method, Model, Dataset, ...) comes from the head noun that
 * describes the name ("X, a multi-tower decoder architecture" -> Model), else from how the abstract speaks of it
 * or the name's shape ({@code ...Bench} -> Benchmark). Stateless and thread-safe.
 */
public final class ProposalRecognizer {
    private static final String NAME = NameShapes.TOKEN;
    private static final String LOWER_NAME = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:-[a-z0-9]*[a-z][a-z0-9]*|[0-9]+)(?![\\w-])";
    private static final Pattern TITLE_PREFIX = Pattern.compile("^\\s*([^:]{1,60}?)(?:\\s*:|\\s+--?|\\s+[—–])\\s+\\S");
    private static final Pattern INTRO = Pattern.compile(
            "\\b(?:[Ww]e|us to|(?:it|them) to|[Tt]his (?:paper|work|study|article|report)|[Tt]he present (?:paper|work)|[Hh]ere)"
                    + "(?: (?:also|further|first|then|hence|thus|therefore|newly|have|has|will))?"
                    + " (?:propose|introduce|present|develop|design|release|build|construct|contribute|curate"
                    + "|create|devise|offer|formulate|establish|call|name|term|dub|open-source|unveil|put forward"
                    + "|describe|collect|assemble|compile|craft|publish|report|(?:pre-?)?train)s?d?\\b");
    // "we extend X ... and propose the Y": a second verb of the same subject
    private static final Pattern AND_INTRO = Pattern.compile(
            " and (?:also |further )?(?:propose|introduce|present|develop|design|construct|build|create|release)\\b");
    private static final Pattern WE = Pattern.compile("\\b[Ww]e ");
    // "RLIPv2 introduces ...": a proposal named earlier introduces its parts
    private static final Pattern NAME_INTRO = Pattern.compile(
            "(" + NameShapes.TOKEN + ") (?:also |further )?(?:introduces|proposes|presents|develops|designs|employs|adopts)\\b");
    // "a multi-perspective course learning (MCL) method is proposed"
    private static final Pattern PASSIVE = Pattern.compile(
            "^(?: [\\w-]+){0,2}? (?:is|are|was|were) (?:newly |further |also )?(?:proposed|introduced|presented|developed|designed)\\b");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:(?:named|termed|called|known|referred to|dubbed|denoted) as|[Ww]e refer to (?:[\\w-]+ ){0,6}?as|named|dubbed|termed|called|coined|nicknamed|codenamed|denoted(?: as| by)?|referred to as"
                    + "|which we call|we call it|we name it|we term|call the result(?:ing [a-z]+)?|abbreviated as|abbreviated to|hereafter,?|henceforth,?)\\s+['\"‘“]?(" + NAME + ")");
    // "We instantiate this idea with EntiGraph, a synthetic data augmentation algorithm": our own tool, described
    private static final Pattern WITH_NAME = Pattern.compile(
            "^We (?!(?:\\w+ )?(?:compare|evaluate|test|benchmark|experiment|validate|contrast))[^,;]{0,80}? with (" + NAME
                    + "), an? (?:[\\w-]+ ){0,5}?(\\w+) (?:that|which|to|for)\\b");
    // "our Concept Matrix Search algorithm": two or more capitalised words before the head noun
    private static final Pattern OUR_CAPITALISED = Pattern.compile(
            "\\b[Oo]ur ((?:\\p{Lu}[\\p{L}\\p{N}-]* ){2,4})([a-z]+)\\b");
    // "a monolingual model trained from scratch (BERTu)": a new name closing the description of an artifact
    private static final Pattern DESCRIBED_PAREN = Pattern.compile(
            "\\b(?:model|network|variant|version|method|encoder|baseline|architecture)\\b[^().;]{3,60}? \\((" + NAME + ")\\)");
    private static final Pattern AND_DESCRIBED_PAREN = Pattern.compile("\\G,? and (?:a|an|the) [^().;]{3,60}? \\((" + NAME + ")\\)");
    // "The resulting distilled model Foo, ...": the name the paper gives its end product
    // "..., yielding FooLite, a model that ...", "combining A with B produces FooSparse, a retriever": the described
    // counterpart of GERUND_NAME, which needs "we" before it instead of a description after the name
    private static final Pattern YIELDS_NAME = Pattern.compile("\\b(?:yield(?:s|ing)?|produc(?:es|ing)|results? in"
            + "|resulting in|giv(?:es|ing)|obtain(?:s|ing)?|leading to) (" + NAME + "), an? ");
    // "We train a process reward model (PRM), FooJudge, on ...": what the authors build, named in an apposition
    private static final Pattern BUILT_APPOSITIVE = Pattern.compile("\\b[Ww]e (?:also )?(?:learn|train|build|design|develop"
            + "|construct|create)s? an? (?:[\\w-]+ ){0,4}?([a-z]+)(?: \\([A-Z][\\w-]*\\))?, (" + NAME + "),");
    // "Our resulting models, the Foo family, range from ...": the paper's family of checkpoints
    private static final Pattern OUR_FAMILY = Pattern.compile(
            "\\b[Oo]ur (?:[\\w-]+ ){0,2}?(?:models|checkpoints|LLMs), the (" + NAME + ") (?:family|series|suite)\\b");
    private static final Pattern RESULTING_NAME = Pattern.compile(
            "\\b[Tt]he (?:resulting|final|obtained)(?: [\\w-]+){0,2}? (model|network|agent|system|checkpoint|policy|detector)"
                    + " (\\p{Lu}[\\p{L}\\p{N}-]*)(?= (?:is|was|achieves|outperforms|reaches|attains|shows)\\b|[,.;])");
    // "we present row filtering by ... (Sprune), a cheap filter method that ...": a name closing a long description
    private static final Pattern PAREN_DESCRIBED = Pattern.compile(
            "\\((\\p{Lu}[\\p{L}\\p{N}-]*)\\), an? (?:[\\w-]+ ){0,6}?(\\w+) (?:that|which|for|to|with|based)\\b");
    static final Pattern ACRONYM = Pattern.compile("[A-Z0-9-]+");
    private static final Pattern PURPOSE = Pattern.compile(" (?:for|to|of|on|in|under) ");
    // "to build 3DSeg-8 dataset", "we created a series of OpenECAD datasets": a named collection being made
    private static final Pattern BUILT = Pattern.compile(
            "\\b(?:build|built|construct|constructed|create|created|collect|collected|curate|curated)"
                    + " (?:a |an |the |our )?(?:new |novel |series of |large-scale )*(" + NAME + ") (datasets?|benchmarks?|corpus|corpora)\\b");
    static final Pattern LOOSELY = Pattern.compile(
            "\\b(?:collectively|commonly|widely|also|often|generally|usually|popularly|sometimes|informally|loosely) $");
    // "..., or LOOK for short": the short name the paper gives what it just described
    private static final Pattern FOR_SHORT = Pattern.compile("(?:,| \\() ?or (" + NAME + ") for short");
    // "a Two-stage Blended Denoising method is proposed": a capitalised name before its head, in the passive
    private static final Pattern PASSIVE_NAME = Pattern.compile(
            "\\b(?:[Aa]n?|[Tt]he) ((?:\\p{Lu}[\\p{L}\\p{N}-]* ){1,5})([a-z]+) (?:is|are) (?:newly |further |also )?"
                    + "(?:proposed|introduced|designed|developed)\\b");
    private static final Pattern NEW_ARTIFACT = Pattern.compile(
            "\\b(?:a|an|the) (?:new|novel|first|large-scale|challenging|comprehensive|curated)"
                    + "(?: [\\w-]+){0,3}? (dataset|benchmark|corpus|suite|testbed),? (?:called |named |dubbed )?(" + NAME + ")");
    private static final Pattern OUR = Pattern.compile(
            "\\b[Oo]ur (?:[\\w-]+ ){0,3}?(method|model|framework|approach|system|algorithm|dataset|benchmark|architecture|network"
                    + "|code|library|toolkit|tool|package|platform|pipeline|module|mechanism|technique|strategy"
                    // the agent nouns of what a paper builds: "our distilled generator, QuickGen, ..."
                    + "|generator|reader|detector|encoder|decoder|agent|policy|retriever|reranker|planner|solver|kernel"
                    + "|optimizer|tokenizer|classifier|compiler|simulator|engine|estimator|editor|controller|backbone"
                    + "|corpus|suite|recipe|objective"
                    + "|contribution)"  // "our key contribution is FooSim, a ..."
                    + "(?:,| is| called| named)? (" + NAME + ")");
    // "a simple baseline (SimpleCIL)", "a hybrid version (Hybrid-X)": a name given to what was just described
    private static final Pattern PAREN_NAME = Pattern.compile(
            "\\b(baseline|variant|version|architecture|model|method|framework|approach|strategy|module|benchmark"
                    + "|dataset|algorithm|pipeline|system|network) \\((" + NAME + "(?: \\p{Lu}[\\p{L}\\p{N}-]*){0,3})\\)");
    // "we develop a Chinese-language benchmark, Name,", "our newly proposed scoring function, Name": the name
    // set off by a comma after the head noun that an announcing verb describes
    private static final Pattern APPOSITIVE = Pattern.compile(
            "\\b(?:(?:[Ww]e|us to|[Tt]his (?:paper|work|study)) (?:\\w+ )?(?:propose|introduce|present|develop|design|build"
                    + "|construct|create|release|curate)(?:s|d|ed)?|[Oo]ur (?:newly |new )?(?:proposed|introduced)"
                    + "|[Tt]he (?:resulting|proposed))"
                    + "(?: (?:a|an|the|our))?(?: [\\w-]+,?){0,6}? ([a-z][\\w-]*),\\s*(?:(?:\\\\ie|i\\.e\\.,?|namely)\\s+)?"
                    + "(?=\\p{Lu}|[\\p{L}\\p{N}]+[A-Z0-9]|" + LOWER_NAME + ")");
    // "training-free", "fine-tuned", "task-specific": a hyphenated adjective, not a name
    private static final Pattern HYPHEN_ADJECTIVE = Pattern.compile(
            "-(?:[a-z]+ed|based|like|free|aware|specific|level|only|style|driven|centric|wise|scale|grained|agnostic|efficient)$");
    // "a new adapter architecture, p-adapter, which": a lower-case name set off by commas needs a hyphen or digit
    private static final Pattern LOWER_NAME_AT = Pattern.compile("\\G(" + LOWER_NAME + ")(?=[,.;]| \\()");
    // "introduce two simple approaches, namely Foo Head and Bar Block": each named item of an announced list
    private static final Pattern LISTED = Pattern.compile(
            "\\b(?:two|three|four|several) (?:[\\w-]+ ){0,4}?([a-z]+s)(?:(?: [^.;,:]{0,50}?)?,? (?:namely|including|i\\.e\\.,?|:) "
                    + "|, (?=\\p{Lu}))");
    // one item, its acronym if any ("Foo Tuning (FT)"), and the separator to the next (group 2; empty: the list ended)
    private static final Pattern LIST_ITEM = Pattern.compile(
            "\\G(\\p{Lu}[\\p{L}\\p{N}-]*(?: \\p{Lu}[\\p{L}\\p{N}-]*){0,4})(?: \\([^()]{1,20}\\))?(?=,|\\.|;| and |$)(,? and |, |)");
    // "two techniques, Foo Tuning (FT) and neural warmup,": a lower-case last item of two or three words
    private static final Pattern LAST_LOWER_ITEM = Pattern.compile(
            "\\G(?!(?:the|a|an|other|others|more|many|several|some|their|its|our)\\b)([a-z][\\w-]*(?: [a-z][\\w-]*){1,2})(?=[,.;])");
    // "... is too slow, and propose Hyperion, a method that ...": the subject "we" stated earlier
    private static final Pattern AND_PROPOSE = Pattern.compile(
            "\\band (?:propose|introduce|present|construct|build|develop|design|create|release) (?=\\p{Lu})(" + NAME + "), an? ");
    // "a new architecture called foo", "our approach, dubbed bar sampling,": a lower-case name that a naming verb gives
    // the artifact noun right before it (read only where the sentence is about something new or the paper's own)
    private static final Pattern LOWER_NAMED = Pattern.compile("\\b(model|network|architecture|method|approach|algorithm"
            + "|technique|strategy|framework|system|pipeline|dataset|corpus|benchmark|tool|toolkit|library|metric|module"
            + "|mechanism|layer|loss|objective|scheme|procedure|recipe|regularizer|encoder|decoder|agent|policy)s?,?"
            + " (?:which is |that is )?(?:called|named|dubbed"
            + "|termed|coined) (?!(?:the|a|an|as|after|by|for|in)\\b)([a-z][\\w-]*(?: [a-z][\\w-]*){0,2})"
            + "(?=[,.;:]| \\(| (?:that|which|to|for|is|achieves|outperforms|uses)\\b|$)");
    // "we (also) propose ...": the paper's own voice introducing what the lower-case name cues below name
    private static final String WE_VOICE = "\\b(?:[Ww]e|us to) (?:also |further |then |first |additionally )?";
    private static final String WE_INTRODUCE = WE_VOICE + "(?:propose|introduce|present|develop|design)s?d?";
    // "we introduce gradient tokens, a novel regularization method", "we propose token dropping, a simple method
    // that", "we propose foo recovery, an auxiliary pretext task": a lower-case name right after the verb that an
    // appositive describes as an artifact (see describedAs)
    private static final Pattern LOWER_DESCRIBED = Pattern.compile(
            WE_VOICE + "(?:propose|introduce|present|develop|design|build|release|create|construct|curate)s?d?"
                    + " (?!(?:a|an|the|our|this|these|two|three|several|new|novel)\\b)([a-z][\\w-]*(?: [a-z][\\w-]*){0,3}), an? ");
    // the first words of that appositive, up to where its noun phrase ends
    private static final Pattern DESCRIPTION = Pattern.compile("\\G([\\p{L}\\p{N}][\\w-]*) ?");
    private static final java.util.Set<String> PHRASE_ENDS = java.util.Set.of("that", "which", "for", "to", "of", "in",
            "with", "where", "whose", "on", "by", "based", "designed", "inspired", "and", "or");
    // heads of a description that make the named thing a problem, not an artifact ("a new task where ...")
    private static final java.util.Set<String> PROBLEMS = java.util.Set.of("problem", "task", "setting", "phenomenon",
            "scenario", "question", "issue", "challenge", "effect", "regime", "direction", "step", "test", "evaluation");
    // words that make a task a training signal of the method ("an auxiliary pretext task")
    private static final java.util.Set<String> TRAINING_TASKS = java.util.Set.of("pretext", "auxiliary", "proxy",
            "pre-training", "pretraining", "self-supervised", "training");
    // heads that describe a new form of something known: "quiet attention, a softmax variant that ..."
    private static final java.util.Set<String> VARIANTS = java.util.Set.of("variant", "extension", "generalization",
            "generalisation", "alternative", "modification", "instantiation", "reformulation");
    // "we propose a novel foo thinning algorithm, a pruning scheme for ...": a lower-case name between "novel"
    // and its head noun that an appositive describes again
    private static final Pattern LOWER_HEAD_DESCRIBED = Pattern.compile(
            WE_INTRODUCE
                    + " (?:a|an) (?:novel|new) ([a-z][\\w-]*(?: [a-z][\\w-]*){1,2})"
                    + " (?:algorithm|method|technique|strategy|scheme|mechanism|approach|procedure), an? ");
    // "we design a Span-Aware Routing module", "we propose Gated Span Routing, a method that ...": capitalised words
    // right after an intro verb, named as such by the head noun that follows or the description set off after them
    private static final String INTRO_VERB = "\\b(?:propose|introduce|present|develop|design|devise)[sd]? ";
    private static final Pattern CAPITALISED_HEAD = Pattern.compile(INTRO_VERB + "(?:a|an|the) (?:(?:new|novel|simple"
            + "|lightweight|dedicated) )?((?:\\p{Lu}[\\p{L}\\p{N}-]* ){2,4})([a-z]+)\\b");
    private static final Pattern CAPITALISED_DESCRIBED = Pattern.compile(INTRO_VERB + "(?:the )?((?:\\p{Lu}[\\p{L}\\p{N}-]* )"
            + "{1,4}\\p{Lu}[\\p{L}\\p{N}-]*), an? (?:[\\w-]+ ){0,4}?(\\w+) (?:that|which|for|to|with|of|in|based)\\b");
    // "we propose Video Q-mixer to ...", "and introduce an Audio Q-mixer.": a capitalised phrase that is the whole object
    private static final Pattern CAPITALISED_OBJECT = Pattern.compile(INTRO_VERB + "(?:(?:a|an|the) )?(?:(?:new|novel|simple"
            + "|lightweight|dedicated) )?((?:\\p{Lu}[\\p{L}\\p{N}-]* ){1,3}\\p{Lu}[\\p{L}\\p{N}-]*)"
            + "(?= (?:to|that|which)\\b|[,.;]|$)");
    // "And then introduce ...": a sentence that goes on with the subject of the one before
    private static final Pattern SUBJECTLESS = Pattern.compile("^(?:And|Then|Also)(?: then| also)? " + INTRO_VERB);
    // "FooNet is proposed to ...", "our proposed FooNet", "the proposed FooNet method": the paper's own name
    private static final Pattern PASSIVE_SUBJECT = Pattern.compile(
            "(?<![\\w-])(" + NAME + ") (?:is|are) (?:newly |further |also |first )?(?:proposed|introduced)\\b(?! by)");
    // "FooNet (ours) outperforms ...": the paper marks its own artifact among others
    private static final Pattern OURS_MARK = Pattern.compile("(?<![\\w-])(" + NAME + ") \\((?:[Oo]urs|[Oo]ur (?:method|model|approach))\\)");
    private static final Pattern CONTRAST_BEFORE = Pattern.compile("\\b(?:[Uu]nlike|[Ii]n contrast to|[Cc]ompared (?:with|to)|than)\\b");
    private static final Pattern BACKGROUND = Pattern.compile(
            "^(?:Recently|Previously|Lately|Traditionally|Conventionally|Historically)\\b|\\bet al\\b");
    private static final Pattern PROPOSED_NAME = Pattern.compile("\\b(?:[Oo]ur|[Tt]he) (?:newly )?(?:proposed|introduced) (" + NAME + ")");
    // "FooRM, our proposed reward model, ...": the name before an appositive that calls it the paper's own
    private static final Pattern NAME_THEN_OURS = Pattern.compile("(?<![\\w-])(" + NAME + "), our (?:newly )?(?:proposed|new|novel)\\b");
    // "trained with a novel QWeb neural network": a name the text itself marks as new, before its head noun
    private static final Pattern NOVEL_NAME = Pattern.compile("\\b(?:a|an|our) (?:new|novel|newly proposed) (" + NAME + ")(?= [a-z])");
    // "our FooNet model", also quoted or in TeX braces: "our "{FooNet}" model"
    private static final Pattern OUR_NAME = Pattern.compile("\\b[Oo]ur [\"“‘]?\\{?(" + NAME + ")\\}?[\"”’]?(?= [a-z])");
    // the description up to where the noun phrase ends: "a new language representation model that ..."
    private static final Pattern HEAD_AFTER = Pattern.compile("^,?\\s*(?:which is |is )?(?:a|an|the)\\s+((?:[\\w-]+\\s+){0,7}?)([\\w-]+)"
            + "(?=\\s+(?:that|which|for|to|with|of|in|on|designed|trained|based|built|capable|using)\\b|\\s*[,.;:()]|$)");

    // words after which a name is being introduced: "we present MindLLM", "a framework called X", "a new X"
    private static final java.util.Set<String> ANNOUNCERS = java.util.Set.of("called", "named", "dubbed", "termed",
            "coined", "namely", "as", "new", "novel", "first");
    // "we show that previous TTA approaches fail": words that mark what follows as someone else's work
    private static final java.util.Set<String> OTHERS = java.util.Set.of("previous", "existing", "prior", "conventional",
            "current", "traditional", "standard", "popular", "other", "earlier");
    // capitalised adjectives describe a technique rather than name it ("a Bayesian method", "a Welsh-language corpus")
    private static final Pattern PROPER_ADJECTIVE = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:ian|ean|ic|ish|ese)|Markov|Monte|Fourier|Newton|\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)+");
    // languages and platforms a tool is written for: "a Python library", "our JavaScript implementation"
    static final java.util.Set<String> PLATFORMS = java.util.Set.of("Python", "Java", "JavaScript", "TypeScript",
            "Rust", "Julia", "MATLAB", "Matlab", "Android", "Linux", "Windows", "Unity", "Excel", "Chrome", "GitHub", "Docker",
            "Kubernetes", "Jupyter", "WebGPU", "CUDA", "Triton");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "our");

    // first words of title phrases that frame a topic ("Beyond Self-Supervision: ..."), not a name
    static final java.util.Set<String> FRAMING = java.util.Set.of("Beyond", "Towards", "Toward", "Rethinking",
            "Revisiting", "Understanding", "Exploring", "Improving", "Scaling", "On", "In", "Is", "Are", "Do", "Does",
            "Can", "When", "Why", "How", "What", "Where", "Should", "Less", "More", "Not", "Against", "About");

    // single title words before a colon that announce a kind of paper, not a name
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("Survey", "Review", "Overview", "Tutorial",
            "Introduction", "Position", "Benchmarking", "Towards", "Toward", "Revisiting", "Rethinking", "Perspective",
            "Perspectives", "Commentary", "Editorial", "Abstract", "Preprint", "Correction", "Erratum", "Report",
            "Evaluation", "Analysis", "Reproducibility", "Replication", "Demo", "Extended", "Keynote");

    private ProposalRecognizer() {
    }

    /** One proposed artifact with the evidence of its best mention. */
    public record Proposal(String name, EntityType type, List<String> aliases, Evidence evidence) {
        public Entity entity() {
            return new Entity(Names.key(name), name, type, aliases, null, null);
        }

        public EntityFact fact() {
            return new EntityFact(Relation.PROPOSES, entity(), name, evidence);
        }
    }

    /**
     * The proposals of a paper.
     *
     * @param sentences title first, then the abstract
     * @param acronyms  acronym definitions, parallel to {@code sentences}
     */
    public static List<Proposal> find(List<Sentence> sentences, List<List<AcronymDetector.Acronym>> acronyms,
                                      Lexicon lexicon) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        Map<String, Integer> concepts = concepts(sentences, acronyms);
        String abstractText = abstractText(sentences);
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (s.section().equals("title")) {
                titleCues(s, abstractText, acronyms, acronyms.get(si), found, lexicon);
            } else {
                final int here = si;
                new SentenceCues(s, acronyms.get(si), found, lexicon,
                        tok -> concepts.getOrDefault(Names.key(tok), here) != here, sentences.get(0)).read();
            }
        }
        mergeAcronyms(acronyms, found, lexicon);
        TitleNames.longForms(sentences, acronyms, lexicon, key -> found.containsKey(key)).forEach(h -> add(found, h));
        List<String> proposed = found.values().stream().map(c -> c.name).toList();
        ComponentNames.components(sentences, proposed, lexicon).forEach(h -> add(found, h));
        ComponentNames.acronymParts(sentences, acronyms, proposed, lexicon).forEach(h -> add(found, h));
        ObjectiveNames.objectives(sentences, acronyms, lexicon).forEach(h -> add(found, h));
        CoinedNames.enumerated(sentences, lexicon).forEach(h -> add(found, h));
        mergeAcronyms(acronyms, found, lexicon);  // "a novel Foo Bar (FB) method": a part found under both names
        siblings(sentences, found, lexicon);
        bases(sentences, found, lexicon);
        dropProblems(sentences, acronyms, found);
        dropClasses(sentences, acronyms, found);
        foldTitleNames(abstractText, found);
        dropPredecessors(found);
        typeFromMentions(sentences, found);
        List<Proposal> out = new ArrayList<>();
        for (Candidate c : found.values()) {
            EntityType type = c.type != null ? c.type : NameShapes.typeOfName(c.name);
            out.add(new Proposal(c.name, type == null ? EntityType.METHOD : type, List.copyOf(c.aliases), c.evidence));
        }
        return out;
    }

    /**
     * Long forms defined anywhere in the paper become aliases; a name given in full in the title
     * ("Tokens-to-Token ViT") is renamed to the acronym the abstract defines for it. Safe to run again.
     */
    private static void mergeAcronyms(List<List<AcronymDetector.Acronym>> acronyms, Map<String, Candidate> found,
                                      Lexicon lexicon) {
        for (int si = 0; si < acronyms.size(); si++) {
            for (AcronymDetector.Acronym a : acronyms.get(si)) {
                Candidate c = found.get(Names.key(a.shortForm()));
                if (c != null) {
                    c.aliases.add(a.longForm());
                    if (!Names.key(a.longForm()).equals(Names.key(a.shortForm()))) {
                        found.remove(Names.key(a.longForm()));  // found under both names: one artifact
                    }
                    continue;
                }
                Candidate full = found.get(Names.key(a.longForm()));
                if (full != null && PLURAL_ACRONYM.matcher(a.shortForm()).matches() && !titleCase(a.longForm())) {
                    found.remove(Names.key(a.longForm()));  // "Pre-Trained Encoders" that the abstract calls "pre-trained encoders (PTEs)"
                } else if (full != null && !EntityRecognizer.isKnown(a.shortForm(), lexicon)) {
                    found.remove(Names.key(a.longForm()));
                    Candidate renamed = new Candidate(a.shortForm(), full.evidence);
                    renamed.aliases.add(full.name);
                    renamed.type = full.type;
                    found.put(Names.key(a.shortForm()), renamed);
                } else if (full != null && !PLURAL_ACRONYM.matcher(a.shortForm()).matches()) {
                    // "we call this architecture a Foo Net (F-Net)" with F-Net known: one artifact, also under its
                    // short name and the name the lexicon knows it by
                    full.aliases.add(a.shortForm());
                    Lexicon.Entry known = lexicon.lookup(a.shortForm());
                    if (known != null) {
                        full.aliases.add(known.name());
                    }
                }
            }
        }
    }

    /** The title: "Name: description", an opening name, acronyms it defines. */
    private static void titleCues(Sentence s, String abstractText, List<List<AcronymDetector.Acronym>> acronyms,
                                  List<AcronymDetector.Acronym> acr, Map<String, Candidate> found, Lexicon lexicon) {
        String t = s.text();
        titlePrefix(s, abstractText, acronyms, found);
        Matcher opening = OPENING_NAME.matcher(t);
        if (opening.lookingAt() && NameShapes.isNameLike(opening.group(1))
                && !EntityRecognizer.isKnown(opening.group(1), lexicon)) {
            add(found, opening.group(1), null, s, opening.start(1), opening.end(1), "proposes.title-opening", 0.8,
                    typeNear(t, opening.end(1), null));
        } else {
            openingWord(s, abstractText, lexicon, found);
        }
        for (AcronymDetector.Acronym a : acr) {
            add(found, a.shortForm(), a.longForm(), s, a.shortStart(), a.shortEnd(), "proposes.title-acronym", 0.8,
                    headType(a.longForm()));
        }
    }

    // the first word of a title and the word after it
    private static final Pattern FIRST_WORDS = Pattern.compile("^(" + NameShapes.TOKEN + ") (\\p{L}+)");
    // a mention that ends a noun phrase: punctuation or a word that is no continuation of it
    private static final Pattern ALONE_AFTER = Pattern.compile("\\G(?:[,.;:)]|$| (?:is|are|was|achieves?|outperforms?"
            + "|reaches|improves|uses|learns|consists|combines|can|also|not|significantly|consistently|only|and|with|on|to)\\b)");

    /**
     * "FooVox Speech Synthesis with Tiny Models" whose abstract says "FooVox reaches ...": a coined word opening the
     * title without a colon names the paper's artifact when the abstract uses it on its own. "PAC Prediction Sets",
     * whose abstract only ever writes "PAC prediction sets", uses it as a modifier of the title's topic.
     */
    private static void openingWord(Sentence title, String abstractText, Lexicon lexicon, Map<String, Candidate> found) {
        Matcher m = FIRST_WORDS.matcher(title.text());
        if (!m.find()) {
            return;
        }
        String tok = m.group(1);
        if (!Character.isLetter(tok.charAt(0)) || !NameShapes.isNameLike(tok) || PLURAL_ACRONYM.matcher(tok).matches()
                || EntityRecognizer.isKnown(tok, lexicon) || PLATFORMS.contains(tok) || FRAMING.contains(tok)) {
            return;
        }
        Matcher alone = ALONE_AFTER.matcher(abstractText);
        for (int at = abstractText.indexOf(tok); at >= 0; at = abstractText.indexOf(tok, at + 1)) {
            int end = at + tok.length();
            boolean word = (at == 0 || !Character.isLetterOrDigit(abstractText.charAt(at - 1))
                    && abstractText.charAt(at - 1) != '-');
            if (word && alone.region(end, abstractText.length()).lookingAt()) {
                add(found, tok, null, title, m.start(1), m.end(1), "proposes.title-opening", 0.7, null);
                return;
            }
        }
    }

    /** The cues read in one abstract sentence, and what several of them share. */
    private static final class SentenceCues {
        private final Sentence s;
        private final String t;
        private final List<AcronymDetector.Acronym> acr;
        private final Map<String, Candidate> found;
        private final Lexicon lexicon;
        /** A token the paper defines as a concept in another sentence: no name ("a new PETL technique"). */
        private final java.util.function.Predicate<String> concept;
        private final Sentence title;
        /** The sentence announces something new ("novel", "we propose"): several cues need it. */
        private final boolean novel;
        /** The sentence has an intro verb ("we present", "we introduce"). */
        private final boolean introduces;

        SentenceCues(Sentence s, List<AcronymDetector.Acronym> acr, Map<String, Candidate> found, Lexicon lexicon,
                     java.util.function.Predicate<String> concept, Sentence title) {
            this.s = s;
            this.t = s.text();
            this.acr = acr;
            this.found = found;
            this.lexicon = lexicon;
            this.concept = concept;
            this.title = title;
            this.novel = Prefilter.mayMatch(NOVELTY, t) && NOVELTY.matcher(t).find();
            this.introduces = Prefilter.mayMatch(INTRO, t) && INTRO.matcher(t).find() || SUBJECTLESS.matcher(t).lookingAt();
        }

        /** Every cue, in this order: later cues test what earlier ones found. */
        void read() {
            acronyms();
            opening();
            intros();
            names();
            descriptions();
        }

        /** Acronyms defined in the passive, after "our", or in a sentence that says something is new. */
        private void acronyms() {
            for (AcronymDetector.Acronym a : acr) {
                if (PASSIVE.matcher(t.substring(a.shortEnd() + 1, Math.min(t.length(), a.shortEnd() + 60))).find()
                        && !EntityRecognizer.isKnown(a.shortForm(), lexicon) && !generic(a.longForm(), lexicon)) {
                    add(found, a.shortForm(), a.longForm(), s, a.shortStart(), a.shortEnd(), "proposes.passive", 0.75,
                            typeNear(t, afterParen(t, a.shortEnd()), headType(a.longForm())));
                }
                if (OUR_BEFORE.matcher(t).region(Math.max(0, a.longStart() - 4), a.longStart()).find()
                        && headFollows(t, afterParen(t, a.shortEnd())) && !EntityRecognizer.isKnown(a.shortForm(), lexicon)
                        && !generic(a.longForm(), lexicon)) {
                    add(found, a.shortForm(), a.longForm(), s, a.shortStart(), a.shortEnd(), "proposes.our-acronym", 0.75,
                            typeNear(t, afterParen(t, a.shortEnd()), headType(a.longForm())));
                }
            }
            if (novel) {
                for (AcronymDetector.Acronym a : acr) {
                    EntityType head = headType(a.longForm());
                    boolean named = head != null && head != EntityType.METRIC || headFollows(t, a.shortEnd() + 1);
                    if (named && a.shortForm().length() >= 3 && !EntityRecognizer.notATechnique(a.longForm())
                            && !EntityRecognizer.isParadigm(a.longForm())
                            && titleCase(a.longForm()) && !EntityRecognizer.isKnown(a.shortForm(), lexicon)
                            && !generic(a.longForm(), lexicon) && !found.containsKey(Names.key(a.shortForm()))) {
                        add(found, a.shortForm(), a.longForm(), s, a.shortStart(), a.shortEnd(), "proposes.novel-acronym",
                                0.6, typeNear(t, afterParen(t, a.shortEnd()), head));
                    }
                }
            }
        }

        /** A name opening one of the first sentences, or any sentence that says something is new. */
        private void opening() {
            Matcher opening = OPENING_NAME.matcher(t);
            if (opening.lookingAt() && (s.index() <= 1 || novel)) {
                String tok = opening.group(1);
                // "FooPix is a diffusion model that edits images. We study its failures": an opening sentence that
                // calls nothing new is about the paper's artifact only when the title names it
                boolean ours = novel || title.text().contains(tok);
                if (ours && NameShapes.isNameLike(tok) && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, null, s, opening.start(1), opening.end(1), "proposes.opening", 0.7,
                            typeNear(t, opening.end(1), null));
                }
            }
        }

        /**
         * Names that the pattern's last group holds ("yielding X, a model", "our models, the X family"), typed by
         * {@code kind}; with {@code anyCapitalised} a plain capitalised word counts as a name. A pattern with a head
         * noun in its first group ({@link #BUILT_APPOSITIVE}) gives nothing when that noun names no artifact.
         */
        private void resultingNames(Pattern p, boolean anyCapitalised, java.util.function.Function<Matcher, EntityType> kind) {
            Matcher m = Prefilter.matcher(p, t);
            while (m != null && m.find()) {
                int g = m.groupCount();  // the name is the last group
                String tok = m.group(g);
                boolean named = NameShapes.isNameLike(tok) && !NameShapes.isCommon(tok)
                        || anyCapitalised && Character.isUpperCase(tok.charAt(0));
                EntityType type = kind.apply(m);
                if (named && (g == 1 || type != null) && !EntityRecognizer.isKnown(tok, lexicon) && !concept.test(tok)) {
                    add(found, tok, null, s, m.start(g), m.end(g), "proposes.resulting", 0.7, type);
                }
            }
        }

        /** The object of an intro verb: "we propose X", "we extend Y and propose X", "X, which we introduce". */
        private void intros() {
            List<int[]> intros = new ArrayList<>();
            Matcher intro = introduces ? INTRO.matcher(t) : null;  // the constructor's test: no scan again for nothing
            while (intro != null && intro.find()) {
                intros.add(new int[] {intro.start(), intro.end()});
            }
            Matcher andVerb = AND_INTRO.matcher(t);
            // tried only where " and " stands, not at every offset
            for (int at = t.indexOf(" and "); at >= 0; at = t.indexOf(" and ", at + 5)) {
                if (andVerb.region(at, t.length()).lookingAt() && WE.matcher(t).region(0, at).find()) {
                    intros.add(new int[] {at, andVerb.end(), 1});  // "we extend X and propose Y"
                }
            }
            Matcher byName = mentionsIntroVerb(t) ? NAME_INTRO.matcher(t) : null;
            while (byName != null && byName.find()) {
                if (found.containsKey(Names.key(byName.group(1)))) {
                    intros.add(new int[] {byName.start(), byName.end()});
                }
            }
            for (int[] in : intros) {
                int from = in[1];
                int to = clauseEnd(t, from);
                boolean got = false;
                for (AcronymDetector.Acronym a : acr) {
                    // "proposes a genetic algorithm (GA)-based strategy": a known technique abbreviated is no proposal
                    if (a.longStart() >= from && a.shortEnd() <= to && properLongForm(a, t, from)
                            && !nameBefore(t, from, a.longStart(), lexicon)
                            && (!EntityRecognizer.isKnown(a.shortForm(), lexicon) || ownKnown(t, from, a))
                            && !generic(a.longForm(), lexicon)
                            && !EntityRecognizer.isKnown(a.longForm(), lexicon)) {
                        // "we present Foo Bar Networks (FBNs)": a plural name right after the verb is the family
                        // the paper introduces; elsewhere in the clause a plural acronym is a class it talks about
                        boolean family = PLURAL_ACRONYM.matcher(a.shortForm()).matches() && titleCase(a.longForm())
                                && DETERMINER_ONLY.matcher(t.substring(from, a.longStart())).matches();
                        add(found, a.shortForm(), a.longForm(), s, a.shortStart(), a.shortEnd(),
                                family ? "proposes.intro-family" : "proposes.intro-acronym",
                                0.85, typeNear(t, afterParen(t, a.shortEnd()), headType(a.longForm())));
                        got = true;
                        break;
                    }
                    if (a.longStart() < from || a.shortEnd() > to) {
                        continue;
                    }
                    Matcher modifiers = CAPITALISED_MODIFIERS.matcher(t).region(from, a.longStart());
                    if (EntityRecognizer.isKnown(a.shortForm(), lexicon) && modifiers.matches()
                            && !NameShapes.isCommon(modifiers.group(1))) {
                        // "we propose Budget-Aware Low-Rank Adaptation (LoRA)": a named variant of a known
                        // technique, called by its modifiers and the known short name
                        String name = modifiers.group(1) + " " + a.shortForm();
                        add(found, name, modifiers.group(1) + " " + a.longForm(), s, modifiers.start(1), a.shortEnd(),
                                "proposes.intro-variant", 0.75, typeNear(t, afterParen(t, a.shortEnd()), headType(a.longForm())));
                        got = true;
                        break;
                    }
                    Matcher head = NOUN_AFTER_PAREN.matcher(t).region(afterParen(t, a.shortEnd()), to);
                    if (EntityRecognizer.notATechnique(a.longForm()) && head.lookingAt()
                            && ComponentNames.PART_NOUNS.contains(head.group(1)) && DETERMINER_ONLY.matcher(t.substring(from, a.longStart())).matches()) {
                        // "we propose Part-of-Speech Tagging (POST) adapters": a part named after its task ("the
                        // Foo Detection (FD) approach" is just an approach to the task)
                        add(found, a.shortForm() + " " + head.group(1), a.longForm() + " " + head.group(1), s,
                                a.shortStart(), head.end(1), "proposes.intro-task-named", 0.75, headNoun(head.group(1)));
                        got = true;
                        break;
                    }
                }
                if (got) {
                    continue;
                }
                Matcher name = NameShapes.TOKEN_PATTERN.matcher(t).region(from, to);
                int words = 0;
                String previous = null;
                // after "and propose" only the object itself: "... and propose four new benchmarks, namely ..." lists others' work
                int maxWords = in.length > 2 ? 3 : 12;
                while (name.find() && words < maxWords) {
                    words++;
                    String tok = name.group();
                    if (name.end() < t.length() && "^_{".indexOf(t.charAt(name.end())) >= 0) {
                        break;  // "StarM^2": a name this token reads only in part
                    }
                    boolean announced = previous == null || NameShapes.typeOfHead(previous) != null
                            || ANNOUNCERS.contains(previous.toLowerCase(java.util.Locale.ROOT));
                    boolean shaped = NameShapes.isNameLike(tok) && (announced || NameShapes.typeOfName(tok) != null
                            || headFollows(t, name.end()));
                    // "propose Compressor, a novel approach": a plain capitalised word described right away
                    boolean described = previous == null && Character.isUpperCase(tok.charAt(0))
                            && describedNext(t, name.end());
                    // "propose the Blindspot unlearning method": a capitalised word its head noun describes
                    described |= previous == null && words == 2 && Character.isUpperCase(tok.charAt(0))
                            && !NameShapes.isCommon(tok) && !PROPER_ADJECTIVE.matcher(tok).matches()
                            && headFollows(t, name.end());
                    boolean others = previous != null && OTHERS.contains(previous.toLowerCase(java.util.Locale.ROOT));
                    // "We present BERT, a new language representation model": the paper that introduces a name the
                    // lexicon knows (because it became well known) still proposes it
                    // "Foo: Chat Models" as the title and "this work presents the Foo model family": the paper names itself
                    // "we introduce FooSAM-Lite, a lightweight version of FooSAM", "we release our model, Foo-Mini-3B,":
                    // a known name with a suffix that is no established entry of the lexicon is the paper's own variant
                    // when it is the verb's object or set off after its head noun
                    boolean variant = lexicon.lookup(tok) == null && (previous == null && describedNext(t, name.end())
                            || previous != null && NameShapes.typeOfHead(previous) != null && t.startsWith(", ", name.start() - 2));
                    boolean ownKnown = variant || previous == null && (describedNext(t, name.end())
                            && typeNear(t, name.end(), null) != null || tok.equals(titlePrefix(title)));
                    if (PREPOSITIONS.contains(tok)) {
                        break;  // "we release our scores on the FooHub site": past the object, someone's venue
                    }
                    if (STUDIES.contains(tok)) {
                        break;  // "we present a survey of Foo-Bar models": the names after it are its topic
                    }
                    if (NAMED_LATER.matcher(t).region(name.end(), to).lookingAt()) {
                        previous = tok;  // "a compact FOO method named Bar": the class, the name comes later
                        continue;
                    }
                    int whole = previous == null && Character.isUpperCase(tok.charAt(0))
                            ? describedNameEnd(t, name.end(), !NameShapes.isNameLike(tok)) : -1;
                    if (whole > 0 && !EntityRecognizer.isKnown(t.substring(name.start(), whole), lexicon)) {
                        // "we present Open Reasoner Nova, the first ...", "we propose Tree of Drafts, a search procedure":
                        // a name of several capitalised words, described right after it
                        add(found, t.substring(name.start(), whole), null, s, name.start(), whole,
                                "proposes.intro", 0.8, typeNear(t, whole, null));
                        break;
                    }
                    if ((shaped || described) && !others && !concept.test(tok)
                            && (ownKnown || !EntityRecognizer.isKnown(tok, lexicon)) && !PLATFORMS.contains(tok)
                            && !spellsOutKnown(acr, name.start(), lexicon)) {
                        int end = extendCapitalised(t, name.end(), to);
                        if (end == name.end() && CAPITALISED_NEXT.matcher(t).region(end, to).lookingAt()) {
                            break;  // "a novel Open-Set Self-Supervised Learning problem": a fragment of a phrase
                        }
                        Matcher agent = AGENT_NOUN_NEXT.matcher(t).region(end, to);
                        if (agent.lookingAt() && NameShapes.typeOfHead(agent.group(1)) == null) {
                            end = agent.end(1);  // "design an LLM-to-SQL rewriter to ...": the tool is the whole phrase
                        }
                        int start = modifiersStart(t, from, name.start(), tok, lexicon);
                        String full = t.substring(start, end);
                        Matcher shortName = PAREN_SHORT.matcher(t).region(end, to);
                        if (full.contains(" ") && shortName.lookingAt() && NameShapes.isNameLike(shortName.group(1))
                                && !EntityRecognizer.isKnown(full, lexicon)) {
                            // "this work introduces a Foo-To-Bar Vision Mixer (F2B-ViM)" that the acronym detector
                            // cannot spell out: the short name in the parenthesis is the artifact's, even if now known
                            EntityType head = headType(full);
                            add(found, shortName.group(1), full, s, shortName.start(1), shortName.end(1), "proposes.intro",
                                    0.85, typeNear(t, shortName.end(), head != null ? head : typeBefore(t, from, name.start())));
                            found.remove(Names.key(full));
                        } else {
                            add(found, full, null, s, start, end, "proposes.intro", 0.85,
                                    typeNear(t, end, typeBefore(t, from, name.start())));
                        }
                        coordinated(t, end, to, s, found, lexicon);
                        break;
                    }
                    if (!(previous == null && DETERMINERS.contains(tok.toLowerCase(java.util.Locale.ROOT)))) {
                        previous = tok;
                    }
                }
            }
        }

        /** Names given by naming words: "named X", "a new dataset, X", "X for short", "X is proposed". */
        private void names() {
            Matcher named = Prefilter.matcher(NAMED, t);
            while (named != null && named.find()) {
                if (LOOSELY.matcher(t).region(Math.max(0, named.start() - 16), named.start()).find()) {
                    continue;  // "(collectively known as Large Reasoning Models)": a label for others' work
                }
                if (CoinedNames.namesProblem(t, named.start())) {
                    continue;  // "a new research problem, which we call X": a problem, not an artifact
                }
                int end = nameAt(t, named.start(1), s, acr, found, lexicon, "proposes.named",
                        typeBefore(t, Math.max(0, named.start() - 80), named.start()));
                if (end > 0) {
                    coordinated(t, end, clauseEnd(t, end), s, found, lexicon);  // "named Foo8L and Foo16L"
                }
            }
            CoinedNames.find(s, novel, lexicon).forEach(h -> add(found, h));
            Matcher lowerNamed = Prefilter.matcher(LOWER_NAMED, t);
            while (lowerNamed != null && lowerNamed.find()) {
                String name = lowerNamed.group(2);
                if ((novel || introduces) && !EntityRecognizer.isKnown(name, lexicon) && !EntityRecognizer.isParadigm(name)) {
                    add(found, name, null, s, lowerNamed.start(2), lowerNamed.end(2), "proposes.named", 0.7,
                            NameShapes.typeOfHead(lowerNamed.group(1)));
                }
            }
            Matcher nw = Prefilter.matcher(NEW_ARTIFACT, t);
            while (nw != null && nw.find()) {
                nameAt(t, nw.start(2), s, acr, found, lexicon, "proposes.new-artifact", NameShapes.typeOfHead(nw.group(1)));
            }
            Matcher paren = Prefilter.matcher(PAREN_NAME, t);
            while (paren != null && paren.find()) {
                String tok = paren.group(2);
                boolean acronym = acr.stream().anyMatch(a -> a.shortStart() == paren.start(2));
                boolean nameLike = java.util.Arrays.stream(tok.split(" ")).anyMatch(NameShapes::isNameLike)
                        && (!tok.contains(" ") || allCapitalised(tok.split(" ")));
                if (!acronym && nameLike && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, null, s, paren.start(2), paren.end(2), "proposes.paren-name", 0.6,
                            NameShapes.typeOfHead(paren.group(1)));
                }
            }
            Matcher appositive = Prefilter.matcher(APPOSITIVE, t);
            while (appositive != null && appositive.find()) {
                EntityType head = headNoun(appositive.group(1));
                Matcher lower = LOWER_NAME_AT.matcher(t).region(appositive.end(), t.length());
                // "a method, self-mend, in which": a hyphenated word set off by commas on both sides is a name too
                boolean isLower = lower.lookingAt();  // once: the pattern is anchored at the previous match, a second try fails
                boolean setOff = isLower && t.startsWith(",", lower.end(1)) && lower.group(1).indexOf('-') > 0
                        && !HYPHEN_ADJECTIVE.matcher(lower.group(1)).find();
                if (head != null && isLower && (coined(lower.group(1)) || setOff)
                        && !EntityRecognizer.isKnown(lower.group(1), lexicon)) {
                    add(found, lower.group(1), null, s, lower.start(1), lower.end(1), "proposes.appositive", 0.75, head);
                } else if (head != null) {
                    nameAt(t, appositive.end(), s, acr, found, lexicon, "proposes.appositive", head);
                }
            }
            Matcher ordinal = Prefilter.matcher(ORDINAL_NAME, t);
            if (ordinal != null && ordinal.lookingAt() && NameShapes.isNameLike(ordinal.group(1)) && !EntityRecognizer.isKnown(ordinal.group(1), lexicon)) {
                // "We make two contributions. First, FooSet, a set of ...": an enumerated contribution, named and described
                add(found, ordinal.group(1), null, s, ordinal.start(1), ordinal.end(1), "proposes.enumerated", 0.75,
                        typeNear(t, ordinal.end(1), null));
            }
            if (introduces) {
                add(found, TitleNames.echo(s, title, lexicon));
                add(found, TitleNames.tailEcho(s, title, lexicon));
            }
            Matcher lowerDescribed = Prefilter.matcher(LOWER_DESCRIBED, t);
            while (lowerDescribed != null && lowerDescribed.find()) {
                String name = lowerDescribed.group(1);
                // "a new penalty term": what the text calls new is an artifact even without an artifact noun
                boolean novelty = t.startsWith("novel ", lowerDescribed.end()) || t.startsWith("new ", lowerDescribed.end());
                EntityType type = describedAs(t, lowerDescribed.end(), novelty ? EntityType.METHOD : null);
                // "a simple method" alone does not make one plain word ("pruning") a name; "a novel method" does, and so
                // does a concrete artifact ("foo, a dense retriever", "bar, a synthetic dataset")
                boolean marked = novelty || name.contains(" ") || name.contains("-") || type != null && type != EntityType.METHOD;
                if (type != null && !EntityRecognizer.isKnown(name, lexicon) && marked) {
                    add(found, name, null, s, lowerDescribed.start(1), lowerDescribed.end(1), "proposes.described", 0.75, type);
                }
            }
            Matcher lowerHead = Prefilter.matcher(LOWER_HEAD_DESCRIBED, t);
            while (lowerHead != null && lowerHead.find()) {
                String name = lowerHead.group(1);
                if (!EntityRecognizer.isKnown(name, lexicon) && !name.endsWith(" learning")) {
                    add(found, name, null, s, lowerHead.start(1), lowerHead.end(1), "proposes.described", 0.7, EntityType.METHOD);
                }
            }
            capitalisedAfterVerb(CAPITALISED_HEAD, true);
            capitalisedAfterVerb(CAPITALISED_DESCRIBED, false);
            capitalisedObject();
            for (Pattern p : List.of(PASSIVE_SUBJECT, PROPOSED_NAME, NAME_THEN_OURS, OURS_MARK)) {
                // "Recently, FooNet is proposed to ...": background about others' work in the present tense
                // "(ours)"/"(our method)": the prefilter cannot read "(" + [Oo]ur as one literal, so test it here
                if (!Prefilter.mayMatch(p, t) || p == PASSIVE_SUBJECT && BACKGROUND.matcher(t).find()
                        || p == OURS_MARK && !t.contains("(Our") && !t.contains("(our")) {
                    continue;
                }
                Matcher m = p.matcher(t);
                while (m.find()) {
                    String tok = m.group(1);
                    if (CONTRAST_BEFORE.matcher(t).region(0, m.start()).find()) {
                        continue;  // "unlike the proposed FooNet of prior work": the one set against the paper's own
                    }
                    if (NameShapes.isNameLike(tok) && !EntityRecognizer.isKnown(tok, lexicon) && !concept.test(tok)) {
                        add(found, tok, null, s, m.start(1), m.end(1), "proposes.proposed", 0.7,
                                typeNear(t, m.end(1), headNext(t, m.end(1))));
                    }
                }
            }
            Matcher andPropose = Prefilter.matcher(AND_PROPOSE, t);
            while (andPropose != null && andPropose.find()) {
                String tok = andPropose.group(1);
                if (!EntityRecognizer.isKnown(tok, lexicon) && !NameShapes.isCommon(tok)) {
                    add(found, tok, null, s, andPropose.start(1), andPropose.end(1), "proposes.and-propose", 0.75,
                            typeNear(t, andPropose.end(1), null));
                }
            }
            Matcher forShort = Prefilter.matcher(FOR_SHORT, t);
            while (forShort != null && forShort.find()) {
                String tok = forShort.group(1);
                if ((introduces || novel) && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, longFormBefore(t, forShort.start()), s, forShort.start(1), forShort.end(1),
                            "proposes.for-short", 0.8, typeBefore(t, Math.max(0, forShort.start() - 80), forShort.start()));
                }
            }
            Matcher passiveName = Prefilter.matcher(PASSIVE_NAME, t);
            while (passiveName != null && passiveName.find()) {
                EntityType head = NameShapes.typeOfHead(passiveName.group(2));
                String name = passiveName.group(1).strip();
                if (head != null && name.contains(" ") && !EntityRecognizer.isKnown(name, lexicon)) {
                    add(found, name, null, s, passiveName.start(1), passiveName.start(1) + name.length(),
                            "proposes.passive-name", 0.7, head);
                }
            }
            Matcher withName = t.startsWith("We ") ? WITH_NAME.matcher(t) : null;
            while (withName != null && withName.find()) {
                String tok = withName.group(1);
                EntityType head = NameShapes.typeOfHead(withName.group(2));
                if (head != null && NameShapes.isNameLike(tok) && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, null, s, withName.start(1), withName.end(1), "proposes.with-name", 0.7, head);
                }
            }
            Matcher built = Prefilter.matcher(BUILT, t);
            while (built != null && built.find()) {
                String tok = built.group(1);
                if (NameShapes.isNameLike(tok) && !EntityRecognizer.isKnown(tok, lexicon)) {
                    EntityType type = NameShapes.typeOfHead(built.group(2));
                    Candidate same = found.get(Names.key(tok));
                    if (same != null && same.type != null && !collection(same.type) && collection(type)) {
                        // "OpenFoo models ... we created a series of OpenFoo datasets": one name, two artifacts
                        add(found, tok + " " + built.group(2), null, s, built.start(1), built.end(2), "proposes.built", 0.7, type);
                    } else {
                        add(found, tok, null, s, built.start(1), built.end(1), "proposes.built", 0.7, type);
                    }
                }
            }
        }

        /**
         * Capitalised words after an intro verb that a head noun names: "we design a Foo Bar module".
         *
         * @param coinedOnly only a phrase with a coined word ("Span-Aware", "FooNet") or that the title repeats:
         *                   "a Graph Attention module" before its head noun is mostly a capitalised description
         */
        private void capitalisedAfterVerb(Pattern p, boolean coinedOnly) {
            if (!introduces) {
                return;  // no matcher built for nothing
            }
            Matcher m = p.matcher(t);
            while (m.find()) {
                String name = m.group(1).strip();
                EntityType head = NameShapes.typeOfHead(m.group(2));
                String[] words = name.split(" ");
                // "a Chinese Legal benchmark" describes one; "a Transformer Encoder model" is a known kind of part
                boolean adjectives = PROPER_ADJECTIVE.matcher(words[0]).matches()
                        || java.util.Arrays.stream(words).allMatch(NameShapes::isCommon)
                        || words.length == 2 && EntityRecognizer.isKnown(words[0], lexicon) && NameShapes.typeOfHead(words[1]) != null;
                boolean coined = java.util.Arrays.stream(words).anyMatch(w -> w.contains("-") || NameShapes.isNameLike(w))
                        || title.text().contains(name);
                if (head != null && !adjectives && (coined || !coinedOnly) && !EntityRecognizer.isKnown(name, lexicon)
                        && !generic(name, lexicon)
                        && !PLURAL_CLASS.matcher(name).matches() && !EntityRecognizer.isParadigm(name)) {
                    // the head noun is not part of the name ("Foo Bar module"), but a loss is named with it ("Foo loss")
                    String full = m.group(2).equals("loss") ? name + " " + m.group(2) : name;
                    add(found, full, null, s, m.start(1), m.start(1) + full.length(), "proposes.intro-capitalised", 0.75, head);
                }
            }
        }

        /**
         * "we propose Video Q-mixer to ...": capitalised words that make up the whole object of an intro verb name it,
         * when one of them is coined ("Q-mixer", "FooNet"), a name the lexicon knows (the paper's variant of a known
         * part: "Audio Perceiver") or the title spells the phrase; plain capitalised words may be a description.
         */
        private void capitalisedObject() {
            if (!introduces) {
                return;
            }
            Matcher m = CAPITALISED_OBJECT.matcher(t);
            while (m.find()) {
                String name = m.group(1);
                String[] words = name.split(" ");
                boolean coined = title.text().contains(name) || java.util.Arrays.stream(words)
                        .anyMatch(w -> w.indexOf('-') > 0 || NameShapes.isNameLike(w) || EntityRecognizer.isKnown(w, lexicon));
                // "a BERT FooNet" where the intro cue took FooNet: the coined word is the name, the known one describes it
                boolean taken = java.util.Arrays.stream(words).anyMatch(w -> found.containsKey(Names.key(w)));
                if (coined && !taken && !NameShapes.isCommon(words[0]) && !EntityRecognizer.isKnown(name, lexicon)
                        && !generic(name, lexicon) && !PLURAL_CLASS.matcher(name).matches() && !EntityRecognizer.isParadigm(name)
                        && !PLATFORMS.contains(words[0])) {
                    add(found, name, null, s, m.start(1), m.end(1), "proposes.intro-capitalised", 0.75,
                            typeNear(t, m.end(1), headType(name)));
                }
            }
        }

        /** Names described as new things: "a novel X encoder", "our X", "(X), a cheap method that". */
        private void descriptions() {
            Matcher novelName = Prefilter.matcher(NOVEL_NAME, t);
            while (novelName != null && novelName.find()) {
                String tok = novelName.group(1);
                if (NameShapes.isNameLike(tok) && headFollows(t, novelName.end(1)) && !concept.test(tok) && !PLATFORMS.contains(tok)
                        && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, null, s, novelName.start(1), novelName.end(1), "proposes.novel-name", 0.7,
                            typeBefore(t, novelName.end(1), Math.min(t.length(), novelName.end(1) + 40)));
                }
            }
            if (novel && (t.contains("novel") || t.contains(" new "))) {
                ComponentNames.inNovelSentence(s, acr, lexicon, tok -> found.containsKey(Names.key(tok)) || concept.test(tok))
                        .forEach(h -> add(found, h));
            }
            Matcher listed = Prefilter.matcher(LISTED, t);
            while (listed != null && listed.find()) {
                EntityType head = NameShapes.typeOfHead(listed.group(1));
                if (head != null && (introduces || t.contains("proposed") || t.contains("introduced"))) {
                    listItems(t, listed.end(), s, found, lexicon, head);
                }
            }
            Matcher ourName = Prefilter.matcher(OUR_NAME, t);
            while (ourName != null && ourName.find()) {
                String tok = trimName(ourName.group(1));
                if (NameShapes.isNameLike(tok) && !EntityRecognizer.isKnown(tok, lexicon) && !tok.matches("[A-Z]+s")
                        && !PLATFORMS.contains(tok)
                        && !concept.test(tok)) {
                    add(found, tok, null, s, ourName.start(1), ourName.start(1) + tok.length(), "proposes.our", 0.65, null);
                }
            }
            Matcher ourCapitalised = Prefilter.matcher(OUR_CAPITALISED, t);
            while (ourCapitalised != null && ourCapitalised.find()) {
                EntityType head = NameShapes.typeOfHead(ourCapitalised.group(2));
                String name = ourCapitalised.group(1).strip();
                if (head != null && !EntityRecognizer.isKnown(name, lexicon) && !PLURAL_CLASS.matcher(name).matches()) {
                    add(found, name, null, s, ourCapitalised.start(1), ourCapitalised.start(1) + name.length(),
                            "proposes.our", 0.65, head);
                }
            }
            Matcher described = Prefilter.matcher(DESCRIBED_PAREN, t);
            while ((introduces || novel) && described != null && described.find()) {
                String tok = described.group(1);
                boolean acronym = acr.stream().anyMatch(a -> a.shortStart() == described.start(1));
                // "... model for continuous-time distillation (sCM)": the name of what the model is for
                boolean purpose = PURPOSE.matcher(t).region(described.start(), described.start(1)).find();
                if (!acronym && !purpose && NameShapes.isNameLike(tok) && !EntityRecognizer.isKnown(tok, lexicon)
                        && !found.containsKey(Names.key(tok))) {
                    add(found, tok, null, s, described.start(1), described.end(1), "proposes.described-paren", 0.6,
                            typeBefore(t, Math.max(0, described.start() - 60), described.start()));
                    Matcher next = AND_DESCRIBED_PAREN.matcher(t).region(described.end(), t.length());
                    if (next.lookingAt() && NameShapes.isNameLike(next.group(1)) && !EntityRecognizer.isKnown(next.group(1), lexicon)) {
                        // "a small encoder (FooS), and a further pre-trained multilingual one (mFooS)": the list goes on
                        add(found, next.group(1), null, s, next.start(1), next.end(1), "proposes.described-paren", 0.6,
                                found.get(Names.key(tok)).type);
                    }
                }
            }
            Matcher gerund = Prefilter.matcher(GERUND_NAME, t);
            while (gerund != null && gerund.find()) {
                String tok = gerund.group(1);
                if (WE.matcher(t).region(0, gerund.start()).find() && NameShapes.isNameLike(tok)
                        && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, null, s, gerund.start(1), gerund.end(1), "proposes.gerund", 0.7,
                            NameShapes.typeOfName(tok));
                }
            }
            Matcher heading = ENUMERATED_HEADING.matcher(t);
            while (t.indexOf(':') >= 0 && t.indexOf(')') >= 0 && heading.find()) {
                String name = heading.group(1);
                if (!EntityRecognizer.isKnown(name, lexicon) && !generic(name, lexicon)) {
                    add(found, name, null, s, heading.start(1), heading.end(1), "proposes.heading", 0.6, headType(name));
                }
            }
            Matcher resulting = Prefilter.matcher(RESULTING_NAME, t);
            while (resulting != null && resulting.find()) {
                String tok = resulting.group(2);
                if (!NameShapes.isCommon(tok) && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, null, s, resulting.start(2), resulting.end(2), "proposes.resulting", 0.7,
                            NameShapes.typeOfHead(resulting.group(1)));
                }
            }
            resultingNames(YIELDS_NAME, false, m -> typeNear(t, m.end(1), null));
            // a family is named by any capitalised word: "the Aurora family"
            resultingNames(OUR_FAMILY, true, m -> EntityType.MODEL);
            resultingNames(BUILT_APPOSITIVE, false, m -> NameShapes.typeOfHead(m.group(1)));
            Matcher parenDescribed = Prefilter.matcher(PAREN_DESCRIBED, t);
            while (introduces && parenDescribed != null && parenDescribed.find()) {
                String tok = parenDescribed.group(1);
                EntityType head = NameShapes.typeOfHead(parenDescribed.group(2));
                boolean acronym = acr.stream().anyMatch(a -> a.shortStart() == parenDescribed.start(1));
                if (head != null && !acronym && !NameShapes.isCommon(tok) && !EntityRecognizer.isKnown(tok, lexicon)) {
                    add(found, tok, null, s, parenDescribed.start(1), parenDescribed.end(1), "proposes.paren-described", 0.7, head);
                }
            }
            Matcher our = Prefilter.matcher(OUR, t);
            while (our != null && our.find()) {
                // "our second approach is Batch-Scheduled Sampling, where ...": the whole capitalised name
                nameAt(t, our.start(2), s, acr, found, lexicon, "proposes.our", NameShapes.typeOfHead(our.group(1)));
            }
        }
    }

    /**
     * The name that starts at {@code at} after "called" / "a new dataset,": an acronym defined there, a
     * name-like token, or a run of capitalised words ("Adaptive Dynamic Rendering").
     */
    private static int nameAt(String t, int at, Sentence s, List<AcronymDetector.Acronym> acr,
                              Map<String, Candidate> found, Lexicon lexicon, String rule, EntityType type) {
        for (AcronymDetector.Acronym a : acr) {
            if (Math.abs(a.longStart() - at) <= 1 && !EntityRecognizer.isKnown(a.shortForm(), lexicon)
                    && !EntityRecognizer.isKnown(a.longForm(), lexicon) && !EntityRecognizer.isParadigm(a.longForm())
                    && !(Character.isLowerCase(a.longForm().charAt(0)) && a.longForm().endsWith(" learning"))) {
                add(found, a.shortForm(), a.longForm(), s, a.shortStart(), a.shortEnd(), rule, 0.85,
                        type != null ? type : headType(a.longForm()));
                return afterParen(t, a.shortEnd());
            }
        }
        Matcher lower = LOWER_NAME_AT.matcher(t).region(at, t.length());
        if (lower.lookingAt() && coined(lower.group(1))) {
            // "dubbed p-adapter,": a lower-case name with a digit or a one- or two-letter part
            if (!EntityRecognizer.isKnown(lower.group(1), lexicon)) {
                add(found, lower.group(1), null, s, lower.start(1), lower.end(1), rule, 0.7, type);
            }
            return -1;
        }
        Matcher tok = NameShapes.TOKEN_PATTERN.matcher(t).region(at, t.length());
        int start = -1;
        int end = -1;
        int count = 0;
        while (tok.find() && tok.start() <= (end < 0 ? at : end + 1) && count < 5) {
            String w = tok.group();
            if (!Character.isUpperCase(w.charAt(0)) && !NameShapes.isNameLike(w)) {
                break;
            }
            if (start < 0) {
                start = tok.start();
            }
            end = tok.end();
            count++;
        }
        if (start < 0) {
            return -1;
        }
        Matcher version = VERSION_NEXT.matcher(t).region(end, t.length());
        if (version.lookingAt()) {
            end = version.end();  // "a dataset named QuizBank 2.0": the version is part of the name
        }
        Matcher part = COMPONENT_NEXT.matcher(t).region(end, t.length());
        if (count > 1 && part.lookingAt() && ComponentNames.PART_NOUNS.contains(part.group(1))) {
            end = part.end(1);  // "our new scoring function, Caption Fit score.": the noun belongs to the name
        }
        String name = trimName(t.substring(start, end));
        Matcher shortName = SHORT_AFTER.matcher(t).region(end, Math.min(t.length(), end + 80));
        if (shortName.lookingAt() && NameShapes.isNameLike(shortName.group(1))
                && !EntityRecognizer.isKnown(shortName.group(1), lexicon)) {
            // "termed Visual Language Action model for Chatting and Decision Making (VLA4CD)"
            add(found, shortName.group(1), t.substring(start, shortName.start(1) - 2), s, shortName.start(1),
                    shortName.end(1), rule, 0.8, type);
            return -1;
        }
        if (PLURAL_CLASS.matcher(name).matches()) {
            return -1;  // "... called Foundation Models": a class of systems, not one
        }
        boolean single = count == 1;
        boolean endsPhrase = end >= t.length() || !Character.isLetter(t.charAt(Math.min(t.length() - 1, end + 1)))
                || t.charAt(end) != ' ';
        if ((single ? NameShapes.isNameLike(name) || endsPhrase : true) && !EntityRecognizer.isKnown(name, lexicon)) {
            add(found, name, null, s, start, start + name.length(), rule, 0.8, type);
            return start + name.length();
        }
        return -1;
    }

    /**
     * What the appositive at {@code from} ("a simple method that ...", "an auxiliary pretext task", "a softmax variant")
     * says the thing before it is: the type of its first artifact noun, Method for a variant of something or a task
     * the method trains on; {@code fallback} when the phrase ends without such a noun; null for a problem ("a new task").
     */
    private static EntityType describedAs(String t, int from, EntityType fallback) {
        Matcher w = DESCRIPTION.matcher(t).region(from, t.length());
        boolean training = false;
        for (int n = 0; n < 5 && w.find(); n++) {
            String word = w.group(1);
            if (PHRASE_ENDS.contains(word)) {
                break;
            }
            if (PROBLEMS.contains(word) || word.endsWith("s") && PROBLEMS.contains(word.substring(0, word.length() - 1))) {
                return training && word.startsWith("task") ? EntityType.METHOD : null;
            }
            training |= TRAINING_TASKS.contains(word);
            EntityType type = VARIANTS.contains(word) ? EntityType.METHOD : NameShapes.typeOfHead(word);
            if (type != null && !"data".equals(word)) {
                return type;
            }
        }
        return fallback;
    }

    private static final Pattern PAREN_SHORT = Pattern.compile("\\G \\((" + NAME + ")\\)");
    // between an intro verb and a name: capitalised words that open the object ("the Video FooNet framework")
    private static final Pattern OBJECT_MODIFIERS = Pattern.compile(" (?:(?:a|an|the|our) )?(?:(?:new|novel|simple"
            + "|lightweight|dedicated|unified) )?((?:\\p{Lu}[\\p{Ll}\\p{N}]*(?:-\\p{Lu}[\\p{Ll}\\p{N}]*)* ){1,2})");
    // a parameter count with a further part: "2B-2B", "7B-Chat" (a bare "7B" is no name at all)
    private static final Pattern SIZE_TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?[BMK](?:-[\\p{L}\\p{N}]+)+");

    /**
     * Where the name of an introduced object starts: capitalised words that open the object belong to the name
     * ("we introduce the Video FooNet framework", "we propose Audio Q-Bridge to ..."), and so does the model
     * a checkpoint size follows ("we release Foo 9B-2B", Foo known or not); else at the name-shaped token.
     */
    private static int modifiersStart(String t, int from, int nameStart, String tok, Lexicon lexicon) {
        Matcher m = OBJECT_MODIFIERS.matcher(t).region(from, nameStart);
        if (!m.matches()) {
            return nameStart;
        }
        boolean size = SIZE_TOKEN.matcher(tok).matches();
        for (String w : m.group(1).split(" ")) {
            if (NameShapes.isCommon(w) || !size && EntityRecognizer.isKnown(w, lexicon)) {
                return nameStart;  // "we present The ..." / "we adapt BERT FooNet": no part of one name
            }
        }
        return m.start(1);
    }

    private static final Pattern COMPONENT_NEXT = Pattern.compile("\\G ([a-z]+)(?=[.,;]|$)");
    /** The capitalised names of a list after "namely" / "including", up to the first item that is not one. */
    private static void listItems(String t, int from, Sentence s, Map<String, Candidate> found, Lexicon lexicon,
                                  EntityType type) {
        Matcher m = LIST_ITEM.matcher(t).region(from, t.length());
        String separator = null;
        int end = from;
        while (m.find()) {
            String name = m.group(1);
            boolean multiWord = name.contains(" ");
            if (!(multiWord || NameShapes.isNameLike(name)) || EntityRecognizer.isKnown(name, lexicon)) {
                return;
            }
            add(found, name, null, s, m.start(1), m.end(1), "proposes.listed", 0.7, type);
            separator = m.group(2);
            end = m.end();
            if (separator.isEmpty()) {
                return;  // no separator: the list ended
            }
        }
        Matcher last = LAST_LOWER_ITEM.matcher(t).region(end, t.length());
        if (separator != null && separator.contains("and") && last.lookingAt()
                && !EntityRecognizer.isKnown(last.group(1), lexicon)) {
            add(found, last.group(1), null, s, last.start(1), last.end(1), "proposes.listed", 0.65, type);
        }
    }

    // "..., and TalkLM, a model ...": a second artifact introduced in the same clause
    // (a checkpoint size with a further part goes with the name: "Foo 2B-2B and Foo 9B-2B", Foo known or not)
    // "..., FooNet and BarNet", "the Foo corpus and the Bar model": the head noun of the first name may stand between
    private static final Pattern AND_NAME = Pattern.compile("\\G(?: ([a-z]+))?(?:,\\s*and\\s+|,\\s*|\\s+and\\s+)(?:the |a |an )?(" + NAME
            + "(?: " + SIZE_TOKEN.pattern() + ")?)");

    // "..., and TalkLM, a model ...": a later artifact of the same clause, described in turn
    private static final Pattern AND_NAME_DESCRIBED = Pattern.compile("\\band (?:the |a |an )?(" + NAME + ")(?=, an? | \\()");

    private static void coordinated(String t, int from, int to, Sentence s, Map<String, Candidate> found, Lexicon lexicon) {
        Matcher m = AND_NAME.matcher(t).region(from, to);
        while (m.find()) {
            if (m.group(1) != null && NameShapes.typeOfHead(m.group(1)) == null) {
                break;  // "FooNet for detection and BarNet": past the first object
            }
            String tok = m.group(2);
            boolean sized = tok.indexOf(' ') > 0;
            if (!sized && (!NameShapes.isNameLike(tok) || EntityRecognizer.isKnown(tok, lexicon))
                    || sized && lexicon.lookup(tok) != null) {
                break;
            }
            add(found, tok, null, s, m.start(2), m.end(2), "proposes.intro-coordinated", 0.8, typeNear(t, m.end(2), null));
        }
        Matcher later = AND_NAME_DESCRIBED.matcher(t).region(from, to);
        while (later.find()) {
            String tok = later.group(1);
            if (NameShapes.isNameLike(tok) && !EntityRecognizer.isKnown(tok, lexicon)) {
                add(found, tok, null, s, later.start(1), later.end(1), "proposes.intro-coordinated", 0.8,
                        typeNear(t, later.end(1), null));
            }
        }
    }

    // an abstract that opens with its artifact: "ZetaNet, a lightweight detector, ..." / "ZetaNet is a new ..."
    private static final Pattern OPENING_NAME = Pattern.compile("(" + NameShapes.TOKEN + ")(?:,| is) an? ");
    private static final Pattern NOVELTY = Pattern.compile("\\b(?:[Nn]ovel|[Nn]ew|[Oo]ur|[Ww]e (?:\\w+ )?(?:propose|introduce|present|design|develop|devise|incorporate)[sd]?)\\b");
    private static final Pattern MEASURE = Pattern.compile("\\d[\\d.]*[A-Za-z]{0,2}-[a-z]+");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("^[A-Z][A-Z0-9-]*[A-Z]s$");
    private static final Pattern VERSION_NEXT = Pattern.compile("\\G (?:\\d+(?:\\.\\d+)*|v\\d+(?:\\.\\d+)*)(?=[,;:.)]| \\(| [a-z])");
    // an agent noun closing the name before the clause goes on: "an LLM-to-SQL rewriter to ..."
    private static final Pattern AGENT_NOUN_NEXT = Pattern.compile(
            "\\G ([a-z]{3,}(?:er|or)s?)(?=[,.;:]| (?:to|that|which|for|with)\\b)");
    // one to three capitalised words and nothing else between the verb and a long form
    private static final Pattern CAPITALISED_MODIFIERS = Pattern.compile(
            "\\s+(?:(?:a|an|the)\\s+)?(\\p{Lu}[\\p{L}\\p{N}-]*(?: \\p{Lu}[\\p{L}\\p{N}-]*){0,2})\\s+");
    private static final Pattern NOUN_AFTER_PAREN = Pattern.compile("\\G ([a-z]+)(?=[ ,.;])");
    private static final Pattern NEW_ONLY = Pattern.compile("\\s*(?:(?:a|an|the)\\s+)?(?:new|novel)\\s+");
    private static final Pattern DETERMINER_ONLY = Pattern.compile("\\s*(?:(?:a|an|the)\\s+)?(?:(?:new|novel)\\s+)?");
    // "We plug our module into FooBERT, building FooBERTa, and ...": what the paper's own step yields
    private static final Pattern GERUND_NAME = Pattern.compile(
            ", (?:building|yielding|creating|producing|resulting in|obtaining) (" + NAME + ")(?=[,.;]| \\()");
    // "Our ideas are two: 1) Depth-aware Token Mixing: we ...": an enumerated, capitalised heading
    private static final Pattern ENUMERATED_HEADING = Pattern.compile(
            "(?:\\d\\)|\\(\\d\\)|\\([ivx]+\\))\\s?(\\p{Lu}[\\p{L}\\p{N}-]*(?: \\p{Lu}[\\p{L}\\p{N}-]*){1,4}):");
    // "propose the Multi-Domain Q-Fit Law to forecast ...": words that cannot continue a noun phrase
    private static final Pattern FUNCTION_WORD_NEXT = Pattern.compile(
            "\\G (?:to|that|which|who|for|with|on|in|by|from|as|and|or|is|are|was|can|will|achieves?|outperforms?)\\b");
    // " Reasoner Nova, the first ...": the rest of a name of capitalised words, described right after it
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?: [A-Z][\\p{L}\\p{N}-]*){1,3}(?=, (?:an? |the first ))");
    // " of Drafts, a ...": the rest of a name whose capitalised words a small word joins, described right after it
    private static final Pattern LINKED_NAME = Pattern.compile(" (?:of|for|in|on) [A-Z][\\p{L}\\p{N}-]*(?: [A-Z][\\p{L}\\p{N}-]*)?(?=, an? )");
    private static final Pattern CAPITALISED_NEXT = Pattern.compile("\\G ([A-Z][\\p{L}\\p{N}-]*)");
    // a head noun and then a naming word: "a FOO method named Bar" names Bar, not FOO
    private static final Pattern NAMED_LATER = Pattern.compile("\\G (?:[a-z][\\w-]* ){1,2}(?:called|named|dubbed|termed)\\b");
    // objects of an intro verb that are studies of other work, not artifacts
    private static final java.util.Set<String> STUDIES = java.util.Set.of("survey", "review", "overview", "analysis",
            "study", "comparison", "investigation", "reproduction", "replication");
    // prepositions that end the object of an intro verb: a name after them is where or what it builds on
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("on", "at", "upon", "onto", "from", "via",
            "than");

    /** "the CommonClaim dataset", "a novel QWeb neural network": a head noun within two words after a name. */
    static boolean headFollows(String t, int end) {
        Matcher m = NEXT_WORDS.matcher(t).region(end, t.length());
        if (!m.lookingAt()) {
            return false;
        }
        // "the Foo series": a series of the paper's models or datasets names its members
        return NameShapes.typeOfHead(m.group(1)) != null && !"data".equals(m.group(1)) || "series".equals(m.group(1))
                || m.group(2) != null && NameShapes.typeOfHead(m.group(2)) != null && !"data".equals(m.group(2));
    }

    static final Pattern NEXT_WORDS = Pattern.compile("\\G ([a-z][\\w-]*)(?: ([a-z][\\w-]*))?");

    /** "MONAI Generative Models, a ...": capitalised words that continue a name up to a comma or parenthesis. */
    private static int extendCapitalised(String t, int end, int limit) {
        Matcher version = VERSION_NEXT.matcher(t).region(end, limit);
        if (version.lookingAt()) {
            return version.end();  // "JiuZhang 2.0", "CosyVoice 2"
        }
        Matcher m = CAPITALISED_NEXT.matcher(t).region(end, limit);
        int e = end;
        int words = 0;
        while (m.find() && words < 3) {
            e = m.end();
            words++;
        }
        if (e == end || e < limit && ",(:".indexOf(t.charAt(e)) < 0 && !t.startsWith(" (", e)
                && !FUNCTION_WORD_NEXT.matcher(t).region(e, limit).lookingAt()) {
            return end;  // only a complete name ends at punctuation or before "to" / "that" ...
        }
        return e;
    }

    // "We release Foo 7B and Foo 13B": parameter counts after a proposal's name
    private static final String SIZE_SUFFIX = " \\d+(?:\\.\\d+)?[BMK](?:-[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)*(?![\\w-])";
    private static final Pattern SIZED = Pattern.compile(".*" + SIZE_SUFFIX);
    private static final Pattern SIBLING = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*[-_][\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*");

    // "Foo 20B", and for a name of several words also "Foo Bar-65B" (a single word's "Foo-65B" is a sibling below);
    // capitalised or numbered parts after the size belong to the checkpoint's name ("Foo 9B-2B", "Foo Bar-65B-Chat"),
    // a lower-case one makes it a description ("Foo 7B-parameter")
    private static final Pattern SIZE_AT = Pattern.compile(
            "\\G(?:" + SIZE_SUFFIX + "|-" + SIZE_SUFFIX.substring(1) + ")");

    /** "Foo 20B", and "Bar-Foo 20B" released beside it: a sized checkpoint is the paper's own either way. */
    private static void sizedVariants(Sentence s, Candidate c, Map<String, Candidate> found) {
        String t = s.text();
        Matcher size = SIZE_AT.matcher(t);
        for (int at = t.indexOf(c.name); at >= 0; at = t.indexOf(c.name, at + 1)) {
            if (!size.region(at + c.name.length(), t.length()).lookingAt()) {
                continue;
            }
            int start = at;
            if (at > 1 && t.charAt(at - 1) == '-') {
                start = at - 1;  // a capitalised prefix word: "Bar-" before the name
                while (start > 0 && Character.isLetterOrDigit(t.charAt(start - 1))) {
                    start--;
                }
                if (start == at - 1 || !Character.isUpperCase(t.charAt(start))) {
                    continue;
                }
            }
            if (start > 0 && (Character.isLetterOrDigit(t.charAt(start - 1)) || t.charAt(start - 1) == '-')) {
                continue;  // the name is part of a longer token
            }
            add(found, t.substring(start, size.end()), null, s, start, size.end(), "proposes.variant", 0.7, c.type);
        }
    }

    // a head noun right after a name: "the Foo model family", "our Foo framework"
    private static final Pattern HEAD_NEXT = Pattern.compile("\\G ([a-z]+)\\b");

    /** The type of a head noun right after a name ("the proposed Foo method"), or null. */
    private static EntityType headNext(String t, int end) {
        Matcher head = HEAD_NEXT.matcher(t).region(end, t.length());
        return head.lookingAt() ? NameShapes.typeOfHead(head.group(1)) : null;
    }

    /**
     * A proposal no cue gave a type ("Foo: Chat Models" as the title) takes it from how the abstract speaks of
     * it: "Foo, a small code model", "the Foo model family", or the type of its own variant ("Foo-1B, a ... model").
     */
    private static void typeFromMentions(List<Sentence> sentences, Map<String, Candidate> found) {
        for (Candidate c : found.values()) {
            for (int si = 0; c.type == null && si < sentences.size(); si++) {
                String t = sentences.get(si).text();
                for (int at = t.indexOf(c.name); c.type == null && at >= 0; at = t.indexOf(c.name, at + 1)) {
                    int end = at + c.name.length();
                    if (at > 0 && Character.isLetterOrDigit(t.charAt(at - 1))
                            || end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '-')) {
                        continue;  // part of a longer token
                    }
                    c.type = headNext(t, end);
                    if (c.type == null && t.startsWith(",", end)) {
                        c.type = typeNear(t, end, null);
                    }
                }
            }
            for (Candidate v : found.values()) {
                if (c.type == null && v != c && v.type != null && v.name.startsWith(c.name + "-")) {
                    c.type = v.type;  // "Foo" beside "Foo-1B, a ... model"
                }
            }
        }
    }

    /** Variants named after a proposal ("X-Large", "X-D", "X-hybrid") are proposed too. */
    private static void siblings(List<Sentence> sentences, Map<String, Candidate> found, Lexicon lexicon) {
        List<Candidate> proposals = new ArrayList<>(found.values());
        for (Candidate c : proposals) {
            if (c.name.length() < 3) {
                continue;
            }
            for (Sentence s : sentences) {
                if (!s.text().contains(c.name)) {
                    continue;
                }
                sizedVariants(s, c, found);
                if (c.name.contains(" ") || !s.text().contains(c.name + "-") && !s.text().contains(c.name + "_")) {
                    continue;
                }
                Matcher m = SIBLING.matcher(s.text());
                while (m.find()) {
                    String v = m.group();
                    if (!v.startsWith(c.name + "-") && !v.startsWith(c.name + "_")) {
                        continue;
                    }
                    if (!found.containsKey(Names.key(v)) && !knownApart(v, c, lexicon) && NameShapes.isNameLike(v)
                            && !v.matches(".*-(?:based|like|style|level|only|free|specific)$")) {
                        add(found, v, null, s, m.start(), m.end(), "proposes.variant", 0.7, c.type);
                    }
                }
            }
        }
    }

    /**
     * Whether the lexicon knows a variant of a proposal as someone else's: "Foo-1B-Chat" of a paper that proposes Foo
     * is known only through Foo's own name (which the lexicon holds because Foo became well known), so it is not.
     */
    private static boolean knownApart(String variant, Candidate proposal, Lexicon lexicon) {
        return EntityRecognizer.isKnown(variant, lexicon)
                && (lexicon.lookup(variant) != null || !EntityRecognizer.isKnown(proposal.name, lexicon));
    }

    // a checkpoint's name: the model's name, then its size and any further parts ("Foo-7B", "Foo 13B-Chat")
    private static final Pattern SIZED_NAME = Pattern.compile("(.+?)[- ]\\d+(?:\\.\\d+)?[BMK](?:-[\\p{L}\\p{N}]+)*");

    /**
     * "we train FooLM, which reads tables, and release FooLM-7B and FooLM-13B": the model whose checkpoints the paper
     * releases is proposed too, when the abstract names it on its own.
     */
    private static void bases(List<Sentence> sentences, Map<String, Candidate> found, Lexicon lexicon) {
        for (Candidate c : List.copyOf(found.values())) {
            Matcher m = SIZED_NAME.matcher(c.name);
            if (!m.matches() || found.containsKey(Names.key(m.group(1)))) {
                continue;
            }
            String base = m.group(1);
            if (!NameShapes.isNameLike(base) || EntityRecognizer.isKnown(base, lexicon)) {
                continue;
            }
            for (Sentence s : sentences) {
                int at = standalone(s.text(), base);
                if (at >= 0) {
                    add(found, base, null, s, at, at + base.length(), "proposes.variant", 0.7,
                            c.type != null ? c.type : EntityType.MODEL);  // what has a parameter count is a model
                    break;
                }
            }
        }
    }

    /** Where {@code name} stands in {@code t} as a whole token (not inside "Foo-7B", "Foo 7B" or "FooX"), or -1. */
    private static int standalone(String t, String name) {
        Matcher size = SIZE_AT.matcher(t);
        for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)) && t.charAt(at - 1) != '-')
                    && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)) && t.charAt(end) != '-')
                    && !size.region(end, t.length()).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    /** The name before the title's colon ("Foo" in "Foo: Chat Models"), or null. */
    private static String titlePrefix(Sentence title) {
        Matcher m = TITLE_PREFIX.matcher(title.text());
        return title.section().equals("title") && m.find() ? m.group(1) : null;
    }

    /** An enumerated contribution: "Second, FooLM, a classifier that ...". */
    private static final Pattern ORDINAL_NAME = Pattern.compile(
            "(?:First|Second|Third|Fourth|Finally|Lastly|Additionally|Moreover|Furthermore),? (" + NAME + "), an? ");
    /** Words that announce the name a title prefix gives: "Introducing Foo:", "Meet Foo:". */
    private static final Pattern ANNOUNCED = Pattern.compile("(?:Introducing|Presenting|Announcing|Meet) (?=\\S)");
    private static final Pattern EDITION = Pattern.compile("\\b(?:19|20)\\d\\d$");

    private static void titlePrefix(Sentence s, String abstractText, List<List<AcronymDetector.Acronym>> acronyms,
                                    Map<String, Candidate> found) {
        Matcher m = TITLE_PREFIX.matcher(s.text());
        if (!m.find()) {
            return;
        }
        String prefix = m.group(1);
        int start = m.start(1);
        Matcher announced = ANNOUNCED.matcher(prefix);
        if (announced.lookingAt()) {
            prefix = prefix.substring(announced.end());  // "Introducing Foo: ...": the name is Foo
            start += announced.end();
        }
        if (EDITION.matcher(prefix).find()) {
            return;  // "WMT 2031 - ...": a yearly event, not an artifact
        }
        for (List<AcronymDetector.Acronym> list : acronyms) {
            for (AcronymDetector.Acronym a : list) {
                // "Kitchen Helper Policies (KHPs)" written as a name may be plural; "pre-trained encoders (PTEs)" is a class
                if (Names.key(a.longForm()).equals(Names.key(prefix))
                        && (!PLURAL_ACRONYM.matcher(a.shortForm()).matches() || titleCase(a.longForm()))) {
                    add(found, a.shortForm(), prefix, s, start, m.end(1), "proposes.title-prefix", 0.9, null);
                    return;  // "Battle of the Backbones (BoB)" defined in the abstract
                }
            }
        }
        boolean reused = abstractText.contains(prefix) || !TITLE_WORDS.contains(prefix);
        String[] words = prefix.split("\\s+");
        boolean single = words.length == 1 && (NameShapes.isNameLike(prefix)
                || Character.isUpperCase(prefix.charAt(0)) && prefix.length() > 2 && reused);
        boolean shortName = words.length <= 3 && allCapitalised(words)
                && java.util.Arrays.stream(words).anyMatch(w -> NameShapes.isNameLike(w) || w.length() >= 2 && w.equals(w.toUpperCase()) && Character.isLetter(w.charAt(0)));
        // "Lazy Layers: ..." that the abstract writes again as "Lazy Layers": an ordinary-looking phrase the paper
        // keeps capitalised is its name (a topic is written in lower case: "pre-trained models")
        boolean repeated = words.length >= 2 && words.length <= 6 && capitalisedWords(words) >= 2
                && abstractText.contains(prefix) && !PLURAL_CLASS.matcher(prefix).matches()
                && !EntityRecognizer.notATechnique(prefix) && !EntityRecognizer.isParadigm(prefix);
        if ((single || shortName || repeated) && !FRAMING.contains(words[0])) {
            add(found, prefix, null, s, start, start + prefix.length(), "proposes.title-prefix", 0.9,
                    TitleNames.type(s.text().substring(m.end(1)), NameShapes.typeOfName(prefix)));
        }
    }

    /**
     * Acronyms the abstract defines with a lower-case long form ("sparse foo bar tuning (SFBT)"), keyed to the
     * sentence that defines them: elsewhere in the paper they name a concept, so "a new SFBT method called X"
     * proposes X, not SFBT.
     */
    private static Map<String, Integer> concepts(List<Sentence> sentences, List<List<AcronymDetector.Acronym>> acronyms) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            if (sentences.get(si).section().equals("title")) {
                continue;
            }
            for (AcronymDetector.Acronym a : acronyms.get(si)) {
                // the first word may be capitalised only because it starts the sentence
                String[] words = a.longForm().split("\\s+");
                boolean lower = java.util.Arrays.stream(words).skip(1).noneMatch(w -> Character.isUpperCase(w.charAt(0)))
                        && (Character.isLowerCase(words[0].charAt(0)) || a.longStart() == 0);
                if (lower) {
                    out.putIfAbsent(Names.key(a.shortForm()), si);
                }
            }
        }
        return out;
    }

    // "GlimNet is a Sparse Memory Network (SMN)": the words before a long form that make it a class of a name
    private static final Pattern IS_A_BEFORE = Pattern.compile("(" + NAME + ") is an? $");

    /** Drops acronyms the paper uses as the class of one of its proposals: SMN in "GlimNet is a ... (SMN)". */
    private static void dropClasses(List<Sentence> sentences, List<List<AcronymDetector.Acronym>> acronyms,
                                    Map<String, Candidate> found) {
        for (int si = 0; si < sentences.size(); si++) {
            String t = sentences.get(si).text();
            for (AcronymDetector.Acronym a : acronyms.get(si)) {
                Candidate c = found.get(Names.key(a.shortForm()));
                if (c == null || c.evidence.rule().startsWith("proposes.title")) {
                    continue;
                }
                Matcher m = IS_A_BEFORE.matcher(t).region(Math.max(0, a.longStart() - 40), a.longStart());
                if (m.find() && found.containsKey(Names.key(m.group(1))) && !Names.key(m.group(1)).equals(Names.key(a.shortForm()))) {
                    found.remove(Names.key(a.shortForm()));
                }
            }
        }
    }

    /**
     * "Foo2022-QAX Challenge: ..." whose abstract only ever says "QAX", or a title phrase that the abstract's
     * acronym abbreviates: the title's phrase is a label around (or the spelt-out name of) the artifact the
     * abstract names, so it becomes that name's alias instead of a second proposal.
     */
    private static void foldTitleNames(String abstractText, Map<String, Candidate> found) {
        for (Candidate title : List.copyOf(found.values())) {
            if (!title.evidence.rule().equals("proposes.title-prefix") || abstractText.contains(title.name)) {
                continue;
            }
            List<String> parts = List.of(title.name.split("[\\s-]+"));
            for (Candidate other : found.values()) {
                // "QAX" inside "Foo2022-QAX Challenge", or "GLFIT" abbreviating "Garment-Level Fitting"
                boolean abbreviates = parts.size() >= 2 && other.name.length() >= 3 && ACRONYM.matcher(other.name).matches()
                        && TitleNames.abbreviates(other.name, title.name);
                if (other != title && !other.evidence.rule().startsWith("proposes.title")
                        && (parts.contains(other.name) || abbreviates)) {
                    other.aliases.add(title.name);
                    found.remove(Names.key(title.name));
                    break;
                }
            }
        }
    }

    /**
     * "CosyVoice" beside "CosyVoice 2", "D-CPT" beside "D-CPT Law": the shorter name is the earlier work or a
     * fragment of the proposal, not a second proposal.
     */
    private static void dropPredecessors(Map<String, Candidate> found) {
        List<String> names = found.values().stream().map(c -> c.name).toList();
        // "FooNet" beside "FooNet search space" (a lower-case continuation) names a second artifact
        found.values().removeIf(c -> names.stream().anyMatch(n -> n.startsWith(c.name + " ") && !SIZED.matcher(n).matches()
                && !Character.isLowerCase(n.charAt(c.name.length() + 1))));
    }

    /**
     * Drops names the paper defines as a problem or setting: "an approach to Post-OCR Correction (POC)" makes
     * "our POC model" later on a model for POC, not a model called POC. Names from the title stay.
     */
    private static void dropProblems(List<Sentence> sentences, List<List<AcronymDetector.Acronym>> acronyms,
                                     Map<String, Candidate> found) {
        for (int si = 0; si < sentences.size(); si++) {
            for (AcronymDetector.Acronym a : acronyms.get(si)) {
                Candidate c = found.get(Names.key(a.shortForm()));
                String t = sentences.get(si).text();
                // a named part of the paper's system ("... Low-Rank Adaptation (CG-LoRA)") or its pre-training objective
                // ("foo prediction (FP) task for pre-training") is a technique whatever its head
                boolean part = c != null && (c.evidence.rule().equals("proposes.part-acronym")
                        || c.evidence.rule().equals("proposes.objective"));
                boolean problem = afterPreposition(a, t) || !part && EntityRecognizer.notATechnique(a.longForm())
                        && typeNear(t, afterParen(t, a.shortEnd()), null) == null;
                boolean namedAfterTask = c != null && (c.type == EntityType.BENCHMARK || c.type == EntityType.DATASET);
                if (c != null && problem && !namedAfterTask && !c.evidence.rule().startsWith("proposes.title")) {
                    found.remove(Names.key(a.shortForm()));
                }
            }
        }
    }

    // the rest of a long form up to its short name: lower-case and capitalised words, no clause break
    private static final Pattern SHORT_AFTER = Pattern.compile("\\G(?: [\\p{L}\\p{N}-]+){1,8}? \\((" + NAME + ")\\)");
    // ordinary capitalised words ending in a plural class noun
    static final Pattern PLURAL_CLASS = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}+[ -])+(?:Models|Networks|Transformers|Agents|Learners|Systems)");

    /** A lower-case token that is no English compound: a digit or a one- or two-letter part ("p-adapter", "x-arxiv23"). */
    private static boolean coined(String token) {
        return token.chars().anyMatch(Character::isDigit)
                || java.util.Arrays.stream(token.split("-")).anyMatch(part -> part.length() <= 2);
    }

    /** "based on Leave-One-Out K-Nearest-Neighbor, or LOOK": the capitalised words before the comma, or null. */
    private static String longFormBefore(String t, int end) {
        int start = end;
        int words = 0;
        while (words < 8 && start > 0) {
            int space = t.lastIndexOf(' ', start - 1);
            String w = t.substring(space + 1, start);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || NameShapes.isCommon(w)) {
                break;
            }
            words++;
            start = Math.max(space, 0);
        }
        return words >= 2 ? t.substring(start, end).strip() : null;
    }

    private static String abstractText(List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (!s.section().equals("title")) {
                sb.append(s.text()).append(' ');
            }
        }
        return sb.toString();
    }

    private static long capitalisedWords(String[] words) {
        return java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count();
    }

    private static boolean allCapitalised(String[] words) {
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An acronym introduced by "we propose ..." names the artifact when its long form is written as a
     * proper name (mostly capitalised) or follows the verb directly; a lower-case phrase further on is a
     * concept the artifact deals with ("... for test-time adaptation (TTA)").
     */
    private static boolean properLongForm(AcronymDetector.Acronym a, String t, int verbEnd) {
        if (afterPreposition(a, t)) {
            return false;  // "an approach to Post-OCR Correction (POC)": the problem, not the approach
        }
        if (!titleCase(a.longForm()) && headType(a.longForm()) != null && headType(a.longForm()) != EntityType.METRIC
                && NameShapes.isNameLike(a.shortForm())) {
            return true;  // "a small temperature prediction network (TempNet)": a described artifact given a name
        }
        if (EntityRecognizer.notATechnique(a.longForm()) && typeNear(t, afterParen(t, a.shortEnd()), null) == null) {
            return false;  // "named entity recognition (NER)": what the artifact is for, unless described as one
        }
        if (titleCase(a.longForm())) {
            return true;
        }
        String between = t.substring(verbEnd, a.longStart()).strip();
        return between.isEmpty() || between.matches("(?i)(?:a|an|the)(?: new| novel)?(?: (?:concept|idea) of(?: the)?)?");
    }

    private static final Pattern OUR_BEFORE = Pattern.compile("\\b[Oo]ur $");
    // "we propose the concept of reversible feature routing (RFR)": the idea is the proposal itself
    private static final Pattern IDEA_OF_BEFORE = Pattern.compile("\\b(?:concept|idea) of (?:the )?$");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:to|for|on|of|in|under) (?:the |a |an )?$");

    /** The long form follows "to/for/on/of/in" directly: it names a problem or setting. */
    static boolean afterPreposition(AcronymDetector.Acronym a, String t) {
        int start = fullLongStart(a, t);
        return PREPOSITION_BEFORE.matcher(t).region(Math.max(0, start - 11), start).find()
                && !IDEA_OF_BEFORE.matcher(t).region(Math.max(0, start - 20), start).find();
    }

    /**
     * Where the long form really starts: "under Hidden Class Drift (HCD)" read as "Class Drift" misses a word
     * whose initial the acronym still needs, so that capitalised word is taken back in.
     */
    private static int fullLongStart(AcronymDetector.Acronym a, String t) {
        long letters = a.shortForm().chars().filter(Character::isUpperCase).count();
        int words = a.longForm().split("[\\s-]+").length;
        int start = a.longStart();
        if (words < letters && start >= 2) {
            int space = t.lastIndexOf(' ', start - 2);
            String previous = t.substring(space + 1, start - 1);
            if (!previous.isEmpty() && previous.charAt(0) == a.shortForm().charAt(0)) {
                return space + 1;
            }
        }
        return start;
    }

    /** "We introduce SatVision-TOA, a model trained on Top-Of-Atmosphere (TOA) data": a new name came first. */
    private static boolean nameBefore(String t, int from, int to, Lexicon lexicon) {
        Matcher m = NameShapes.TOKEN_PATTERN.matcher(t).region(from, to);
        while (m.find()) {
            // acronyms are left out: "tuning (PET) ... Arbitrary PET (APET)" reuses one defined earlier
            if (NameShapes.isNameLike(m.group()) && !ACRONYM.matcher(m.group()).matches()
                    && !EntityRecognizer.isKnown(m.group(), lexicon)) {
                return true;
            }
        }
        return false;
    }

    /** "add a Mixture-of-Experts (MoE) block": the token spells out a known acronym. */
    private static boolean spellsOutKnown(List<AcronymDetector.Acronym> acr, int start, Lexicon lexicon) {
        for (AcronymDetector.Acronym a : acr) {
            if (a.longStart() == start && EntityRecognizer.isKnown(a.shortForm(), lexicon)) {
                return true;
            }
        }
        return false;
    }

    /** "Foo, a new ..." or "Foo: a suite of ...": the name is described right after it. */
    private static boolean describedNext(String t, int end) {
        return t.startsWith(", a", end) || t.startsWith(": a", end);
    }

    /**
     * Where a name that goes on past its first capitalised word ends, when a description follows it at once: more
     * plain capitalised words ({@link #CAPITALISED_RUN}, only if the first word is no name on its own) or words joined
     * by "of" ({@link #LINKED_NAME}); -1 otherwise.
     */
    private static int describedNameEnd(String t, int from, boolean plainFirst) {
        Matcher run = CAPITALISED_RUN.matcher(t).region(from, t.length());
        if (plainFirst && run.lookingAt()) {
            return run.end();
        }
        Matcher linked = LINKED_NAME.matcher(t).region(from, t.length());
        return linked.lookingAt() ? linked.end() : -1;
    }

    /** Cheap pre-check for {@link #NAME_INTRO}, whose leading name token is costly to try at every offset. */
    private static boolean mentionsIntroVerb(String t) {
        for (String v : INTRO_VERBS) {
            if (t.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> INTRO_VERBS = List.of("introduces", "proposes", "presents", "develops", "designs",
            "employs", "adopts");

    /** The offset after the parenthesis that closes an acronym ("... (HiSR), an algorithm"). */
    private static int afterParen(String t, int shortEnd) {
        int i = shortEnd;
        while (i < t.length() && (t.charAt(i) == ')' || t.charAt(i) == '\'' || t.charAt(i) == '"')) {
            i++;
        }
        return i;
    }

    /** Mostly capitalised words: written as a proper name. */
    /**
     * "we propose a new Foo Bar Transformer (FB-T)" with FB-T known: the paper that introduced a name the lexicon
     * knows (because it became well known) still proposes it, when nothing but "a new" stands before its long form.
     */
    private static boolean ownKnown(String t, int from, AcronymDetector.Acronym a) {
        return NEW_ONLY.matcher(t).region(from, a.longStart()).matches() && titleCase(a.longForm());
    }

    static boolean titleCase(String longForm) {
        String[] words = longForm.split("\\s+");
        long caps = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return caps * 2 >= words.length;
    }

    /** Long forms that describe a generic class, never a named artifact ("Large Language Models (LLMs)"). */
    static boolean generic(String longForm, Lexicon lexicon) {
        String k = Names.key(longForm);
        return k.endsWith("languagemodels") || k.endsWith("languagemodel") || k.endsWith("neuralnetworks")
                || k.endsWith("autoencoder") || k.endsWith("autoencoders") || k.endsWith("adversarialnetwork")
                || k.endsWith("adversarialnetworks") || k.endsWith("randomfield") || k.endsWith("randomfields")
                || k.endsWith("neuralnetwork") || k.equals("artificialintelligence") || k.endsWith("models")
                && !Character.isUpperCase(longForm.charAt(0));
    }

    /** The end of the clause that follows an intro verb: the sentence end or a semicolon. */
    private static int clauseEnd(String t, int from) {
        int semi = t.indexOf(';', from);
        return semi < 0 ? t.length() : semi;
    }

    /** The type a head noun just after a name announces: "X, a lightweight detector ..." */
    static EntityType typeNear(String t, int nameEnd, EntityType fallback) {
        Matcher m = HEAD_AFTER.matcher(t.substring(nameEnd, Math.min(t.length(), nameEnd + 120)));
        if (m.find()) {
            // the head is the last noun of "a <modifiers> head": try words from the right
            String[] ws = (m.group(1) + m.group(2)).trim().split("\\s+");
            for (int i = ws.length - 1; i >= 0; i--) {
                EntityType type = NameShapes.typeOfHead(ws[i]);
                if (type != null) {
                    return type;
                }
            }
        }
        return fallback;
    }

    /** The type a head noun before the name announces: "we propose a new benchmark, X" / "a framework called X". */
    static EntityType typeBefore(String t, int from, int nameStart) {
        String[] ws = t.substring(from, nameStart).split("[\\s,]+");
        for (int i = ws.length - 1; i >= 0; i--) {
            EntityType type = NameShapes.typeOfHead(ws[i]);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private static boolean collection(EntityType type) {
        return type == EntityType.DATASET || type == EntityType.BENCHMARK;
    }

    /** {@link NameShapes#typeOfHead}, plus "function" ("a new scoring function, X"), a method in this position. */
    private static EntityType headNoun(String noun) {
        EntityType type = NameShapes.typeOfHead(noun);
        return type == null && (noun.equals("function") || noun.equals("functions")) ? EntityType.METHOD : type;
    }

    /** The type the last noun of a long form announces ("... Vision Transformer" -> Model), or null. */
    static EntityType headType(String longForm) {
        String[] ws = longForm.split("[\\s-]+");
        return NameShapes.typeOfHead(ws[ws.length - 1]);
    }

    private static String trimName(String tok) {
        return tok.replaceAll("['\"’”]+$", "");
    }

    private static void add(Map<String, Candidate> found, NameHit h) {
        if (h != null) {
            add(found, h.name(), h.alias(), h.sentence(), h.start(), h.end(), h.rule(), h.confidence(), h.type());
        }
    }

    private static void add(Map<String, Candidate> found, String name, String alias, Sentence s, int start, int end,
                            String rule, double confidence, EntityType type) {
        String key = Names.key(name);
        if (key.isEmpty() || !rule.startsWith("proposes.title") && !rule.equals("proposes.intro-family")
                && PLURAL_ACRONYM.matcher(name).matches()
                || MEASURE.matcher(name).matches()) {
            return;  // "PTEs", "GNNs": a class of things the paper talks about; "20M-parameter": a size
        }
        Candidate c = found.computeIfAbsent(key, k -> new Candidate(name,
                new Evidence(s.section(), s.text(), start, end, rule, confidence)));
        if (alias != null) {
            c.aliases.add(alias);
        }
        if (c.type == null) {
            c.type = type;
        }
    }

    /** Mutable accumulator while reading one paper. */
    private static final class Candidate {
        final String name;
        final Evidence evidence;
        final java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>();
        EntityType type;

        Candidate(String name, Evidence evidence) {
            this.name = name;
            this.evidence = evidence;
        }
    }
}
