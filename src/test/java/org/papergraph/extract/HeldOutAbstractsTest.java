package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.source.Paper;

/**
 * A small held-out check: abstracts written for this test (never tuned on the dev set) with the entities a
 * careful reader would list, scored like score.py (case and punctuation folded, micro F1 per category).
 */
class HeldOutAbstractsTest {
    /** An invented paper and what it names. */
    record Case(String title, String text, List<String> proposes, List<String> datasets, List<String> models,
                List<String> methods) {
    }

    static final List<Case> CASES = List.of(
            new Case("GlimmerNet: Efficient Token Pruning for Vision Transformers",
                    "Vision Transformers (ViTs) are expensive at high resolution. We propose GlimmerNet, a pruning "
                            + "network that drops redundant patches. On ImageNet-1K, GlimmerNet reduces the FLOPs of "
                            + "DeiT-S by 40% with a 0.3% accuracy drop, and transfers to COCO detection with Mask R-CNN.",
                    List.of("GlimmerNet"), List.of("ImageNet-1K", "COCO"), List.of("Vision Transformers (ViTs)", "DeiT-S", "Mask R-CNN"), List.of()),
            new Case("Teaching Small Models to Reason with Verified Traces",
                    "Chain-of-thought (CoT) prompting helps large models, but small models struggle. We introduce "
                            + "Trace Verification Distillation (TVD), which filters rationales sampled from GPT-4 before "
                            + "distilling them into Mistral-7B. TVD improves accuracy on GSM8K by 9.1 points and on "
                            + "MATH by 4.2 points over standard knowledge distillation.",
                    List.of("TVD"), List.of("GSM8K", "MATH"), List.of("GPT-4", "Mistral-7B"),
                    List.of("CoT", "knowledge distillation")),
            new Case("A Benchmark for Multilingual Spoken Question Answering",
                    "We present SpokenQA-50, a new benchmark of 50 languages with recorded questions. We evaluate "
                            + "Whisper and wav2vec 2.0 cascades with a Flan-T5 reader, and find that word error rate "
                            + "explains most of the gap. The data are released at https://example.org/spokenqa.",
                    List.of("SpokenQA-50"), List.of(), List.of("Whisper", "wav2vec 2.0", "Flan-T5"), List.of()),
            new Case("Sparse Mixtures for Long Documents",
                    "We study routing in Mixture-of-Experts (MoE) language models for long inputs. Our method, "
                            + "RouteKeeper, caches expert choices across segments. Built on Mixtral-8x7B, RouteKeeper "
                            + "matches full attention on LongBench and SCROLLS while using FlashAttention kernels.",
                    List.of("RouteKeeper"), List.of("LongBench", "SCROLLS"), List.of("Mixtral-8x7B"),
                    List.of("MoE", "FlashAttention")),
            new Case("PolyDock: Learning Protein-Ligand Docking with Equivariant Networks",
                    "Docking is a central step in drug discovery. PolyDock is an equivariant graph model trained on "
                            + "PDBbind. Compared with AlphaFold and classical scoring, PolyDock lowers the median RMSD "
                            + "to 1.9 angstrom and is 30 times faster.",
                    List.of("PolyDock"), List.of("PDBbind"), List.of("AlphaFold"), List.of()),
            new Case("Preference Optimization without Reward Models",
                    "Reinforcement learning from human feedback (RLHF) with PPO is unstable. Direct Preference "
                            + "Optimization (DPO) avoids the reward model. We propose Margin-Aware Preference "
                            + "Optimization (MAPO) and fine-tune Llama 3 8B on UltraFeedback; MAPO wins 61% of "
                            + "comparisons on AlpacaEval 2.0 and scores 8.1 on MT-Bench.",
                    List.of("MAPO"), List.of("UltraFeedback", "AlpacaEval 2.0", "MT-Bench"), List.of("Llama 3 8B"),
                    List.of("RLHF", "PPO", "DPO")),
            new Case("Cheap Segmentation Labels from Foundation Models",
                    "We use the Segment Anything Model (SAM) and CLIP to produce pseudo-labels for semantic "
                            + "segmentation. A SegFormer trained on these labels reaches 44.0 mIoU on ADE20K and 76.5 "
                            + "on Cityscapes, close to fully supervised training.",
                    List.of(), List.of("ADE20K", "Cityscapes"), List.of("SAM", "CLIP", "SegFormer"), List.of()),
            new Case("QuickSpeak: Streaming Text-to-Speech on Device",
                    "QuickSpeak is a streaming text-to-speech model that runs on phones. It distills a HiFi-GAN "
                            + "vocoder into a causal convolutional decoder and is trained on LibriTTS and VCTK. "
                            + "Listeners rate it 4.21 MOS, on par with VITS.",
                    List.of("QuickSpeak"), List.of("LibriTTS", "VCTK"), List.of("HiFi-GAN", "VITS"), List.of()),
            new Case("Revisiting Batch Size in Contrastive Pre-training",
                    "We revisit SimCLR and MoCo v3 with ResNet-50 and ViT-B/16 encoders on ImageNet. With the LAMB "
                            + "optimizer and label smoothing, small batches recover most of the linear probing "
                            + "accuracy of large ones.",
                    List.of(), List.of("ImageNet"), List.of("ResNet-50", "ViT-B/16"),
                    List.of("SimCLR", "MoCo v3", "LAMB", "label smoothing", "linear probing")),
            new Case("TableTalk: Instruction Tuning for Spreadsheet Agents",
                    "We release TableTalk, a dataset of 120k spreadsheet instructions, and TalkLM, a model fine-tuned "
                            + "from Qwen2.5-7B-Instruct with LoRA. TalkLM outperforms GPT-4o-mini on WikiTableQuestions "
                            + "and TabFact.",
                    List.of("TableTalk", "TalkLM"), List.of("WikiTableQuestions", "TabFact"),
                    List.of("Qwen2.5-7B-Instruct", "GPT-4o-mini"), List.of("LoRA")));

    private static Tally tally;

    @BeforeAll
    static void run() {
        RuleExtractor x = RuleExtractor.create();
        tally = new Tally("held-out");
        for (Case c : CASES) {
            Extraction e = x.extract(Paper.builder().title(c.title()).abstractText(c.text()).build());
            tally.add("proposes", c.proposes(), surfaces(e, Relation.PROPOSES), true, c.title());
            tally.add("datasets", c.datasets(), surfaces(e, Relation.DATASET), true, c.title());
            tally.add("models", c.models(), surfaces(e, Relation.MODEL), true, c.title());
            tally.add("methods", c.methods(), surfaces(e, Relation.METHOD), true, c.title());
        }
        tally.print();
    }

    static Set<String> surfaces(Extraction e, Relation r) {
        Set<String> out = new HashSet<>();
        e.factsOf(EntityFact.class).stream().filter(f -> f.relation() == r).forEach(f -> out.add(f.surface()));
        return out;
    }

    @Test
    void entitiesHoldUpOnUnseenText() {
        assertTrue(tally.f1("entities") >= 0.8, "entities F1 " + tally.f1("entities"));
    }

    @Test
    void proposalsHoldUpOnUnseenText() {
        assertTrue(tally.f1("proposes") >= 0.85, "proposes F1 " + tally.f1("proposes"));
    }

    @Test
    void datasetsAndModelsHoldUpOnUnseenText() {
        assertTrue(tally.f1("datasets") >= 0.8, "datasets F1 " + tally.f1("datasets"));
        assertTrue(tally.f1("models") >= 0.75, "models F1 " + tally.f1("models"));
    }
}
