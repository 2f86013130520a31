package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProposalRecognizerTest {
    static List<ProposalRecognizer.Proposal> proposals(String title, String abstractText) {
        return proposals(title, abstractText, Lexicon.bundled());
    }

    static List<ProposalRecognizer.Proposal> proposals(String title, String abstractText, Lexicon lexicon) {
        List<Sentence> ss = new ArrayList<>(NlpPipeline.shared().process("title", title));
        ss.addAll(NlpPipeline.shared().process("abstract", abstractText));
        List<List<AcronymDetector.Acronym>> acr = ss.stream().map(s -> AcronymDetector.find(s.text())).toList();
        return ProposalRecognizer.find(ss, acr, lexicon);
    }

    private static List<String> names(List<ProposalRecognizer.Proposal> ps) {
        return ps.stream().map(ProposalRecognizer.Proposal::name).toList();
    }

    @Test
    void titlePrefixIsProposedWithTypeFromItsDescription() {
        List<ProposalRecognizer.Proposal> ps = proposals("QuillNet: Fast Handwriting Synthesis",
                "We present QuillNet, a lightweight generator network for pen strokes.");
        assertEquals(List.of("QuillNet"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type());
        assertEquals("proposes.title-prefix", ps.get(0).evidence().rule());
    }

    @Test
    void titlePrefixAfterAnAnnouncingWord() {
        assertEquals(List.of("Kestrel"), names(proposals("Introducing Kestrel: Fast Sparse Inference on Small GPUs",
                "Kestrel schedules experts across devices.")));
        assertEquals(List.of("Wren-Mini"), names(proposals("Meet Wren-Mini: Small Models that Follow Instructions",
                "We fine-tune a small model on synthetic explanations.")));
    }

    @Test
    void lessCommonIntroVerbsWithADescribedName() {
        assertEquals(List.of("PolyAbs"), names(proposals("A Multilingual Corpus of Abstracts",
                "We collect PolyAbs, a corpus of two million abstracts in nine languages.")));
        assertEquals(List.of("Zephyrus"), names(proposals("An Open Forecasting Model",
                "We train Zephyrus, a 1B-parameter foundation model for medium-range forecasts.")));
        assertEquals(List.of("DocLensViT"), names(proposals("Vision Encoders for Pages",
                "We describe DocLensViT, a vision encoder pre-trained on rendered pages.")));
        // a colon may stand where the comma usually does, also after a variant of a known benchmark
        assertEquals(List.of("RepoBench-Q"), names(proposals("Evaluating Code Agents",
                "We present RepoBench-Q: a suite of repository-level programming tasks.")));
        assertEquals(List.of("Forest of Plots"), names(proposals("Story Search",
                "We propose Forest of Plots, a search procedure that keeps the best continuations.")));
        List<ProposalRecognizer.Proposal> ours = proposals("Few-Step Image Generators",
                "Our distilled generator, SwiftPaint, needs four sampling steps.");
        assertEquals(List.of("SwiftPaint"), names(ours));
        assertEquals(EntityType.MODEL, ours.get(0).type());
        assertEquals(List.of("HeronKit", "HeronSet"), names(proposals("Better Data for Parsers",
                "We build HeronKit, a pipeline for verified parses, and use it to create HeronSet, a corpus of trees.")));
        assertEquals(List.of("Nano-Swin"), names(proposals("Small Backbones",
                "Here, we report Nano-Swin, a family of vision backbones under 10M parameters.")));
        assertEquals(List.of("KiteSpeech", "KiteST"), names(proposals("Speech Translation for Kite Languages",
                "We release the KiteSpeech corpus and the KiteST model.")));
        assertEquals(List.of("JunoSet", "JunoGuard"), names(proposals("Safer Assistants",
                "We make two contributions. First, JunoSet, a set of adversarial prompts. "
                        + "Second, JunoGuard, a classifier that flags unsafe replies.")));
        assertEquals(List.of("ProbeRM"), names(proposals("Reward Models for Proofs",
                "ProbeRM, our proposed reward model, checks each proof step.")));
        assertEquals(List.of("TraceSparse"), names(proposals("Sparse Retrieval for Logs",
                "Combining BM25 with learned expansions produces TraceSparse, a sparse retriever for logs.")));
        assertEquals(List.of("Borealis"), names(proposals("Open Bilingual Models",
                "Our resulting models, the Borealis family, range from 1B to 13B parameters.")));
        assertEquals(List.of("CurGeo"), names(proposals("Curricula for Geometry Agents",
                "We train agents with a difficulty curriculum, hereafter CurGeo, on geometry problems.")));
        assertEquals(List.of("Open Planner Lyra"), names(proposals("Open Planners",
                "We present Open Planner Lyra, the first fully open recipe for long-horizon planning.")));
        assertEquals(List.of("LemmaJudge"), names(proposals("Judging Proof Steps",
                "We train a process reward model (PRM), LemmaJudge, on verified proofs.")));
        assertEquals(List.of("PolySAM3"), names(proposals("Polyp Segmentation",
                "We adapt a segmenter to colonoscopy videos and call the result PolySAM3.")));
        // the verbs alone propose nothing: known models trained, processes described
        assertTrue(proposals("Tuning Study", "We train BERT on our data and describe how it fails.").isEmpty());
    }

    @Test
    void ordinaryTitlePhraseIsNotAName() {
        assertTrue(proposals("Learning to Rank: A Study of Pairwise Losses", "We study pairwise losses.").isEmpty());
    }

    @Test
    void introducedAcronymKeepsItsLongFormAsAlias() {
        List<ProposalRecognizer.Proposal> ps = proposals("Better Retrieval for Code",
                "We introduce Hierarchical Snippet Retrieval (HiSR), an algorithm that indexes functions.");
        assertEquals(List.of("HiSR"), names(ps));
        assertEquals(List.of("Hierarchical Snippet Retrieval"), ps.get(0).aliases());
        assertEquals(EntityType.METHOD, ps.get(0).type());
    }

    @Test
    void namedAndNewDatasetPatterns() {
        List<ProposalRecognizer.Proposal> ps = proposals("On Tabular Reasoning",
                "We build a framework dubbed TabLens for table questions. We also release a new benchmark, TQ-Hard, "
                        + "with 5k questions.");
        assertEquals(List.of("TabLens", "TQ-Hard"), names(ps));
        assertEquals(EntityType.FRAMEWORK, ps.get(0).type());
        assertEquals(EntityType.BENCHMARK, ps.get(1).type());
    }

    @Test
    void knownModelsAndGenericConceptsAreNotProposals() {
        assertTrue(proposals("Tuning Study", "We fine-tune LLaMA-2-7B with our recipe. "
                + "We propose to handle test-time adaptation (TTA) with care.").isEmpty());
    }

    @Test
    void titlesAndAbstractsThatOpenWithTheirArtifact() {
        assertEquals(List.of("GrebeLM"), names(proposals("GrebeLM, a small language model for bird calls",
                "Bird calls are hard to label.")));
        List<ProposalRecognizer.Proposal> ps = proposals("Listening to birds", "WrenNet is a new audio classifier. "
                + "It is small.");
        assertEquals(List.of("WrenNet"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type());
    }

    @Test
    void variantsOfAProposalAreProposedToo() {
        List<String> ns = names(proposals("Corvid: Tiny Vision Models",
                "We present Corvid, a family of models. Corvid-Small and Corvid-Large reach strong accuracy."));
        assertEquals(List.of("Corvid", "Corvid-Small", "Corvid-Large"), ns);
    }

    @Test
    void nameSetOffByACommaAfterAnAnnouncedHeadNoun() {
        List<ProposalRecognizer.Proposal> ps = proposals("Shared Embeddings for Ranking",
                "This work introduces a compact yet accurate framework, Table Folding, that shares rows. "
                        + "We also curated a Welsh-language benchmark, CymruQA, for reading tests.");
        assertEquals(List.of("Table Folding", "CymruQA"), names(ps));
        assertEquals(EntityType.FRAMEWORK, ps.get(0).type());
        assertEquals(EntityType.BENCHMARK, ps.get(1).type());
        // a known model set off the same way is a baseline, not a proposal
        assertTrue(proposals("Ranking", "We present a strong baseline model, BERT, on shared rows.").isEmpty());
    }

    @Test
    void ourApproachIsACapitalisedMultiWordName() {
        List<ProposalRecognizer.Proposal> ps = proposals("Curbing Exposure Bias",
                "Our first approach is Mixed-Prefix Replay, where gold tokens are mixed in. "
                        + "Our method, Tidewater, is cheap.");
        assertEquals(List.of("Mixed-Prefix Replay", "Tidewater"), names(ps));
    }

    @Test
    void motivatedProposalAndKnownTechniqueAbbreviated() {
        List<ProposalRecognizer.Proposal> ps = proposals("Small Code Models",
                "Slow inference leads us to propose Shrinkwrap, a novel approach to compress code models. "
                        + "Shrinkwrap proposes a genetic algorithm (GA) search over layer widths.");
        assertEquals(List.of("Shrinkwrap"), names(ps));
    }

    @Test
    void namedItemsOfAnAnnouncedList() {
        List<ProposalRecognizer.Proposal> ps = proposals("Faster Keypoints",
                "We introduce two cheap modules to sharpen heatmaps, namely Ripple Pooling and Soft Anchor Head. "
                        + "Experiments use three datasets, including Foo Bar and Baz Set.");
        assertEquals(List.of("Ripple Pooling", "Soft Anchor Head"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
    }

    @Test
    void listUnderAnIrregularPluralHeadAndOthersWork() {
        List<ProposalRecognizer.Proposal> ps = proposals("Wider Fields",
                "We present two enlarging strategies, namely Spiral Token Shift and Ring Pooling Mechanism, "
                        + "and show that prior KVX approaches underfit.");
        assertEquals(List.of("Spiral Token Shift", "Ring Pooling Mechanism"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(1).type());
        assertTrue(proposals("Wider Fields", "We present evidence that previous KVX approaches underfit.").isEmpty());
    }

    @Test
    void andProposeANameDescribedRightAway() {
        List<ProposalRecognizer.Proposal> ps = proposals("Lifelong Control",
                "We argue that replay is too slow for robots and propose Hyperion, a method that learns dynamics online.");
        assertEquals(List.of("Hyperion"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
        assertTrue(proposals("Lifelong Control", "Others collect data and propose The, a tool.").isEmpty());
    }

    @Test
    void nameMarkedNewBeforeItsHeadNoun() {
        List<ProposalRecognizer.Proposal> ps = proposals("Web Agents",
                "The agent's value function is approximated with a novel WebQx neural network on short tasks.");
        assertEquals(List.of("WebQx"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type());
        assertTrue(proposals("Web Agents", "We train a new BERT model on short tasks.").isEmpty());
    }

    @Test
    void capitalisedWordDescribedByItsHeadNoun() {
        List<ProposalRecognizer.Proposal> ps = proposals("Forgetting on Demand",
                "We propose the Eclipse unlearning method, which scrubs forgotten rows.");
        assertEquals(List.of("Eclipse"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
        assertTrue(proposals("Forgetting on Demand", "We propose a Bayesian unlearning method for rows.").isEmpty());
    }

    @Test
    void versionNumberBelongsToTheNamedArtifact() {
        List<ProposalRecognizer.Proposal> ps = proposals("Reading Tests",
                "We release a reading benchmark named Kiwi-QuAD 2.0 for low-resource evaluation.");
        assertEquals(List.of("Kiwi-QuAD 2.0"), names(ps));
    }

    @Test
    void appositiveAfterResultingArtifactAndLowerCaseCoinedNames() {
        List<ProposalRecognizer.Proposal> ps = proposals("Compact Students",
                "The resulting cheap, yet strong training recipe, Warm Start Distillation, helps small models. "
                        + "We propose a new pooling layer, q-pool, which mixes scales.");
        assertEquals(List.of("Warm Start Distillation", "q-pool"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(1).type());
    }

    @Test
    void forShortAndPassiveCapitalisedNames() {
        List<ProposalRecognizer.Proposal> ps = proposals("Robust Neighbours",
                "We propose a retrieval scheme based on Cross-View Nearest Anchors, or CANA for short. "
                        + "A Two-pass Mask Refinement module is introduced to clean the outputs.");
        assertEquals(List.of("CANA", "Two-pass Mask Refinement"), names(ps));
        assertEquals(List.of("Cross-View Nearest Anchors"), ps.get(0).aliases());
    }

    @Test
    void lowerCaseLongFormWithArtifactHeadAndOurAcronymFramework() {
        List<ProposalRecognizer.Proposal> ps = proposals("Adaptive Softmax Temperatures",
                "We present a framework for learning a tiny temperature regression network (TempReg) per layer. "
                        + "Two variants of our slow-fast co-training (SFC) framework are studied.");
        assertEquals(List.of("TempReg", "SFC"), names(ps));
    }

    @Test
    void problemsDefinedAfterPrepositionsAreNotProposals() {
        // the acronym names what the work is about; "our HWR model" later is a model for it
        assertTrue(proposals("Cleaning Scanned Letters",
                "This paper introduces a novel approach to Handwritten Word Repair (HWR) for old letters. "
                        + "We train our HWR model on synthetic scans.").isEmpty());
    }

    @Test
    void looseLabelsForOthersWorkAndClassNamesAreNotProposals() {
        assertTrue(proposals("A Survey of Reasoning",
                "Systems such as o-series models (collectively known as Deliberate Thinkers) are reviewed. "
                        + "We use a technique called Large Vision Models for the figures.").isEmpty());
    }

    @Test
    void predecessorNameIsDroppedBesideItsNewVersion() {
        List<ProposalRecognizer.Proposal> ps = proposals("EchoTalk 3: Faster Speech",
                "We previously introduced EchoTalk, a speech model. We present EchoTalk 3, which streams audio.");
        assertEquals(List.of("EchoTalk 3"), names(ps));
    }

    @Test
    void namedListAndOwnToolDescribedAfterWith() {
        List<ProposalRecognizer.Proposal> ps = proposals("Small Biomedical Encoders",
                "We pretrain two encoders (named MedLite6L and MedLite12L) on abstracts. "
                        + "We realise this idea with GraphMix, a data synthesis algorithm that links entities.");
        assertEquals(List.of("MedLite6L", "MedLite12L", "GraphMix"), names(ps));
    }

    @Test
    void longFormRunningIntoItsShortNameAfterACue() {
        List<ProposalRecognizer.Proposal> ps = proposals("Driving Agents",
                "We develop an architecture termed Vision Action model for Driving and Talking (VAD2T) for cars.");
        assertEquals(List.of("VAD2T"), names(ps));
        assertEquals(List.of("Vision Action model for Driving and Talking"), ps.get(0).aliases());
    }

    @Test
    void capitalisedNameAfterOurAndNewNameClosingADescription() {
        List<ProposalRecognizer.Proposal> ps = proposals("Maltese-like Encoders",
                "Our Sparse Prompt Routing method picks experts. "
                        + "We present two models: a small encoder trained from scratch (TinyMa) and a larger one.");
        assertEquals(List.of("Sparse Prompt Routing", "TinyMa"), names(ps));
    }

    @Test
    void newNameBeforeAnAcronymWinsAndFragmentsAreNotNames() {
        List<ProposalRecognizer.Proposal> ps = proposals("Satellite Encoders",
                "We introduce OrbitViT-L1, a model trained on Top-Of-Cloud (TOC) images. "
                        + "We also introduce a novel Open-World Continual Segmentation problem.");
        assertEquals(List.of("OrbitViT-L1"), names(ps));
    }

    @Test
    void tasksAbbreviatedInTheTextAreNotProposals() {
        // "CTR" is a rate (a task's target), even when a later clause makes it look introduced
        assertTrue(proposals("Compressing Recommenders",
                "Click-Through Rate (CTR) models matter. We propose to compress CTR prediction models.").isEmpty());
    }

    @Test
    void nameAfterIeOrNamelyAndSizedReleases() {
        List<ProposalRecognizer.Proposal> ps = proposals("Try-on at Scale",
                "We propose a novel garment transfer pipeline,\\ie GTX, which keeps logos. "
                        + "We release GTX 7B and GTX 13B checkpoints.");
        assertEquals(List.of("GTX", "GTX 7B", "GTX 13B"), names(ps));
    }

    @Test
    void collectionsBeingBuiltAndIncorporatedMechanisms() {
        List<ProposalRecognizer.Proposal> ps = proposals("Organ Atlases",
                "We merge public scans to build OrganSeg-12 dataset with many organs. "
                        + "Moreover, we incorporate a Slice Hop Attention (SHA) mechanism to link slices.");
        assertEquals(List.of("OrganSeg-12", "SHA"), names(ps));
        assertEquals(EntityType.DATASET, ps.get(0).type());
    }

    @Test
    void conceptAcronymsDefinedEarlierAreNotTheProposal() {
        List<ProposalRecognizer.Proposal> ps = proposals("Cheap Adapters",
                "Low-memory tuning (LMT) is popular. We propose Side Ladder Tuning (SLT), a new LMT technique. "
                        + "We also add a tiny decoder (named TinyDec) on top.");
        assertEquals(List.of("SLT", "TinyDec"), names(ps));
    }

    @Test
    void framingTitlePhrasesAreNotNames() {
        assertTrue(proposals("Beyond Self-Attention: Cheaper Sequence Mixing", "We study sequence mixing.").isEmpty());
    }

    @Test
    void thePaperThatIntroducesAWellKnownNameStillProposesIt() {
        List<ProposalRecognizer.Proposal> ps = proposals("Deep Bidirectional Encoders for Language Understanding",
                "We introduce BERT, a new language representation model that reads text in both directions.");
        assertEquals(List.of("BERT"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type());
        assertTrue(proposals("Probing Encoders", "We fine-tune BERT, a strong encoder, on legal text. "
                + "We study ResNet-50, a popular network, under noise.").isEmpty());
    }

    @Test
    void pluralAcronymsNameAProposalOnlyWhenWrittenAsAName() {
        assertTrue(proposals("Pre-Trained Encoders: Past and Future",
                "Large pre-trained encoders (PTEs) are popular. We review PTEs.").isEmpty());
        assertEquals(List.of("KHPs"), names(proposals("Kitchen Helper Policies: Zero-Shot Cooking Skills",
                "We present Kitchen Helper Policies (KHPs), a framework for cooking robots.")));
    }

    @Test
    void knownTechniquesAndClassesSpelledOutAreNotProposals() {
        assertTrue(proposals("Sparse Solvers", "We add a Mixture-of-Experts (MoE) block to every layer.").isEmpty());
        // "X is a Long Form (LF)": the acronym is the class X belongs to
        assertEquals(List.of("GlimNet"), names(proposals("GlimNet: Fast Tabular Inference",
                "GlimNet is a Sparse Memory Network (SMN) trained once on our prior.")));
        // the acronym's first word was left out of its long form: it still follows "under"
        assertTrue(proposals("Clustering Shifted Domains",
                "Here we introduce grouping under Hidden Class Drift (HCD) across sources.").isEmpty());
    }

    @Test
    void eventTitlesAreNotArtifacts() {
        assertTrue(proposals("WMT 2031 - Low-Resource Track: Findings", "We describe the shared task.").isEmpty());
        List<ProposalRecognizer.Proposal> ps = proposals("QTX2030-ZQA Challenge: Multilingual Reading",
                "We release a reading dataset called ZQA.");
        assertEquals(List.of("ZQA"), names(ps));
        assertEquals(List.of("QTX2030-ZQA Challenge"), ps.get(0).aliases());
    }

    @Test
    void namesThePaperCoinsInQuotesOrAfterWeCall() {
        List<ProposalRecognizer.Proposal> ps = proposals("Averaging Checkpoints",
                "We average many fine-tuned checkpoints -- we call these \"fruit salads.\" "
                        + "A cheaper variant, which we call KV folding, merges caches. "
                        + "We build a recurrent network, named \"LoopNet architecture\", on top.");
        assertEquals(List.of("fruit salads", "KV folding", "LoopNet"), names(ps));
        assertEquals(List.of("LoopNet architecture"), ps.get(2).aliases());
        // a quoted gloss or a phenomenon someone else named is no artifact of the paper
        assertTrue(proposals("Training Dynamics", "We tune each block (or \"unit\") first. "
                + "We show that a phenomenon called \"slow grokking\" appears late.").isEmpty());
    }

    @Test
    void coinedNameWithALowerCaseContinuationIsASecondArtifact() {
        List<ProposalRecognizer.Proposal> ps = proposals("Searching Cells",
                "We add a new block space (the \"CellNet search space\") and stack blocks into a network "
                        + "named \"CellNet\".");
        assertEquals(java.util.Set.of("CellNet search space", "CellNet"), java.util.Set.copyOf(names(ps)));
    }

    @Test
    void secondVerbOfOurSentenceAndNamesEndingBeforeAFunctionWord() {
        List<ProposalRecognizer.Proposal> ps = proposals("Q-Fit Law: Predicting Mixtures",
                "We generalise our Q-Fit Law and propose the Multi-Domain Q-Fit Law to forecast losses. "
                        + "We also design an SQL-to-Graph rewriter to turn queries into edges.");
        assertEquals(List.of("Q-Fit Law", "Multi-Domain Q-Fit Law", "SQL-to-Graph rewriter"), names(ps));
        // after "and propose" only the object itself counts, not a list of others' benchmarks that follows
        assertTrue(proposals("Rethinking Robustness", "Old suites saturate, so we look again and propose three new "
                + "suites, namely ImageNet-R, StreetView10 and VTAB.").isEmpty());
    }

    @Test
    void problemsAfterAPrepositionAndArticleAndPartlyReadTokens() {
        assertTrue(proposals("Faster Conformal Sets",
                "We present a novel approach to the cost of the Pairwise Ranking Cascade (PRC) scorer.").isEmpty());
        assertEquals(List.of("StarM^2"), names(proposals("StarM^2: Multimodal Astronomy",
                "We gather sky images and propose StarM^2, a multimodal encoder.")));
    }

    @Test
    void lowerCaseNameCalledNewAndNamesClosingDescriptions() {
        List<ProposalRecognizer.Proposal> ps = proposals("Tabular Self-Supervision",
                "We introduce anchor tokens, a new penalty term for tabular encoders. "
                        + "We also present row filtering by gradient Spread (Sprune), a cheap filter method that needs "
                        + "one pass. We train two encoders on our new corpus: a compact encoder trained quickly (TabuS), "
                        + "and a wider encoder with more heads (mTabuS). "
                        + "The resulting distilled model Skua, though small, wins.");
        assertEquals(List.of("anchor tokens", "Sprune", "TabuS", "mTabuS", "Skua"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(1).type());
        // without the paper's own announcement, a parenthesised word and "the final model" of others stay out
        assertTrue(proposals("Tabular Baselines", "Prior work used a filter (Sprune), a cheap filter method that "
                + "needs data. The resulting model BERT is strong.").isEmpty());
    }

    @Test
    void acronymWhoseLongFormOpensTheTitle() {
        List<ProposalRecognizer.Proposal> ps = proposals("Caption Pruning Networks",
                "We train a caption pruning network (CPN) to clean web pools.");
        assertEquals(List.of("CPN"), names(ps));
        assertEquals(List.of("caption pruning network"), ps.get(0).aliases());
        assertEquals(List.of("HTR"), names(proposals("Hierarchical Token Routing Framework for Speech Tagging",
                "We study the Hierarchical Token Routing (HTR) framework on speech.")));
        // a phrase later in the title, or one followed by a preposition, is the setting
        assertTrue(proposals("Clustering under Latent Topic Drift",
                "We study clustering when Latent Topic Drift (LTD) moves the labels.").isEmpty());
        assertTrue(proposals("Quantised Sparse Tuning for Vision Models",
                "Quantised sparse tuning (QST) lowers memory.").isEmpty());
    }

    @Test
    void lowerCasePhraseProposedUnderTheTitleThatNamesIt() {
        List<ProposalRecognizer.Proposal> ps = proposals("Drift Gate Adapter for Streaming Speech",
                "Hence we propose a novel drift gate adapter that sits on top of any recogniser.");
        assertEquals(List.of("Drift Gate Adapter"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
        // a plural head after the phrase makes it a kind of method, not one
        assertTrue(proposals("Deep Ranking Unlearning",
                "We introduce deep ranking unlearning methods for search logs.").isEmpty());
    }

    @Test
    void capitalisedComponentsIntroducedWithAAndTakenUpWithThe() {
        List<ProposalRecognizer.Proposal> ps = proposals("Tiny Point Tuning",
                "Our new plug-in has a Depth-prior Prompt and a Shape-aware Adapter. "
                        + "The Depth-prior Prompt stores tokens. The Shape-aware Adapter pools neighbours.");
        assertEquals(List.of("Depth-prior Prompt", "Shape-aware Adapter"), names(ps));
        // mentioned once, or a generic class taken up again, it is no named component
        assertTrue(proposals("Tiny Point Tuning", "We add a Depth-prior Prompt to the encoder. "
                + "We query a Large Language Model, and the Large Language Model answers.").isEmpty());
    }

    @Test
    void unknownNameDescribedByAnArtifactNounInASentenceAboutSomethingNew() {
        List<ProposalRecognizer.Proposal> ps = proposals("Ranking at Scale",
                "We devise a novel reranker that uses a small but strong Tower-GLUON encoder. "
                        + "Its new layout, including SparseKV attention in each block, is fast.");
        assertEquals(List.of("Tower-GLUON", "SparseKV attention"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type());
        // without a word of novelty, or not the object itself ("on the crawled Tower-GLUON corpus"), it is someone else's
        assertTrue(proposals("Ranking at Scale", "We summarise pages with a cheap Tower-GLUON encoder.").isEmpty());
        assertTrue(proposals("Ranking at Scale", "A novel ranker is trained on the crawled Tower-GLUON corpus.").isEmpty());
    }

    @Test
    void conceptProposedAndOneNameForAModelAndItsDatasets() {
        List<ProposalRecognizer.Proposal> ps = proposals("OpenSketch: An Efficient Vision Model for CAD",
                "We propose the concept of reversible feature routing (RFR) for deep networks. "
                        + "For training, we also built a series of OpenSketch datasets.");
        assertEquals(List.of("OpenSketch", "RFR", "OpenSketch datasets"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type());
        assertEquals(EntityType.DATASET, ps.get(2).type());
        // a notion is described, not built
        assertTrue(proposals("Teaching Concepts", "We introduce a notion of Scene Relation Concepts (SRC) "
                + "for captions.").isEmpty());
    }

    @Test
    void newScoringFunctionSetOffByACommaKeepsItsNoun() {
        List<ProposalRecognizer.Proposal> ps = proposals("Choosing Data",
                "Selection uses our newly proposed scoring function, Caption Fit score.");
        assertEquals(List.of("Caption Fit score"), names(ps));
    }

    @Test
    void announcedListSetOffByACommaWithAcronymsAndALowerCaseLastItem() {
        List<ProposalRecognizer.Proposal> ps = proposals("Bridging Frames",
                "We also propose two tricks, Noise-Matched Warmup (NMW) and latent anchoring, for faster tuning.");
        assertEquals(List.of("NMW", "latent anchoring"), names(ps));
        // a list of others' work after the comma stops at the first known name
        assertTrue(proposals("Bridging Frames", "We introduce two datasets, ImageNet and many others.").isEmpty());
    }

    @Test
    void taskNamedPartsYieldedNamesAndEnumeratedHeadings() {
        List<ProposalRecognizer.Proposal> ps = proposals("Syntax for Code Models",
                "In this work, we propose Part-of-Speech Tagging (POST) adapters, small modules for encoders. "
                        + "We plug our adapters into CodeT5, building CodeT5-Syn, and test it. "
                        + "Our insights are two:1)Depth-aware Token Mixing: we mix tokens by depth.");
        assertEquals(List.of("POST adapters", "CodeT5-Syn", "Depth-aware Token Mixing"), names(ps));
        assertEquals(List.of("Part-of-Speech Tagging adapters"), ps.get(0).aliases());
        // an approach to a task is no artifact named after it; a heading in lower case is a step
        assertTrue(proposals("Reading Tables",
                "We propose a Chart Symbol Recognition (CSR) approach for scans. Steps: (1) Cheap warmup: "
                        + "we tune few weights.").isEmpty());
    }

    @Test
    void prefixedSizedCheckpointsAndTitlePhrasesTheAcronymAbbreviates() {
        assertEquals(List.of("MX3", "MX3 20B", "Tuned-MX3 20B"), names(proposals("MX3: Mixing Objectives",
                "We present MX3, a pre-training recipe. We release checkpoints for MX3 20B & Tuned-MX3 20B.")));
        List<ProposalRecognizer.Proposal> ps = proposals("Garment-Level Fitting: Realistic Try-on",
                "We build a garment-level fitting pipeline, namely GLFIT, which keeps logos.");
        assertEquals(List.of("GLFIT"), names(ps));
        assertTrue(ps.get(0).aliases().contains("Garment-Level Fitting"));
        assertTrue(TitleNames.abbreviates("GLFIT", "Garment-Level Fitting"));
        assertTrue(!TitleNames.abbreviates("XYZ", "Garment-Level Fitting"));
    }

    @Test
    void capitalisedGenericPartsOfOthersAndKnownQuotedNamesAreNotProposals() {
        // capitalised and taken up again, but nothing is said to be new
        assertTrue(proposals("Aligning Chat Models", "We train a Reward Model on human votes. "
                + "The Reward Model then scores each answer.").isEmpty());
        // a well-known system quoted after "called" is others' work
        assertTrue(proposals("Chat Logs", "We study logs of a popular chatbot called \"ChatGPT\" in schools.").isEmpty());
    }

    @Test
    void componentsOfANamedProposalAndSizeCompoundsThatAreNoNames() {
        List<ProposalRecognizer.Proposal> ps = proposals("Quill: Composable Adapters for Speech",
                "We present Quill, a framework for speech adapters. Quill consists of a Script Router and a Tone Bridge. "
                        + "The Script Router picks adapters, while the Tone Bridge maps tones.");
        assertEquals(List.of("Quill", "Script Router", "Tone Bridge"), names(ps));
        // "a 20M-parameter transformer" describes a size, it names nothing
        assertTrue(names(proposals("Wren: Small Tabular Models",
                "We introduce Wren, a 20M-parameter transformer for tables.")).stream().noneMatch(n -> n.startsWith("20M")));
    }

    @Test
    void wholeTitleProposedInAnAnnouncingSentenceAndNamedVariantsOfKnownTechniques() {
        assertEquals(List.of("Guided feature replay"), names(proposals("Guided feature replay",
                "Replay is costly. We propose to cut this cost with guided feature replay: old features are replayed.")));
        List<ProposalRecognizer.Proposal> ps = proposals("Forgetting Less",
                "Since Low-Rank Adaptation (LoRA) forgets, we propose to tune fewer ranks. "
                        + "We propose Budget-Aware Sparse Low-Rank Adaptation (LoRA), an approach that prunes ranks.");
        assertEquals(List.of("Budget-Aware Sparse LoRA"), names(ps));
        assertEquals(List.of("Budget-Aware Sparse Low-Rank Adaptation"), ps.get(0).aliases());
        // the known technique alone is no proposal
        assertTrue(proposals("Forgetting Less", "We propose Low-Rank Adaptation (LoRA) for the last layers.").isEmpty());
    }

    @Test
    void classBeforeANamingWordAndVenuesAfterAPrepositionAreNotProposals() {
        // "a FOO strategy called Bar": FOO is the family, Bar the proposal
        assertEquals(List.of("QuokkaNet"), names(proposals("Memory Tricks",
                "We design a compact ZQRL method named QuokkaNet for small devices.")));
        // the object of "released" ends at "on": the platform named after it is someone else's venue
        assertEquals(List.of("Plumb"), names(proposals("Plumb: Scoring Pipes",
                "We release our scores on the WaterLogix platform.")));
    }

    @Test
    void aProblemOrResearchDirectionGivenANameIsNoArtifact() {
        assertTrue(proposals("Weight Noise Study", "We study a new research problem, which we call "
                + "Dirty Weight Learning, and analyse it.").isEmpty());
        assertTrue(proposals("Code Search", "We also build a benchmark for a new task, called cross-language snippet "
                + "search.").isEmpty());
        // the same cue after an artifact noun still names a proposal
        assertEquals(List.of("Dirty Weight Tuning"), names(proposals("Weight Noise Study",
                "We design a tuning method, which we term Dirty Weight Tuning, for noisy checkpoints.")));
    }

    @Test
    void ourQuotedNameAndAPluralFamilyRightAfterTheVerb() {
        // quotes and TeX braces around the name do not hide "our X model"
        assertEquals(List.of("HarborNet"), names(proposals("Multimodal Sharing",
                "We train our \"{HarborNet}\" model on audio and text.")));
        // a plural name the paper presents right after the verb is its own family of models
        List<ProposalRecognizer.Proposal> ps = proposals("Amortised Inference",
                "We introduce Sparse Tabular Mixers (STMs) for small tables.");
        assertEquals(List.of("STMs"), names(ps));
        assertEquals(List.of("Sparse Tabular Mixers"), ps.get(0).aliases());
        // further into the clause a plural acronym is a class the paper talks about
        assertTrue(proposals("Amortised Inference",
                "We introduce a study of Sparse Tabular Mixers (STMs) on small tables.").isEmpty());
    }

    @Test
    void acronymsOfThePartsOfAProposedSystem() {
        List<ProposalRecognizer.Proposal> ps = proposals("Lumen-3D: Lifting Images to Meshes",
                "We present Lumen-3D, a mesh generator. Lumen-3D comprises two new designs: View-Aware "
                        + "Sparse Tuning (VA-SpaT) and Depth-Mask Agreement (DMA) Loss. Lumen-3D also uses the "
                        + "Cross-Frame Shape Routing (CFSR) module for video input.");
        assertEquals(List.of("Lumen-3D", "VA-SpaT", "DMA Loss", "CFSR"), names(ps));
        assertEquals(List.of("View-Aware Sparse Tuning"), ps.get(1).aliases());
        assertTrue(ps.get(2).aliases().contains("DMA"), "the bare acronym is the part too");
        // integrating someone's technique or a task is no part of one's own, unless the acronym names a part
        for (String text : List.of("Lumen-3D incorporates Slow Moving Average (SMA) and Weight Blending (WB).",
                "Lumen-3D consists of three modules: Image Tagging (IT) and Object Counting (OC).",
                "Lumen-3D comprises Multi-Head Sparse Attention (MHSA2) and a router.")) {
            assertEquals(List.of("Lumen-3D"), names(proposals("Lumen-3D: Lifting Images to Meshes", text)), text);
        }
        // "our framework" stands for the paper's system before it has a name
        assertEquals(List.of("SRU"), names(proposals("Ranking Long Documents",
                "Our framework consists of two modules: the Span Routing Unit (SRU) and a scorer.")));
        // without one of the paper's proposals in the sentence, or for a known technique, or a problem, no part
        assertEquals(List.of("Lumen-3D"), names(proposals("Lumen-3D: Lifting Images to Meshes",
                "We present Lumen-3D. Many systems consist of View-Aware Sparse Tuning (VA-SpaT) modules. Lumen-3D "
                        + "integrates Low-Rank Adaptation (LoRA) and a module for Open-World Depth Estimation (OWDE).")));
    }

    @Test
    void aCapitalisedPartTheTitleNamesToo() {
        assertEquals(List.of("KiteFit", "Every-Fabric Encoder"), names(proposals(
                "KiteFit: Outfit Rendering with a Small Every-Fabric Encoder",
                "KiteFit relies on a new Every-Fabric Encoder for outfits.")));
        // a fragment of a longer capitalised title phrase is no part
        assertEquals(List.of("KiteFit"), names(proposals("KiteFit: Outfit Rendering with Every-Fabric Encoder Tuning",
                "KiteFit relies on a new Every-Fabric Encoder for outfits.")));
    }

    @Test
    void preTrainingObjectivesThePaperMakesUp() {
        assertEquals(List.of("shuffled patch ordering"), names(proposals("Cheap Vision Pre-training",
                "Our encoders are pre-trained with a new pretext task: shuffled patch ordering, which needs no labels.")));
        assertEquals(List.of("masked caption span modeling"), names(proposals("Long Captions",
                "Our encoder is pre-trained on a novel masked caption span modeling task.")));
        List<ProposalRecognizer.Proposal> ps = proposals("Retrieval Warm-up",
                "For pre-training, we design a salient phrase prediction (SPP) task.");
        assertEquals(List.of("SPP"), names(ps));
        assertEquals(List.of("salient phrase prediction"), ps.get(0).aliases());
        assertEquals(List.of("Depth Ordering"), names(proposals("Depth Ordering as a Pretext Task for Vision Models",
                "We show that predicting depth order helps vision transformers.")));
        // an objective someone else made, or one not presented as new, is no proposal
        assertTrue(proposals("Long Captions", "We pre-train the encoder with the masked caption span modeling task "
                + "and a contrastive learning objective.").isEmpty());
        assertTrue(proposals("Depth Ordering for Robots", "We show that a new depth ordering module helps.").isEmpty());
    }

    @Test
    void aKnownNameIsProposedByThePaperWhoseTitleItPrefixes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // a short plain word the lexicon knows (because it became well known): its own paper still introduces it
        java.nio.file.Path file = dir.resolve("extra.tsv");
        java.nio.file.Files.writeString(file, "Xu\tModel\t\t\t\texact\n");
        Lexicon lexicon = Lexicon.load(List.of(file));
        assertEquals(List.of("Xu"), names(proposals("Xu: Small Chat Models",
                "This work presents the Xu model family for chat.", lexicon)));
        assertTrue(proposals("Small Chat Models", "This work presents the Xu model family to new readers.", lexicon).isEmpty());
    }

    @Test
    void aTechniqueTheTitleEndsWithAndTheAbstractAnnounces() {
        List<ProposalRecognizer.Proposal> ps = proposals("Cheaper Audio Encoders with Twin Cropping",
                "We propose a twin cropping method that halves the cost.");
        assertEquals(List.of("Twin Cropping"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
        // the phrase spells out the title's own name, is a class, or is only mentioned: no second proposal
        assertEquals(List.of("AudioTC"), names(proposals("AudioTC: Cheaper Audio Encoders via Twin Cropping",
                "We propose a twin cropping method that halves the cost.")));
        assertTrue(proposals("Cheaper Audio Encoders with Twin Croppers",
                "We propose a twin croppers method that halves the cost.").isEmpty());
        assertTrue(proposals("Cheaper Audio Encoders with Twin Cropping",
                "Prior work used a twin cropping method to halve the cost.").isEmpty());
        assertTrue(proposals("Long Inputs with Sparse Attention", "We propose a sparse attention mechanism for long "
                + "inputs.").isEmpty(), "a part named like this is mostly generic");
    }

    @Test
    void aNameAndItsAcronymAreOneProposal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // a part the title names is found under its long form too: still one proposal, under the acronym
        List<ProposalRecognizer.Proposal> ps = proposals("Tail Probing for Frozen Encoders",
                "Our main tool is a new Tail Probing (TaP) method for frozen encoders.");
        assertEquals(List.of("TaP"), names(ps));
        assertEquals(List.of("Tail Probing"), ps.get(0).aliases());
        // a coined name whose acronym the lexicon knows: the short and the lexicon's names are its aliases
        java.nio.file.Path file = dir.resolve("extra.tsv");
        java.nio.file.Files.writeString(file, "Rotary Networks\tModel\tRt-Net\n");
        ps = proposals("Rotary Networks", "We call the design a Rotary Net (Rt-Net) in what follows.",
                Lexicon.load(List.of(file)));
        assertEquals(List.of("Rotary Net"), names(ps));
        assertEquals(java.util.Set.of("Rt-Net", "Rotary Networks"), java.util.Set.copyOf(ps.get(0).aliases()));
    }

    @Test
    void itemsOfAnAnnouncedCountNamedInTheNextSentences() {
        List<ProposalRecognizer.Proposal> ps = proposals("Better Decoders",
                "We further present three new methods. First, logit path smoothing, cuts noise. The second, guarded "
                        + "top-k sampling, avoids empty outputs.");
        assertEquals(List.of("logit path smoothing", "guarded top-k sampling"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
        // without the announced count, or when the sentence goes on without a name, nothing
        assertTrue(proposals("Better Decoders", "Prior work has two techniques. One, logit path smoothing, is slow.")
                .isEmpty());
        assertTrue(proposals("Better Decoders", "We introduce two new techniques. The first, as we show, is fast.")
                .stream().noneMatch(p -> p.name().startsWith("as")));
    }

    @Test
    void aLowerCaseNameBetweenNovelAndItsHeadThatAnAppositiveDescribes() {
        List<ProposalRecognizer.Proposal> ps = proposals("Elastic Nets",
                "We also propose a novel staged thinning algorithm, a pruning scheme for many widths.");
        assertEquals(List.of("staged thinning"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
        // without the appositive it is a description; a kind of learning is no name
        assertTrue(proposals("Elastic Nets", "We also propose a novel staged thinning algorithm for many widths.")
                .isEmpty());
        assertTrue(proposals("Elastic Nets", "We propose a novel multi-view contrastive learning method, a simple "
                + "recipe for many widths.").isEmpty());
    }

    @Test
    void aTitleNameWithoutATypeTakesItFromTheAbstract() {
        List<ProposalRecognizer.Proposal> ps = proposals("Korax: Open Chat Models by a Lab",
                "We introduce the Korax model family for chat.");
        assertEquals(List.of("Korax"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type());
        ps = proposals("Zephlo: What Data Matters", "We introduce Zephlo-1B, a small code model. Zephlo-1B is fast.");
        assertEquals(List.of("Zephlo", "Zephlo-1B"), names(ps));
        assertEquals(EntityType.MODEL, ps.get(0).type(), "from its own variant");
        // nothing says what it is: the default stays
        assertEquals(EntityType.METHOD, proposals("Korax: Open Chat", "Korax helps.").get(0).type());
    }

    @Test
    void tasksParadigmsAndOthersWorkAreNotMistakenForTheNewCues() {
        // a new task to solve, even beside pre-trained models, is no pre-training objective
        assertTrue(proposals("Long Documents", "Prior methods use a novel next phrase prediction task for pre-training.")
                .isEmpty(), "someone else's objective");
        assertTrue(proposals("Long Documents", "We introduce a new long-document passage ranking task for "
                + "pre-trained models.").isEmpty());
        assertTrue(proposals("Long Documents", "We introduce a novel cross-page span prediction task for readers; "
                + "our models are pre-trained on books.").stream().noneMatch(p -> p.name().contains("span")));
        // a paradigm the title ends with is no named technique
        assertTrue(proposals("Cheaper Audio Encoders with Contrastive Pre-training",
                "We propose a contrastive pre-training method for audio.").isEmpty());
        // an enumerated item that is others' work
        assertTrue(proposals("Better Decoders", "We introduce two new techniques. First, existing decoders, as we "
                + "show, fail. Second, prior samplers, too, fail.").isEmpty());
    }

    @Test
    void capitalisedNamesRightAfterAnIntroVerbAndProposedSubjects() {
        assertEquals(List.of("Gated Span Routing"), names(proposals("Better Retrieval",
                "We propose Gated Span Routing, a method that picks spans.")));
        assertEquals(List.of("Gated Span-Aware Routing"), names(proposals("Better Retrieval",
                "We propose a Gated Span-Aware Routing method that picks spans.")));
        // before its head noun, plain capitalised words are mostly a description, unless the title repeats them
        assertTrue(proposals("Better Retrieval", "We design a Graph Attention module to model relations.").isEmpty());
        assertEquals(List.of("Gated Span Routing"), names(proposals("Gated Span Routing for Retrieval",
                "We propose a Gated Span Routing method that picks spans.")));
        assertEquals(List.of("Span-Aware Attention"), names(proposals("Better Retrieval",
                "We further design a Span-Aware Attention module to model span order.")));
        assertEquals(List.of("SpanPick"), names(proposals("Better Retrieval",
                "Experiments show that the proposed SpanPick method beats strong baselines.")));
        assertEquals(List.of("FooNet"), names(proposals("Better Retrieval",
                "In this paper, FooNet is proposed to rank passages quickly.")));
        // adjectives, known architectures, others' work and the object's head noun are no names
        assertTrue(proposals("Better Retrieval", "We propose a Bayesian Markovian method for ranking.").isEmpty());
        assertTrue(proposals("Better Retrieval", "We present a Vision Transformer model for ranking.").isEmpty());
        assertTrue(proposals("Better Retrieval", "We present a Chinese Legal benchmark for ranking.").isEmpty());
        assertTrue(proposals("Better Retrieval", "We propose a Transformer Encoder model for ranking.").isEmpty());
        assertTrue(proposals("Better Retrieval", "FooNet is proposed by prior work to rank passages.").isEmpty());
        assertTrue(proposals("Better Retrieval", "Recently, FooNet is proposed to rank passages.").isEmpty());
        assertTrue(proposals("Better Retrieval", "Unlike the proposed FooNet of prior work, ours is fast.").isEmpty());
        assertEquals(List.of("SpanPick"), names(proposals("Better Retrieval",
                "Experiments show SpanPick (ours) outperforms a strong baseline.")));
        assertEquals(List.of("SpanPick"), names(proposals("Better Retrieval", "We call the resulting model SpanPick.")));
    }

    @Test
    void aLowerCaseNameRightAfterTheVerbThatIsDescribedAsAMethod() {
        assertEquals(List.of("token dropping"), names(proposals("Faster Ranking",
                "We propose token dropping, a simple method that speeds up ranking.")));
        // one plain word described only as a method is a technique's generic name
        assertTrue(proposals("Faster Ranking", "We propose pruning, a simple method that speeds up ranking.").isEmpty());
        assertTrue(proposals("Faster Ranking", "We propose token dropping, a step that speeds up ranking.").isEmpty());
    }

    @Test
    void theShortNameInParenthesesAfterAnIntroducedLongName() {
        // the acronym detector cannot spell "P2P" out of "Patch-To-Patch": the parenthesis still gives the short name
        List<ProposalRecognizer.Proposal> ps = proposals("Training Vision Models from Scratch",
                "This work introduces a Patch-To-Patch Vision Transformer (P2P-ViT) for small images.");
        assertEquals(List.of("P2P-ViT"), names(ps));
        assertEquals(List.of("Patch-To-Patch Vision Transformer"), ps.get(0).aliases());
        assertEquals(EntityType.MODEL, ps.get(0).type());
    }

    @Test
    void hyphenatedSizesOfANameOfSeveralWords() {
        List<ProposalRecognizer.Proposal> ps = proposals("Kestrel K9: Small Open Models",
                "Kestrel K9-65B is our largest checkpoint.");
        assertEquals(List.of("Kestrel K9", "Kestrel K9-65B"), names(ps));
        // a capitalised part after the size belongs to the checkpoint's name, not left out of it
        assertEquals(List.of("Kestrel K9", "Kestrel K9-65B-DS"), names(proposals("Kestrel K9: Small Open Models",
                "Kestrel K9-65B-DS is our largest checkpoint.")));
    }

    @Test
    void aSeriesThePaperIntroducesNamesItsMembers() {
        assertEquals(List.of("Kestrel"), names(proposals("Small Models",
                "We introduce the Kestrel series, a family of small language models.")));
    }

    @Test
    void theLanguageOrPlatformOfAToolIsNotItsName() {
        assertTrue(proposals("Tabular Tools", "We develop a Python library for tabular data.").isEmpty());
        assertTrue(proposals("Tabular Tools", "We present a new JavaScript package for charts.").isEmpty());
        assertTrue(proposals("Tabular Tools", "Our JavaScript implementation runs in browsers.").isEmpty());
        assertEquals(List.of("TabKit"), names(proposals("Tabular Tools", "We develop TabKit, a Python library for tables.")));
    }

    @Test
    void oddlyPunctuatedCueSoupNeverBreaksTheRecogniser() {
        // cue words, names and punctuation in random order: every rule sees its trigger next to odd neighbours
        String[] words = {"we", "We", "propose", "introduce", "and", "a", "an", "the", "The", "novel", "new", "called",
                "named", "\"", "“", "(", ")", ",", ":", ";", "1)", "(2)", "FooNet", "Bar-Baz", "Low-Rank", "Adaptation",
                "(LoRA)", "(FB)", "Foo Bar", "which we call", "we call it", "two", "techniques", "namely", "building",
                "resulting", "model", "20M-parameter", "concept of", "datasets", "Q^2", "x_1", "adapters", "score", "."};
        java.util.Random rnd = new java.util.Random(11);
        for (int n = 0; n < 400; n++) {
            StringBuilder title = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                title.append(words[rnd.nextInt(words.length)]).append(rnd.nextBoolean() ? " " : "");
            }
            for (int i = 0; i < 60; i++) {
                text.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(4) == 0 ? "" : " ");
            }
            for (ProposalRecognizer.Proposal p : proposals(title.toString(), text.toString())) {
                Evidence e = p.evidence();
                assertTrue(!p.name().isBlank() && e.start() >= 0 && e.start() <= e.end() && e.end() <= e.sentence().length(),
                        () -> "bad proposal " + p + " in: " + text);
            }
        }
    }
    @Test
    void aNewLongFormOfAKnownAcronymIsTheOwnPapersName() {
        // the lexicon knows DeiT (it became well known); "a new <Long Form> (DeiT)" is the paper that introduced it
        List<ProposalRecognizer.Proposal> ps = proposals("Images as Word Sequences",
                "We propose a new Data-efficient image Transformer (DeiT) that reads images as patch sequences.");
        assertEquals(List.of("DeiT"), names(ps));
        assertEquals("proposes.intro-acronym", ps.get(0).evidence().rule());
        // without "a new" the known acronym is something the paper uses
        assertTrue(proposals("Images as Word Sequences",
                "We propose to fine-tune a Data-efficient image Transformer (DeiT) on patch sequences.").isEmpty());
    }

    @Test
    void checkpointsOfTheOwnModelKeepTheirWholeSuffix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // the lexicon knows Moa (it became well known): its own paper still releases Moa's chat checkpoint
        java.nio.file.Path file = dir.resolve("extra.tsv");
        java.nio.file.Files.writeString(file, "Moa\tModel\n");
        Lexicon lexicon = Lexicon.load(List.of(file));
        assertEquals(List.of("Moa", "Moa-3B-Chat"), names(proposals("Moa: Small Open Chat Models",
                "We present Moa, a 3B language model. We also release Moa-3B-Chat for dialogue.", lexicon)));
        // a size with a further part belongs to the checkpoint's name; a lower-case one describes it
        assertEquals(List.of("Kiwi", "Kiwi 7B-Instruct"), names(proposals("Kiwi: Open Models",
                "We release Kiwi 7B-Instruct, tuned on our chats.")));
        assertEquals(List.of("Kiwi"), names(proposals("Kiwi: Open Models", "Kiwi 7B-parameter models are small.")));
        // "Moa 2B-2B" is a checkpoint of the known model, not a name "2B-2B"
        assertEquals(List.of("Moa 2B-2B", "Moa 9B-2B"), names(proposals("Turning Decoders into Encoder-Decoders",
                "We release Moa 2B-2B and Moa 9B-2B, encoder-decoder models adapted from decoder-only ones.", lexicon)));
    }

    @Test
    void capitalisedWordsOpeningTheIntroducedObjectBelongToItsName() {
        assertEquals(List.of("Video TideNet"), names(proposals("Learning from Clips",
                "We introduce the Video TideNet framework, which refines captions over rounds.")));
        assertEquals(List.of("Audio Q-mixer"), names(proposals("Listening Models",
                "We propose an Audio Q-mixer to compress sound frames into query tokens.")));
        // a known model or a common sentence word before the name is not part of it
        assertEquals(List.of("TideNet"), names(proposals("Learning from Clips",
                "We introduce a BERT TideNet to read captions.")).stream().filter(n -> n.contains("TideNet")).toList());
    }

    @Test
    void aCapitalisedPhraseThatIsTheWholeObjectOfAnIntroVerb() {
        // a coined word or a known part in it makes the phrase a name; "And then introduce" goes on with "we"
        assertEquals(List.of("Pond", "Dropout Rescaling", "Sound Q-mixer"), names(proposals("Pond: Hearing Language Models",
                "We present Pond, a model that hears. We propose Dropout Rescaling to keep frames apart. "
                        + "And then introduce a Sound Q-mixer that pools the frames.")));
        // plain capitalised words, or the long form of an acronym, are left to the other cues
        assertTrue(proposals("Hearing Models", "We propose Spectral Frame Pooling to keep frames apart.").isEmpty());
        assertEquals(List.of("OSPT"), names(proposals("Hearing Models",
                "We introduce the One-shot Sound Pruning Technique (OSPT) to shrink audio encoders.")));
    }

    @Test
    void aLowerCaseNameDescribedAsAVariantOrATrainingTask() {
        List<ProposalRecognizer.Proposal> ps = proposals("Learning from Shuffled Patches",
                "We propose patch order recovery, an auxiliary pretext task that asks the encoder to sort patches.");
        assertEquals(List.of("patch order recovery"), names(ps));
        assertEquals(EntityType.METHOD, ps.get(0).type());
        assertEquals(List.of("quiet attention"), names(proposals("Long Documents",
                "We propose quiet attention, a softmax variant that lets heads abstain.")));
        // a task or problem the paper poses is no artifact, even a new one
        assertTrue(proposals("Fixing Scanned Pages",
                "We introduce document reading repair, a new task where models fix corrupted pages.").isEmpty());
        assertTrue(proposals("Fixing Scanned Pages",
                "We introduce document reading repair, a challenging problem for models.").isEmpty());
    }

    @Test
    void anOrdinaryTitlePrefixTheAbstractKeepsCapitalisedIsAName() {
        assertEquals(List.of("Idle Heads"), names(proposals("Idle Heads: Skipping Attention in Long Prompts",
                "Most heads do little on long prompts. Idle Heads let them rest and save a third of the compute.")));
        assertEquals(List.of("Chain of Sketches"), names(proposals("Chain of Sketches: Shorter Reasoning",
                "With Chain of Sketches, models write terse drafts before answering.")));
        // a topic the abstract writes in lower case, a class of models, or a task is no name
        assertTrue(proposals("Idle Heads: Skipping Attention in Long Prompts",
                "We study idle heads in long prompts.").isEmpty());
        assertTrue(proposals("Pretrained Speech Models: A Review",
                "Pretrained Speech Models are everywhere. We review them.").isEmpty());
        assertTrue(proposals("Visual Question Answering: Where Do We Stand",
                "Visual Question Answering has seen progress; we take stock.").isEmpty());
    }

    @Test
    void aCoinedWordOpeningATitleWithoutColonThatTheAbstractUsesAlone() {
        assertEquals(List.of("ReedVox"), names(proposals("ReedVox Speech Synthesis with Tiny Models",
                "We build speech synthesis from small parts. ReedVox reaches a MOS of 4.1 on our test set.")));
        // used only as a modifier of the title's topic, a short acronym is no artifact's name
        assertTrue(proposals("MDL Prediction Sets for Code Models",
                "We study MDL prediction sets for code. MDL prediction sets are small.").isEmpty());
        // a measure or a number opening the title is no name
        assertTrue(proposals("3D Shapes from Sketches", "We lift sketches to 3D. It works.").isEmpty());
    }

    @Test
    void aLowerCaseNameThatANamingVerbGivesAnArtifactNoun() {
        assertEquals(List.of("lowformer"), names(proposals("Cheap Attention",
                "We present a new architecture called lowformer that approximates attention with small projections.")));
        assertEquals(List.of("steady sampling"), names(proposals("Decoding Tricks",
                "Our approach, dubbed steady sampling, picks tokens near the expected surprise.")));
        // someone else's technique, or a name given to no artifact, stays out
        assertTrue(proposals("Heritage Buildings",
                "For the classifier we chose a technique called weight transfer.").isEmpty());
        assertTrue(proposals("Learning Curves",
                "Training halts after a certain stage, called the turning level, is reached.").isEmpty());
        // "we call the resulting framework X": the head noun ends the object even before a lower-case name
        assertEquals(List.of("sinkstream"), names(proposals("Endless Streams",
                "We keep a few initial tokens in the cache. We call the resulting framework sinkstream.")));
    }

    @Test
    void aSinglePlainWordDescribedAsAConcreteArtifactAndAHyphenatedNameSetOffByCommas() {
        assertEquals(List.of("kelpie"), names(proposals("Unsupervised Retrieval",
                "In this work we propose kelpie, a dense retriever trained without labels.")));
        assertEquals(List.of("tinyfables"), names(proposals("Small Stories",
                "We build tinyfables, a synthetic dataset of short stories for small models.")));
        // one plain word described only as a method may be the technique's generic name
        assertTrue(proposals("Faster Ranking", "We propose pruning, a simple method that speeds up ranking.").isEmpty());
        assertEquals(List.of("self-mend"), names(proposals("Better Answers",
                "We propose a method, self-mend, in which the model critiques and revises its own output.")));
        // a hyphenated adjective set off by commas is no name
        assertTrue(proposals("Better Answers",
                "We propose a method, training-free, that revises outputs.").isEmpty());
    }

    @Test
    void anOpeningSentenceAboutSomeoneElsesArtifactIsNoProposal() {
        assertTrue(proposals("Failures of Image Editors",
                "GlimPix is a diffusion model that edits images from instructions. We study its failure modes.").isEmpty());
        // the title names it, or the sentence calls it new: the paper's own
        assertEquals(List.of("GlimPix"), names(proposals("GlimPix Edits Images from Instructions",
                "GlimPix is a diffusion model that edits images from instructions. It is fast.")));
        assertEquals(List.of("GlimPix"), names(proposals("Editing Images from Instructions",
                "GlimPix is a new diffusion model that edits images from instructions. It is fast.")));
    }

    @Test
    void theTopicOfAPresentedSurveyIsNoProposal() {
        assertTrue(proposals("Sparse Experts", "We present a survey of Many-Experts models, covering routing.").isEmpty());
        assertTrue(proposals("Sparse Experts", "We present a careful study of Many-Experts routing.").isEmpty());
    }

    @Test
    void aKnownModelWithANewSuffixIntroducedAsTheObjectIsTheOwnVariant(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("extra.tsv");
        java.nio.file.Files.writeString(file, "GullSAM\tModel\nOrcaLM\tModel\n");
        Lexicon lexicon = Lexicon.load(List.of(file));
        assertEquals(List.of("GullSAM-Lite"), names(proposals("Segmenting on CPUs",
                "We introduce GullSAM-Lite, a lightweight version of GullSAM that runs on CPUs.", lexicon)));
        assertEquals(List.of("OrcaLM-Mini-3B"), names(proposals("Explanation Traces",
                "We open-source our model, OrcaLM-Mini-3B, trained on explanation traces.", lexicon)));
        // the known checkpoint someone else released, used further on in the object, is not the paper's
        assertTrue(proposals("Explanation Traces",
                "We present a method that distils traces into OrcaLM-Mini-3B.", lexicon).isEmpty());
    }

    @Test
    void theModelWhoseCheckpointsThePaperReleasesIsProposedToo() {
        List<ProposalRecognizer.Proposal> ps = proposals("Reading Tables Natively",
                "Building on a public decoder, we train TernLM, which reads tables, and release TernLM-7B and TernLM-13B.");
        assertEquals(java.util.Set.of("TernLM-7B", "TernLM-13B", "TernLM"), java.util.Set.copyOf(names(ps)));
        assertEquals(EntityType.MODEL, ps.stream().filter(p -> p.name().equals("TernLM")).findFirst().orElseThrow().type());
        // named only inside its checkpoints' names, the model is not proposed on its own
        assertEquals(List.of("TernLM-7B"), names(proposals("Reading Tables Natively", "We release TernLM-7B for tables.")));
    }

    @Test
    void theNameOurContributionIs() {
        assertEquals(List.of("FlowSimX"), names(proposals("Differentiable Fluids",
                "Our key contribution is FlowSimX, a differentiable simulator for fluids.")));
        assertTrue(proposals("Differentiable Fluids", "Our contribution is threefold. First, we study fluids.").isEmpty());
    }
}
