package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static List<EntityFact> resolve(String... sentences) {
        List<Sentence> ss = new ArrayList<>();
        List<List<EntityRecognizer.Mention>> ms = new ArrayList<>();
        List<AcronymDetector.Acronym> acr = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            Sentence s = NlpPipeline.shared().quickSentence("abstract", i, sentences[i]);
            List<AcronymDetector.Acronym> a = AcronymDetector.find(s.text());
            acr.addAll(a);
            ss.add(s);
            ms.add(EntityRecognizer.find(s, a, Lexicon.bundled()));
        }
        return EntityResolver.resolve(ss, ms, acr);
    }

    /** The surface each resolved fact of the sentences is spelled with. */
    private static List<String> surfaces(String... sentences) {
        return resolve(sentences).stream().map(EntityFact::surface).toList();
    }

    @Test
    void spellingVariantsAndAliasesAreOneEntity() {
        List<EntityFact> fs = resolve("We start from ResNet50 and Llama 2.", "Later ResNet-50 and LLaMA-2 are tuned with "
                + "Low-Rank Adaptation.", "LoRA is cheap.");
        assertEquals(List.of("resnet50", "llama2", "lora"), fs.stream().map(f -> f.entity().key()).toList());
    }

    @Test
    void longFormResolvesToTheAcronymDefinedInThePaper() {
        List<EntityFact> fs = resolve("We apply Gated Token Pruning (GTP) to every layer.", "Gated Token Pruning is fast.");
        assertEquals(1, fs.size());
        assertEquals("gtp", fs.get(0).entity().key());
        assertEquals("GTP", fs.get(0).surface());
    }

    @Test
    void pluralAcronymsAndSizeVariants() {
        assertEquals("ttm", EntityResolver.key("TTMs"));
        assertEquals("resnets", EntityResolver.key("ResNets"), "not an acronym plural: the lexicon handles it");
        Entity v = EntityResolver.variant("Orbit-2-13B", null);
        assertEquals("orbit213b", v.key());
        assertEquals("orbit2", v.familyKey());
        assertEquals("resnet", Lexicon.bundled().lookup("ResNets").key());
    }

    @Test
    void theKindTheTextGivesANameHoldsForThePaper() {
        List<EntityFact> fs = resolve("We study RAG models for scraping.", "RAG retrieves pages first.");
        assertEquals(List.of("model|rag-model"), fs.stream().map(f -> f.relation().label() + "|" + f.entity().key()).toList());
        assertEquals("rag", fs.get(0).entity().familyKey(), "the network is linked to the lexicon's RAG");
        assertEquals("RAG", fs.get(0).surface());
    }

    @Test
    void aPluralOrOtherNearSpellingDoesNotDisplaceTheFirstSurface() {
        assertEquals(List.of("hypernetworks"),
                surfaces("The predictor is built from hypernetworks.", "Each hypernetwork-based head is small."));
    }

    @Test
    void theSpellingOfThePapersDefinitionNamesTheFact() {
        List<EntityFact> fs = resolve("We probe Vision Transformers (ViTs) on noisy inputs.", "Each ViT layer is pruned.",
                "A second ViT head is added.");
        assertEquals(List.of("vit|ViTs"), fs.stream().map(f -> f.entity().key() + "|" + f.surface()).toList(),
                "the plural acronym is the lexicon's ViT, spelled as the paper defines it");
    }

    @Test
    void aNameWrittenWithItsAcronymInsideKeepsThatSpelling() {
        assertEquals(List.of("chain-of-thought (CoT) prompting"),
                surfaces("Zero-shot chain-of-thought (CoT) prompting is our baseline.", "CoT helps little here."));
    }

    @Test
    void aKnownTechniqueInsideANameThePaperDefinesElsewhereIsPartOfThatName() {
        List<EntityFact> fs = resolve("Drift-aware Prompt Learning for Sensors", "We propose Drift-aware Prompt learning (DaPrompt).",
                "It is tuned with LoRA.");
        assertEquals(List.of("lora"), fs.stream().map(f -> f.entity().key()).filter(k -> !k.equals("daprompt")).toList());
        List<EntityFact> used = resolve("Prompt Learning for Sensors", "We propose Drift-aware Prompt learning (DaPrompt).");
        assertTrue(used.stream().anyMatch(f -> f.entity().key().equals("promptlearning")), "alone it is the technique");
    }

    @Test
    void theModelsOfALearningSettingAreNoModelNamedAfterIt() {
        assertEquals(List.of(), surfaces("Online learning (OL) adapts to streams.", "Classic OL models forget."));
        assertTrue(surfaces("Gated Token Pruning (GTP) is cheap.", "Classic GTP models forget.").contains("GTP"),
                "a technique's acronym before 'models' still names something");
    }

    @Test
    void withoutADefinitionTheSpellingWrittenMostOftenNamesTheFact() {
        assertEquals(List.of("Vision Transformer"), surfaces("The Vision Transformer is strong on video.",
                "We pretrain a Vision Transformer on clips.", "Its ViT encoder stays frozen."));
        assertEquals(List.of("ViT"), surfaces("The Vision Transformer is strong.", "Its ViT encoder stays frozen."),
                "a tie keeps the shorter name");
    }

    @Test
    void aDatasetSpelledLikeTheTaskAcronymThePaperDefinesIsTheTask() {
        List<EntityFact> fs = resolve("Visual Question Answering (VQA) is hard.", "We build a multilingual VQA system.");
        assertEquals(List.of(), fs.stream().filter(f -> f.relation() == Relation.DATASET).toList());
        List<EntityFact> named = resolve("Visual Question Answering (VQA) is hard.", "We test on the VQA dataset.");
        assertEquals(List.of("vqa"), named.stream().filter(f -> f.relation() == Relation.DATASET)
                .map(f -> f.entity().key()).toList());
    }

    @Test
    void baselinesOfAPaperThatPutsForwardAMethodAreMethods() {
        List<EntityFact> method = resolve("Our method is simple.", "It outperforms ZedKD and QuixMatch.");
        assertEquals(List.of(Relation.METHOD, Relation.METHOD), method.stream().map(EntityFact::relation).toList());
        List<EntityFact> model = resolve("The network is simple.", "It outperforms ZedKD and QuixMatch.");
        assertEquals(List.of(Relation.MODEL, Relation.MODEL), model.stream().map(EntityFact::relation).toList());
    }

    @Test
    void bestEvidenceWins() {
        List<EntityFact> fs = resolve("Our OrcaNet backbone is small.", "We compare with OrcaNet-7B and BERT.");
        EntityFact bert = fs.stream().filter(f -> f.entity().key().equals("bert")).findFirst().orElseThrow();
        assertEquals("entity.lexicon", bert.evidence().rule());
        assertEquals(0.9, bert.evidence().confidence());
    }

    @Test
    void aPluralNameAlsoWrittenInTheSingularTakesTheSingular() {
        assertEquals(List.of("Transformer"), surfaces("Transformers now rule speech tagging.",
                "We stack eight Transformer layers."));
        assertEquals(List.of("Transformers"), surfaces("Transformers now rule speech tagging.", "Transformers are slow."));
    }

    @Test
    void anAcronymOfAFieldOrAKindOfDataBeforeDatasetsIsNoDataset() {
        assertEquals(List.of(), datasets("Node tasks on word-labelled graphs (WLGs) are hard.", "We test on five WLG datasets."));
        assertEquals(List.of(), datasets("Deep Shape Learning (DSL) is young.", "Few DSL benchmarks exist."));
    }

    private static List<String> datasets(String... sentences) {
        return resolve(sentences).stream().filter(f -> f.relation() == Relation.DATASET).map(EntityFact::surface).toList();
    }

    @Test
    void baselinesOfAPaperThatNamesItsOwnProcedureAreMethods() {
        List<EntityFact> fs = resolve("We propose GlintMix, an augmentation that mixes styles.",
                "It improves Dice by 4.1% over QuillStyle and RandFoo.");
        assertTrue(fs.stream().filter(f -> f.surface().equals("QuillStyle")).allMatch(f -> f.relation() == Relation.METHOD));
        assertTrue(fs.stream().anyMatch(f -> f.surface().equals("QuillStyle")));
        List<EntityFact> models = resolve("We propose GlintNet, a network for scans.", "It improves Dice by 4.1% over QuillStyle.");
        assertTrue(models.stream().filter(f -> f.surface().equals("QuillStyle")).allMatch(f -> f.relation() == Relation.MODEL));
    }
}
