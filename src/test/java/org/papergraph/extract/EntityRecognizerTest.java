package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    static List<EntityRecognizer.Mention> mentions(String sentence) {
        Sentence s = NlpPipeline.shared().quickSentence("abstract", 0, sentence);
        return EntityRecognizer.find(s, AcronymDetector.find(sentence), Lexicon.bundled());
    }

    private static Map<String, Relation> bySurface(String sentence) {
        return mentions(sentence).stream().collect(Collectors.toMap(EntityRecognizer.Mention::surface,
                EntityRecognizer.Mention::relation, (a, b) -> a));
    }

    @Test
    void aSizeWordOpeningAClassNameIsNoCheckpointSuffix() {
        Map<String, Relation> m = bySurface("We test the Claude 3 Large Language Model next to BERT Large.");
        assertEquals(Relation.MODEL, m.get("Claude 3"), m.toString());
        assertEquals(Relation.MODEL, m.get("BERT Large"), m.toString());
    }

    @Test
    void lexiconNamesGetTheirKind() {
        Map<String, Relation> m = bySurface("We train a ViT with AdamW on ImageNet and test on CIFAR-100.");
        assertEquals(Relation.MODEL, m.get("ViT"));
        assertEquals(Relation.METHOD, m.get("AdamW"));
        assertEquals(Relation.DATASET, m.get("ImageNet"));
        assertEquals(Relation.DATASET, m.get("CIFAR-100"));
    }

    @Test
    void sizeAndTuningVariantsKeepTheirSurfaceAndFamily() {
        List<EntityRecognizer.Mention> ms = mentions("We compare Qwen2.5-7B-Instruct, Llama 3.1 70B and ViT-L/14.");
        assertEquals(List.of("Qwen2.5-7B-Instruct", "Llama 3.1 70B", "ViT-L/14"),
                ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("qwen25", ms.get(0).entity().familyKey());
        assertEquals("llama31", ms.get(1).entity().familyKey());
    }

    @Test
    void variantAliasesAreTheirOwnEntityInTheFamily() {
        List<EntityRecognizer.Mention> ms = mentions("We distil BERT-base from BERT.");
        assertEquals("bertbase", ms.get(0).entity().key());
        assertEquals("bert", ms.get(0).entity().familyKey());
        assertEquals("bert", ms.get(1).entity().key());
    }

    @Test
    void sizesWrittenWithAShortAliasAreTheirOwnModels() {
        List<EntityRecognizer.Mention> ms = mentions("We distil Swin-L into Swin-T.");
        assertEquals(List.of("swinl", "swint"), ms.stream().map(x -> x.entity().key()).toList());
        assertEquals("swintransformer", ms.get(1).entity().familyKey());
    }

    @Test
    void underscoreSizesAreVariants() {
        EntityRecognizer.Mention m = mentions("It reuses GPT_BASE weights.").get(0);
        assertEquals("GPT_BASE", m.surface());
        assertEquals("gpt", m.entity().familyKey());
    }

    @Test
    void modelNamesInsideOtherNamesOrDescriptionsAreNoMentions() {
        assertTrue(mentions("We train GPT-like LLMs with Inception-style preprocessing.").isEmpty());
        assertTrue(mentions("The module sits between Transformer layers of large Transformer language models.").isEmpty());
        assertEquals(List.of("GPT-2"), mentions("We train a GPT-2-like model from GPT-2.").stream()
                .map(EntityRecognizer.Mention::surface).toList());
        assertEquals(List.of(), mentions("It beats Quokka-Distill-Llama-70B.").stream()
                .filter(x -> x.surface().startsWith("Llama")).toList());
        assertEquals(List.of("Llama-70B"), mentions("It beats Llama-70B.").stream()
                .map(EntityRecognizer.Mention::surface).toList());
        assertTrue(mentions("The class of encoders Phi and heads Psi is small.").isEmpty());
        assertEquals(Relation.MODEL, bySurface("We fine-tune Phi-2 on code.").get("Phi-2"));
    }

    @Test
    void sizesOfKnownCollectionsAreTheirOwnDatasets() {
        List<EntityRecognizer.Mention> ms = mentions("We pretrain on YFCC15M, LAION-2B and LAION-5B.");
        assertEquals(java.util.Set.of("yfcc15m", "laion2b", "laion5b"), ms.stream().map(x -> x.entity().key())
                .collect(Collectors.toSet()));
        assertTrue(ms.stream().allMatch(x -> x.relation() == Relation.DATASET), ms.toString());
        assertEquals("yfcc100m", ms.stream().filter(x -> x.surface().equals("YFCC15M")).findFirst().orElseThrow()
                .entity().familyKey());
    }

    @Test
    void unknownNamesAnnouncedByTheirHeadNoun() {
        Map<String, Relation> m = bySurface("Experiments on the ZetaQA and Kappa-50 benchmarks and the MVTec AD dataset "
                + "use the OrcaNet backbone.");
        assertEquals(Relation.DATASET, m.get("ZetaQA"));
        assertEquals(Relation.DATASET, m.get("Kappa-50"));
        assertEquals(Relation.DATASET, m.get("MVTec AD"));
        assertEquals(Relation.MODEL, m.get("OrcaNet"));
        assertTrue(mentions("Audio-Visual models and Mixture-of-Experts architectures keep growing.").isEmpty(),
                "capitalised hyphenated words before 'models' describe a class");
        assertEquals(Relation.MODEL, bySurface("We fine-tune the Quill-Edit model on scans.").get("Quill-Edit"), "one named model");
    }

    @Test
    void sizedModelNamesAreModels() {
        EntityRecognizer.Mention m = mentions("It beats Falconer-13B by a wide margin.").get(0);
        assertEquals("Falconer-13B", m.surface());
        assertEquals(Relation.MODEL, m.relation());
        assertEquals("falconer", m.entity().familyKey());
    }

    @Test
    void acronymDefinitionsNameMethodsButNotClassesOfThings() {
        Map<String, Relation> m = bySurface("We use Gated Token Pruning (GTP) on top of large language models (LLMs).");
        assertEquals(Relation.METHOD, m.get("GTP"));
        assertTrue(!m.containsKey("LLMs"), m.toString());
        assertTrue(mentions("Plain Fine-Tuning (FT) of the whole encoder overfits.").isEmpty(), "a bare step of every recipe");
        assertTrue(mentions("We study federated learning with a foundation model (FLFM) at scale.").isEmpty(),
                "a paradigm applied to something is a setting");
        assertTrue(EntityRecognizer.isSetting("continual learning on a frozen backbone"));
        assertTrue(!EntityRecognizer.isSetting("gradient descent with momentum"));
        assertTrue(mentions("We add a Sensor Fusion Algorithms (SFA) dataset to the pool.").isEmpty(),
                "the acronym describes the data set's topic");
        assertTrue(mentions("We train a reweighted classifier (Reweight) on tail classes.").isEmpty(),
                "a plain word the paper gives its own part");
        assertEquals(Relation.METHOD, bySurface("We study Sensor Fusion Algorithms (SFA) on drones.").get("SFA"));
        assertEquals(Relation.METHOD, bySurface("Masked Fine-Tuning (MFT) of the encoder helps.").get("MFT"));
    }

    @Test
    void acronymsOfThingsAndQuantitiesAreNoMethods() {
        Map<String, Relation> m = bySurface("We tune it with iterative kernel optimization (IKO) and read the Parse "
                + "Token Tree (PTT) of each file to estimate the surface water level (SWL).");
        assertEquals(Relation.METHOD, m.get("IKO"));
        assertTrue(!m.containsKey("PTT") && !m.containsKey("SWL"), m.toString());
        assertEquals(Relation.METHOD, bySurface("We rely on Sparse Mixture of Experts (SMX) layers.").get("SMX"));
    }

    @Test
    void lowerCasePredictionsAndIdentificationsAreTasks() {
        Map<String, Relation> m = bySurface("For protein contact prediction (PCP) and dialect identification (DID) "
                + "we apply Split Conformal Prediction (SCP).");
        assertTrue(!m.containsKey("PCP") && !m.containsKey("DID"), m.toString());
        assertEquals(Relation.METHOD, m.get("SCP"));
        assertTrue(EntityRecognizer.notATechnique("protein contact prediction"));
        assertTrue(EntityRecognizer.notATechnique("vision-language pre-trained"));
    }

    @Test
    void aGenericTechniqueNamingThePapersOwnArtifactIsNoMethodItUses() {
        assertEquals(Relation.METHOD, bySurface("The student is trained with self-training on web images.").get("self-training"));
        assertTrue(mentions("We propose a novel self-training framework for web images.").isEmpty());
        assertTrue(mentions("We present an uncertainty-aware self-training method for web images.").isEmpty());
        assertTrue(mentions("It merges the views, which we refer to as self-training.").isEmpty());
        assertEquals(Relation.METHOD, bySurface("Our model relies on self-training.").get("self-training"));
    }

    @Test
    void aTechniqueThePaperDoesWithoutIsNoMethodItUses() {
        assertTrue(mentions("It needs no pseudo-labeling and, unlike knowledge distillation, no teacher.").isEmpty());
        assertTrue(mentions("It reaches 40 AP without self-training.").isEmpty());
        assertEquals(Relation.METHOD, bySurface("It relies on self-training.").get("self-training"));
    }

    @Test
    void anAbilityOfModelsIsNoMethodThePaperUses() {
        assertTrue(mentions("The tuned decoder keeps its in-context learning abilities on charts.").isEmpty());
        assertEquals(Relation.METHOD, bySurface("Labels are predicted via in-context learning on charts.").get("in-context learning"));
    }

    @Test
    void aNamedClassifierAlgorithmIsAMethod() {
        assertEquals(Relation.METHOD, bySurface("Features go to a Nearest Prototype Classifier (NPCL) at test time.").get("NPCL"));
        assertEquals(Relation.MODEL, bySurface("Features go to the Spectral Gate Network (SGN) at test time.").get("SGN"));
    }

    @Test
    void theTextDecidesWhetherADualUseNameIsAModelOrAMethod() {
        assertEquals(Relation.METHOD, bySurface("Retrieval uses RAG over the wiki.").get("RAG"));
        assertEquals(Relation.MODEL, bySurface("We fine-tune the RAG models on the wiki.").get("RAG"));
        assertEquals(Relation.METHOD, bySurface("We fine-tune long RAG models on the wiki.").get("RAG"));
        assertEquals(Relation.METHOD, bySurface("It is trained with the Masked Language Model (MLM) objective.").get("MLM"));
        assertEquals(Relation.MODEL, bySurface("It relies on a Joint Embedding Predictive Architecture (JEPA) for tables.")
                .get("JEPA"));
        assertEquals(Relation.METHOD, bySurface("We align the encoders with Contrastive Language-Image Pre-training (CLIP) "
                + "on our pairs.").get("CLIP"));
        assertEquals(Relation.MODEL, bySurface("We extend the CLIP (Contrastive Language-Image Pretraining) model to audio.")
                .get("CLIP"));
        assertEquals(Relation.METHOD, bySurface("Contrastive language-image pretraining aligns the two towers.")
                .get("Contrastive language-image pretraining"), "the long form in sentence case is the procedure too");
        assertTrue(mentions("A clip of the video is cut.").isEmpty());
        assertEquals(Relation.MODEL, bySurface("We probe several ViTs (ViT, DeiT, MAE and Swin) on tiles.").get("MAE"));
        assertEquals(Relation.METHOD, bySurface("We pretrain ViT with MAE on tiles.").get("MAE"));
        assertEquals(Relation.METHOD, bySurface("We train a causal flow matching model on speech.").get("flow matching"));
    }

    @Test
    void capitalisedWordsBeforeAKnownMultiWordNameMakeALongerNameOutsideTitles() {
        assertTrue(mentions("We build on Weighted Conformal Prediction for ranking.").isEmpty());
        assertEquals(Relation.METHOD, bySurface("We build on split Conformal Prediction for ranking.").get("Conformal Prediction"));
        Sentence title = NlpPipeline.shared().quickSentence("title", 0, "Weighted Conformal Prediction for Ranking");
        assertEquals(List.of("Conformal Prediction"), EntityRecognizer.find(title, List.of(), Lexicon.bundled()).stream()
                .map(EntityRecognizer.Mention::surface).toList());
    }

    @Test
    void aKnownNameInsideALongerDefinedNameIsNotMentioned() {
        Map<String, Relation> m = bySurface("It is based on the Sparse Mixture of Experts (SMoE) design.");
        assertEquals(Relation.METHOD, m.get("SMoE"));
        assertTrue(!m.containsKey("Mixture of Experts"), m.toString());
        assertEquals(Relation.METHOD, bySurface("It is based on the Mixture of Experts (MoE) design.").get("MoE"));
        Map<String, Relation> head = bySurface("We present the DINO Planning Agent (DINO-PA) for robots.");
        assertTrue(!head.containsKey("DINO"), "the first word of the paper's own defined name: " + head);
    }

    @Test
    void theNounBeforeAListOfUnknownNamesGivesTheirKind() {
        Map<String, Relation> m = bySurface("Prior graph generators (e.g., ZedVAE, PlexFlow and GDQX) saw one dataset each.");
        assertEquals(Relation.MODEL, m.get("ZedVAE"));
        assertEquals(Relation.MODEL, m.get("PlexFlow"));
        assertEquals(Relation.MODEL, m.get("GDQX"));
        Map<String, Relation> d = bySurface("We train on corpora such as QuixQA, ZorbQA and OpenAI's.");
        assertEquals(Relation.DATASET, d.get("ZorbQA"));
        assertTrue(!d.containsKey("OpenAI's"), d.toString());
    }

    @Test
    void plainCapitalisedWordsListedWithKnownModelsAreModels() {
        Map<String, Relation> m = bySurface("Open models (e.g., Pythia, Stable Diffusion, Quokka and OLMo) are popular.");
        assertEquals(Relation.MODEL, m.get("Quokka"));
        Map<String, Relation> one = bySurface("Models such as BERT and Quokka are popular.");
        assertTrue(!one.containsKey("Quokka"), "one known member is not enough: " + one);
        Map<String, Relation> split = bySurface("We report results on Split CIFAR-100, Split ImageNet-R and Split Quokka-7.");
        assertTrue(!split.containsKey("Split"), split.toString());
    }

    @Test
    void whatAScoreIsReportedOnIsADataset() {
        Map<String, Relation> m = bySurface("It scores +4.1 on QuixEval and 81.2% on the ZorbBench-2 suite (70.1% on V2).");
        assertEquals(Relation.DATASET, m.get("QuixEval"));
        assertEquals(Relation.DATASET, m.get("ZorbBench-2"));
        assertTrue(!m.containsKey("V2"), m.toString());
        assertTrue(!bySurface("It gains 3.2 EM and 1.5 on EX.").containsKey("EX"));
    }

    @Test
    void unknownNamesAfterAComparisonAreBaselines() {
        Map<String, Relation> m = bySurface("It reaches 81% on ImageNet, outperforming ZedKD and QuixMatch by far.");
        assertEquals(Relation.MODEL, m.get("ZedKD"));
        assertEquals(Relation.MODEL, m.get("QuixMatch"));
        assertEquals(EntityRecognizer.COMPARED_RULE, mentions("It beats nothing, compared to ZedKD.").get(0).rule());
        assertTrue(!bySurface("It is faster compared to LLM-QX methods.").containsKey("LLM-QX"));
    }

    @Test
    void capitalisedEnglishWordsAreNoBenchmarkNames() {
        assertTrue(mentions("Continual learning using Multiple Experts.").isEmpty());
        assertEquals(Relation.DATASET, bySurface("We also report MultiPL-E scores.").get("MultiPL-E"));
    }

    @Test
    void aPlainWordHeadingALongerNameIsNotTheLexiconEntity() {
        assertTrue(mentions("We train a Hierarchical Transformer on tiles.").isEmpty());
        assertEquals(Relation.MODEL, bySurface("We train the Transformer architecture on tiles.").get("Transformer"));
    }

    @Test
    void compoundsAndCommonWordsAreNotLexiconHits() {
        assertTrue(mentions("LLaMA-Pruner trims the math part of the palm reading arc.").isEmpty());
    }

    @Test
    void classWordAsModifierIsNoModel() {
        assertTrue(mentions("Transformer-based detectors and transformer-like mixers dominate the field.").stream()
                .noneMatch(m -> m.surface().equalsIgnoreCase("Transformer")));
        assertTrue(mentions("We distil a Transformer into a recurrent student.").stream()
                .anyMatch(m -> m.surface().equals("Transformer")));
    }

    @Test
    void thePluralArchitectureNameIsTheArchitectureOutsideTitles() {
        EntityRecognizer.Mention m = mentions("Recurrent nets still trail Transformers on long inputs.").get(0);
        assertEquals("Transformers", m.surface());
        assertEquals("transformer", m.entity().key());
        Sentence title = NlpPipeline.shared().quickSentence("title", 0, "Transformers Are Slow Learners");
        assertTrue(EntityRecognizer.find(title, List.of(), Lexicon.bundled()).isEmpty(), "a title speaks of the class");
    }

    @Test
    void namedTransformerArchitecturesWrittenInLowerCaseAreThoseModels() {
        List<EntityRecognizer.Mention> ms = mentions("Patch pruning speeds up vision transformers on phones.");
        assertEquals(List.of("vit"), ms.stream().map(x -> x.entity().key()).toList());
        assertEquals("vision transformers", ms.get(0).surface());
        assertEquals(List.of("dit"), mentions("Sampling from latent diffusion transformers is slow.").stream()
                .map(x -> x.entity().key()).toList());
    }

    @Test
    void aSpelledOutArchitectureKeepsTheNetworkNounItsNameLeavesOut() {
        List<EntityRecognizer.Mention> ms = mentions("Earlier taggers used long short-term memory networks over words.");
        assertEquals(List.of("long short-term memory networks"), ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("lstm", ms.get(0).entity().key());
        assertEquals(List.of("vision transformer"), mentions("We stack a vision transformer network on top.").stream()
                .map(EntityRecognizer.Mention::surface).toList(), "the name already ends in its kind");
        assertEquals(List.of("lcm"), mentions("Audio is decoded by a latent consistency model in four steps.").stream()
                .map(x -> x.entity().key()).toList());
    }

    @Test
    void theSpelledOutNameOfBertIsBertNotTheTransformer() {
        List<EntityRecognizer.Mention> ms = mentions("We fine-tune Bidirectional Encoder Representations from Transformers on notes.");
        assertEquals(List.of("bert"), ms.stream().map(x -> x.entity().key()).toList());
    }

    @Test
    void namesInsideAnAddressAreNoMentions() {
        assertTrue(mentions("Weights are at https://example.org/models/CLIP and docs at tiny.cc/BERT.").isEmpty());
        assertTrue(MentionExtent.insideUrl("see www.example.org/ViT", 20));
        assertEquals(Relation.MODEL, bySurface("We compare CLIP and/or BERT.").get("BERT"), "a slash alone makes no address");
        assertEquals(Relation.MODEL, bySurface("Judges were GPT-3.5/GPT-4 in turn.").get("GPT-4"), "nor a version number");
        assertTrue(MentionExtent.insideUrl("see github.com/acme/BERT", 20));
    }

    @Test
    void aNameBeforeStyleOrLikeDescribesOtherModels() {
        assertTrue(mentions("We train a GPT style decoder and a BERT-like encoder.").isEmpty());
        assertEquals(Relation.MODEL, bySurface("We fine-tune BERT like earlier work did.").get("BERT"), "'like' as a preposition");
    }

    @Test
    void aKnownNameWrittenWithItsAcronymInsideIsOneMention() {
        List<EntityRecognizer.Mention> ms = mentions("Plain chain-of-thought (CoT) prompting helps small solvers.");
        assertEquals(List.of("chain-of-thought (CoT) prompting"), ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals(Relation.METHOD, ms.get(0).relation());
        List<EntityRecognizer.Mention> lr = mentions("We attach low-rank (LR) adaptation modules to each block.");
        assertEquals(List.of("low-rank (LR) adaptation"), lr.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("lora", lr.get(0).entity().key(), "the long form alone is no entry, with its next word it is");
        assertEquals(List.of("in-context learning", "ICL"), mentions("Models do in-context learning (ICL) -- they adapt.").stream()
                .map(EntityRecognizer.Mention::surface).toList(), "a dash after the parenthesis is no word of the name");
        assertEquals(List.of("CoT"), mentions("We use chain-of-thought (CoT) for math.").stream()
                .map(EntityRecognizer.Mention::surface).filter(x -> x.equals("CoT")).toList(), "no known name with the next word");
    }

    @Test
    void theClassicGenerativeArchitecturesAreClassNamesLikeCnn() {
        assertTrue(mentions("The decoder is a variational auto-encoder (VAE) trained with a GAN critic.").isEmpty());
    }

    @Test
    void aModelNameTheTextCallsAnApproachIsAMethod() {
        assertEquals(Relation.METHOD, bySurface("Our synthetic set follows the Magicoder approach to seeding.").get("Magicoder"));
        assertEquals(Relation.MODEL, bySurface("Magicoder approaches our score on two suites.").get("Magicoder"));
        assertEquals(Relation.MODEL, bySurface("We fine-tune Magicoder on the new set.").get("Magicoder"));
    }

    @Test
    void aTitleSpellingOutTheAcronymItsNameIsBuiltOnUsesNoTechnique() {
        Sentence own = NlpPipeline.shared().quickSentence("title", 0, "ChirpMAE: Masked Autoencoders for Bird Songs");
        assertTrue(EntityRecognizer.find(own, List.of(), Lexicon.bundled()).isEmpty());
        Sentence other = NlpPipeline.shared().quickSentence("title", 0, "BirdNet: Masked Autoencoders for Bird Songs");
        assertEquals(List.of("mae"), EntityRecognizer.find(other, List.of(), Lexicon.bundled()).stream()
                .map(x -> x.entity().key()).toList());
    }

    @Test
    void clozeStyleFewShotTrainingIsAKnownMethod() {
        assertEquals(Relation.METHOD, bySurface("We combine adapters with pattern exploiting training for stance labels.")
                .get("pattern exploiting training"));
    }

    @Test
    void itemsListedAfterABenchmarkCueAreDatasets() {
        Map<String, Relation> m = bySurface("We test on three parsing benchmarks: TREEX, QuillSet and SPIDER.");
        assertEquals(Relation.DATASET, m.get("TREEX"));
        assertEquals(Relation.DATASET, m.get("QuillSet"));
        assertEquals(Relation.DATASET, m.get("SPIDER"), "a known name in a case its entry accepts only in context");
        assertEquals(null, bySurface("We test on three parsing benchmarks: results improve a lot.").get("results"));
    }

    @Test
    void capitalisedNamesEndingInBenchmarkOrCorpusAreDatasets() {
        Map<String, Relation> m = bySurface("Our encoder ranks first on the Open Receipt Parsing Benchmark today.");
        assertEquals(Relation.DATASET, m.get("Open Receipt Parsing Benchmark"));
        assertTrue(bySurface("The Benchmark is hard.").isEmpty());
    }

    @Test
    void listCueScanFindsWhatTheRegexFinds() {
        // the regex the hand scan replaced, kept here as its specification
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(
                "\\b(?:on|across|over|including|include|namely|such as|like|e\\.g\\.,?|with|against|than)\\s+(?:the\\s+)?");
        String[] parts = {"on", "only", "across", "over", "including", "include", "namely", "such as", "such",
            "like", "likes", "e.g.", "e.g.,", "with", "without", "against", "than", "the", "theory", "Foo", "x_on",
            "2on", " ", "  ", "\t", ",", ".", "(", "-", "\n"};
        java.util.Random rnd = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(12); k >= 0; k--) {
                b.append(parts[rnd.nextInt(parts.length)]);
                if (rnd.nextBoolean()) {
                    b.append(' ');
                }
            }
            String t = b.toString();
            java.util.regex.Matcher m = regex.matcher(t);
            for (int from = 0; from <= t.length(); from++) {
                int[] got = EntityRecognizer.listCue(t, from);
                boolean found = m.find(from);
                String where = "'" + t + "' from " + from;
                assertEquals(found, got != null, where);
                if (found) {
                    assertEquals(m.start(), got[0], where);
                    assertEquals(m.end(), got[1], where);
                }
            }
        }
    }

    @Test
    void aStarredLetterBelongsToTheBenchmarkName() {
        List<EntityRecognizer.Mention> ms = mentions("The agent gains 12.3% on W^* Bench and 8.1% on Q* Benchmark.");
        List<EntityRecognizer.Mention> sets = ms.stream().filter(m -> m.relation() == Relation.DATASET).toList();
        assertEquals(List.of("W* Bench", "Q* Benchmark"), sets.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("wstarbench", sets.get(0).entity().key());  // not the key of a starless "WBench"
        assertTrue(mentions("We report results on the Bench of the lab.").stream()
                .noneMatch(m -> m.relation() == Relation.DATASET), "a lone generic word is no dataset");
    }

    private static List<String> datasets(String sentence) {
        return mentions(sentence).stream().filter(m -> m.relation() == Relation.DATASET)
                .map(EntityRecognizer.Mention::surface).toList();
    }

    @Test
    void aListedNameKeepsItsSizeOrVersion() {
        assertEquals(List.of("AlphaSet", "Beta77", "QRS 60", "QRS 120"),
                datasets("It wins on AlphaSet, Beta77, QRS 60 and QRS 120 datasets."));
        List<EntityRecognizer.Mention> spaced = mentions("It is better on FooBar and MOT 17 benchmarks.");
        assertEquals("MOT 17", spaced.get(1).surface());  // the known MOT17, spaced where its name is not
        assertEquals("mot17", spaced.get(1).entity().key());
        assertTrue(datasets("We test on Zebra-19 and QRS 2021 datasets.").stream().noneMatch(n -> n.contains("2021")),
                "a year after a name is when, not which version");
    }

    @Test
    void aBareVersionIsNoListedDataset() {
        assertTrue(datasets("Scores rise on the datasets of FooSet (61.0% on V1 and 70.2% on V2).").stream()
                .noneMatch(n -> n.matches("[Vv]\\d+")));
    }

    @Test
    void namesInParenthesesAfterDatasetsAreListed() {
        assertEquals(List.of("ABC", "DeltaWalk", "PLANK", "Zeta9-v3"),
                datasets("Results over four datasets (ABC, DeltaWalk, PLANK and Zeta9-v3) show gains."));
    }

    @Test
    void aPlainWordListedWithANameBeforeDatasetsIsAName() {
        assertEquals(List.of("QUUX++", "Harbor"), datasets("Experiments on the QUUX++ and Harbor datasets show it."));
        assertEquals(List.of(), datasets("Experiments on the Chinese and Clinical datasets show it."));
    }

    @Test
    void aKnownDatasetOpeningAnotherDefinitionIsNotNamed() {
        // "Atari" opens the long form; the acronym is the name the text gives
        List<EntityRecognizer.Mention> ms = mentions("Agents are scored in the Atari Game Environment (AGE) here.");
        assertEquals(List.of("AGE"), ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals(List.of("Atari"), datasets("Agents play Atari games for days."));
    }

    @Test
    void aBareSizeAfterASizedDatasetSharesItsName() {
        List<EntityRecognizer.Mention> ms = mentions("Retrieval is faster on LAION-400M and 5B.").stream()
                .filter(m -> m.relation() == Relation.DATASET).toList();
        assertEquals(List.of("LAION-400M", "LAION-5B"), ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("laion", ms.get(1).entity().familyKey());
        assertEquals(List.of("CIFAR-10", "CIFAR-100"), datasets("We train on CIFAR-10 and 100."));
        assertEquals(List.of("CIFAR-10"), datasets("We train on CIFAR-10 and 100 classes of a private set."));
        assertEquals(List.of("CIFAR-10", "SVHN"), datasets("It gains 3.1 pp on CIFAR-10, and 6.17 pp on SVHN."));
    }

    @Test
    void unknownMembersOfAParenthesisedListOfKnownDatasetsAreDatasets() {
        assertEquals(List.of("MNIST", "QRX", "SQuAD", "Walrus"),
                datasets("It transfers to other domains (SQuAD, QRX, MNIST, Walrus) without tuning.").stream().sorted().toList());
        assertEquals(List.of("SQuAD"), datasets("It transfers (SQuAD, BERT, QRX) without tuning."),
                "a model in the parenthesis: not a list of datasets");
        assertEquals(List.of("CIFAR-10", "MNIST"), datasets("The scores (MNIST, CIFAR-10, Overall, Reasoning) rise.")
                .stream().sorted().toList(), "aggregates and categories are no datasets");
    }

    @Test
    void aNameRightAfterDatasetIsThatDataset() {
        assertEquals(List.of("QX-LDD"), datasets("We also report scores on the dataset QX-LDD with two classes."));
        assertEquals(List.of(), datasets("We release the dataset and code for reuse."));
        assertEquals(List.of("ZetaText 2.0"), datasets("Scores are given for the corpus called ZetaText 2.0 here."));
    }

    @Test
    void yearEditionsOfACompetitionAreTheirOwnBenchmarks() {
        List<EntityRecognizer.Mention> ms = mentions("It is tested on AIME24 & 25, and on MATH500.");
        assertEquals(List.of("AIME24=aime2024", "AIME25=aime2025", "MATH500=math500"),
                ms.stream().map(m -> m.surface() + "=" + m.entity().key()).sorted().toList());
    }

    @Test
    void listsAfterDatasetsIeAndCollectionsNamingAModel() {
        assertEquals(List.of("BarNews", "Foo-20", "MNIST", "QRSTD"), datasets(
                "We test on several benchmark datasets, i.e., MNIST, QRSTD, Foo-20, and BarNews.").stream().sorted().toList());
        List<EntityRecognizer.Mention> ms = mentions("Our detector beats people on the Grand GPT-4 Dialogue Corpus.");
        assertEquals(List.of("Grand GPT-4 Dialogue Corpus"), ms.stream().map(EntityRecognizer.Mention::surface).toList());
    }

    @Test
    void aMixedCaseNameAfterAKnownDatasetNamesItsPart() {
        List<EntityRecognizer.Mention> ms = mentions("Models tuned on the COCO FooParts split transfer well.");
        assertEquals(List.of("COCO FooParts"), ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("coco", ms.get(0).entity().familyKey());
        assertEquals(List.of("KITTI"), datasets("It reaches 0.05 on KITTI AbsRel overall."), "a metric is no part");
    }

    @Test
    void aListedItemMayTakeTheArticle() {
        assertEquals(List.of("FooBench", "QuuxQA", "Zebra Corpus"),
                datasets("We evaluate on three benchmarks: FooBench, QuuxQA and the Zebra Corpus."));
    }

    @Test
    void aNameInAppositionToAModelClassNounIsAModel() {
        Map<String, Relation> m = bySurface("A recent compact vision architecture, QuoNet3, with this recipe rivals larger ones.");
        assertEquals(Relation.MODEL, m.get("QuoNet3"));
        assertTrue(bySurface("We design a novel light backbone, ZeroLite5, for phones.").isEmpty());
    }

    @Test
    void aDimensionBeforeAKnownArchitectureIsPartOfItsName() {
        List<EntityRecognizer.Mention> ms = mentions("Voxel grids are encoded by a 3D Swin Transformer.");
        assertEquals("3D Swin Transformer", ms.get(0).surface());
        assertEquals("swintransformer", ms.get(0).entity().familyKey());
    }

    @Test
    void aWebSourceIsADatasetOnlyWhereItsTextIsTheData() {
        assertEquals(Relation.DATASET, bySurface("The tagger is pretrained on Wikipedia articles in Welsh.").get("Wikipedia"));
        assertTrue(bySurface("Answers are styled like Wikipedia for readers.").isEmpty());
    }

    @Test
    void aSpelledOutTechniqueBeforeModelsNamesAClassOfModels() {
        assertEquals(Relation.METHOD, bySurface("Each block is a Mixture-of-Experts layer.").get("Mixture-of-Experts"));
        assertTrue(bySurface("Sparse and dense alike, Mixture-of-Experts models scale well.").isEmpty());
    }

    @Test
    void namesListedAfterAComparedClassNounAreBaselines() {
        Map<String, Relation> m = bySurface("It ranks higher than strong prior systems including KestrelV3 and Lumen 4.2 on retrieval.");
        assertEquals(Relation.MODEL, m.get("KestrelV3"));
        assertEquals(Relation.MODEL, m.get("Lumen 4.2"));
        assertTrue(bySurface("We see Figure 3.1 on page two.").isEmpty());
    }

    @Test
    void aNameEndingInAnArchitectureWordIsAModel() {
        Map<String, Relation> m = bySurface("Unlike RivalNet, we build on BarFormer-2 and SmolBERT for tagging.");
        assertEquals(Relation.MODEL, m.get("RivalNet"));
        assertEquals(Relation.MODEL, m.get("BarFormer-2"));
        assertEquals(Relation.MODEL, m.get("SmolBERT"));
        assertTrue(bySurface("The Internet and Network traffic grew.").isEmpty());
    }

    @Test
    void aListAfterAModelHeadAndAColonOrACommaHoldsModels() {
        Map<String, Relation> m = bySurface("We probe three chat models: LynxVL, OtterChat and Tern-3.");
        assertEquals(Relation.MODEL, m.get("LynxVL"));
        assertEquals(Relation.MODEL, m.get("OtterChat"));
        assertEquals(Relation.MODEL, m.get("Tern-3"));
        assertEquals(Relation.MODEL, bySurface("We tune two encoders, namely QuillLM and WispLM, on notes.").get("WispLM"));
        assertTrue(bySurface("It covers two models: small ones and large ones.").isEmpty());
    }

    @Test
    void aNameInARoleOnlyANetworkPlaysIsAModel() {
        Map<String, Relation> m = bySurface("We take QuixLM as the teacher; the student is initialized from Orbis-7 weights.");
        assertEquals(Relation.MODEL, m.get("QuixLM"));
        assertEquals(Relation.MODEL, m.get("Orbis-7"));
        assertTrue(bySurface("We treat accuracy as the teacher signal.").isEmpty());
    }

    @Test
    void aLanguageBeforeAKnownModelNamesThatLanguagesModel() {
        List<EntityRecognizer.Mention> ms = mentions("Scores follow the recipe of Dutch BERT for tagging.");
        assertEquals("Dutch BERT", ms.get(0).surface());
        assertEquals("bert", ms.get(0).entity().familyKey());
        assertEquals("BERT", mentions("We adapt the Dutch BERT and GPT-2 models to Frisian.").get(0).surface());
    }

    @Test
    void aResolutionAfterAKnownDatasetNamesItsDownsampledVersion() {
        List<EntityRecognizer.Mention> ms = mentions("Generators are trained on ImageNet 64 x 64 and CIFAR-10.");
        assertEquals(List.of("ImageNet 64 x 64", "CIFAR-10"), ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("imagenet", ms.get(0).entity().familyKey());
    }

    @Test
    void aKnownModelNameBeforeBenchmarkNamesACollection() {
        assertEquals(Relation.DATASET, bySurface("It scores 61.0 on the Video-ChatGPT benchmark.").get("Video-ChatGPT"));
        assertEquals(Relation.MODEL, bySurface("It beats Video-ChatGPT on every clip.").get("Video-ChatGPT"));
    }

    @Test
    void splitsAndReleaseNumbersAfterAKnownDatasetBelongToIt() {
        List<EntityRecognizer.Mention> ms = mentions(
                "WER is reported on LibriSpeech test-other and Common Voice 17.0, and boxes on LVIS minival Foo achieves.");
        assertEquals(List.of("LibriSpeech test-other", "Common Voice 17.0", "LVIS minival"),
                ms.stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("ImageNet", mentions("Top-1 on ImageNet 12.5% higher.").get(0).surface());
    }

    @Test
    void spacedReleasesAndCheckpointSuffixesAfterAKnownModelBelongToIt() {
        assertEquals(List.of("TabPFN v2", "Open-Sora 1.2", "FLUX.1-dev"),
                mentions("We compare TabPFN v2, Open-Sora 1.2 and FLUX.1-dev on our data.").stream()
                        .map(EntityRecognizer.Mention::surface).toList());
        assertEquals("Whisper", mentions("Whisper 2.5 points behind.").get(0).surface());
    }

    @Test
    void aVerbOrPrepositionOpeningTheSentenceIsNoPartOfAName() {
        assertEquals(Relation.MODEL, bySurface("Using Contriever as retriever, we answer questions.").get("Contriever"));
        assertEquals(null, bySurface("Training 1B and 7B models on web text is costly.").get("Training 1B"));
    }

    @Test
    void aMetricNamedAfterAModelIsNoModel() {
        assertTrue(mentions("Identity is kept: the DINO score rises and CLIP-T stays at 0.30.").isEmpty());
        assertEquals(Relation.MODEL, bySurface("We extract DINO features for every crop.").get("DINO"));
    }

    @Test
    void unknownNamesListedWithTwoKnownModelsAreModelsWithoutACueWord() {
        Map<String, Relation> m = bySurface("We re-train GCN, GAT, QuillFormer and Zephyrion under one protocol.");
        assertEquals(Relation.MODEL, m.get("QuillFormer"));
        assertEquals(Relation.MODEL, m.get("Zephyrion"));
        assertEquals(null, bySurface("We re-train GCN, GAT, Pre-Trained LM and others.").get("Pre-Trained"));
    }

    @Test
    void aComparedNameListedWithKnownMethodsIsAMethod() {
        Map<String, Relation> m = bySurface("Our scheme outperforms GPTQ, AWQ and GlintQuant at four bits.");
        assertEquals(Relation.METHOD, m.get("GlintQuant"));
        assertEquals(EntityRecognizer.COMPARED_RULE + "-listed", mentions("Our scheme outperforms GPTQ, AWQ and GlintQuant.")
                .stream().filter(x -> x.surface().equals("GlintQuant")).findFirst().orElseThrow().rule());
    }

    @Test
    void gainsOverAndRelativeToNameTheComparedSystems() {
        Map<String, Relation> m = bySurface("It improves PSNR by 1.3 dB over glintSplat and MorrowGS, and WER by 9% relative to Auto-Quill.");
        assertEquals(Relation.MODEL, m.get("MorrowGS"));
        assertEquals(Relation.MODEL, m.get("Auto-Quill"));
    }

    @Test
    void namesListedAfterAnEvaluationCueAreDatasets() {
        Map<String, Relation> m = bySurface("On QuarryPose and MarbleCap-3D, our model renders twice as fast.");
        assertEquals(Relation.DATASET, m.get("QuarryPose"));
        assertEquals(Relation.DATASET, m.get("MarbleCap-3D"));
        assertEquals(Relation.DATASET, bySurface("Extensive experiments on FernQA and WillowBench show gains.").get("FernQA"));
        assertTrue(!bySurface("We build on FernNet and WillowLM for speed.").containsValue(Relation.DATASET), "no evaluation cue");
    }

    @Test
    void moreCheckpointSuffixesBelongToTheKnownModel() {
        assertEquals(List.of("Stable Diffusion 3 Medium", "VideoMAE V2", "EfficientNet-Lite0", "Zephyr-7B-beta", "Phi-3.5-vision"),
                mentions("We tried Stable Diffusion 3 Medium, VideoMAE V2, EfficientNet-Lite0, Zephyr-7B-beta and Phi-3.5-vision.")
                        .stream().map(EntityRecognizer.Mention::surface).toList());
        assertEquals("PaliGemma", mentions("A PaliGemma vision-language backbone is used.").get(0).surface());
    }

    @Test
    void numberFormatsAreNoNames() {
        Map<String, Relation> m = bySurface("At four bits it loses 1% relative to FP32 and outperforms BF16, INT8 and GlintQuant.");
        assertEquals(null, m.get("FP32"));
        assertEquals(null, m.get("INT8"));
        assertEquals(Relation.MODEL, m.get("GlintQuant"));
    }

    @Test
    void aModalityWordBetweenANameAndItsModelHeadIsSkipped() {
        assertEquals(Relation.MODEL, bySurface("Features come from a frozen LarkViL-T image encoder.").get("LarkViL-T"));
        assertTrue(bySurface("We adapt a pre-traIned language model to contracts.").isEmpty());
    }

    @Test
    void aNameBeforeTestSetOrDevSetIsADataset() {
        assertEquals(Relation.DATASET, bySurface("It runs in real time on the CholecFoo8k test set.").get("CholecFoo8k"));
        assertEquals(Relation.DATASET, bySurface("Accuracy on the QuillSQL dev set rises.").get("QuillSQL"));
    }

    @Test
    void aCapitalisedArticleMidSentenceBelongsToTheCollectionName() {
        assertEquals("The Pile", mentions("Domains are sampled from The Pile for each run.").get(0).surface());
        assertEquals("Pile", mentions("Domains are sampled from the Pile for each run.").get(0).surface());
        assertEquals("Pile", mentions("The Pile is large.").get(0).surface());
    }
}
