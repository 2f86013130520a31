package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.source.Paper;

class RuleExtractorTest {
    private static final RuleExtractor X = RuleExtractor.create();
    private static final Paper PAPER = Paper.builder().key("test:1")
            .title("FernNet: Tiny Backbones for Edge Vision")
            .abstractText("We present FernNet, a compact backbone network. FernNet-S reaches 79.1\\% top-1 accuracy on "
                    + "ImageNet, beating MobileNetV3 and ResNet-50 trained with AdamW. FernNet outperforms "
                    + "MobileNetV3 by 2.4 points.")
            .codeUrl("https://github.com/example/fernnet.git").build();

    private static List<String> surfaces(Extraction e, Relation r) {
        return e.factsOf(EntityFact.class).stream().filter(f -> f.relation() == r).map(EntityFact::surface).toList();
    }

    @Test
    void proposalsStayOutOfTheUsedEntities() {
        Extraction e = X.extract(PAPER);
        assertEquals(List.of("FernNet", "FernNet-S"), surfaces(e, Relation.PROPOSES));
        assertEquals(List.of("MobileNetV3", "ResNet-50"), surfaces(e, Relation.MODEL));
        assertEquals(List.of("ImageNet"), surfaces(e, Relation.DATASET));
        assertEquals(List.of("AdamW"), surfaces(e, Relation.METHOD));
        assertEquals(RuleExtractor.VERSION, e.extractorVersion());
    }

    @Test
    void aResultOnANamedDatasetSaysItsSubjectWasEvaluatedThere() {
        Extraction e = X.extract(Paper.builder().key("test:eval").title("GlintScope: Spotting Invented Objects")
                .abstractText("We present GlintScope, a probe of hidden states that flags invented objects. "
                        + "On POPE it reaches 91.2% accuracy.").build());
        List<EntityRelationFact> evaluated = e.factsOf(EntityRelationFact.class).stream()
                .filter(f -> f.relation() == Relation.EVALUATED_ON).toList();
        assertEquals(1, evaluated.size(), evaluated.toString());
        assertEquals("GlintScope", evaluated.get(0).subject().name());
        assertEquals("POPE", evaluated.get(0).object().name());
        assertEquals("relation.result-on", evaluated.get(0).evidence().rule());
    }

    @Test
    void thePapersOwnArtifactIsNoTaskItAddresses() {
        Extraction e = X.extract(Paper.builder().key("test:own").title("Learning Video Representations")
                .abstractText("We propose Joint Frame Prediction (JFP), a pre-training objective for video models. "
                        + "JFP improves action recognition.").build());
        assertTrue(surfaces(e, Relation.PROPOSES).contains("JFP"), e.facts().toString());
        List<String> tasks = surfaces(e, Relation.TASK);
        assertFalse(tasks.stream().anyMatch(t -> t.equalsIgnoreCase("Joint Frame Prediction")), tasks.toString());
        assertTrue(tasks.contains("action recognition"), tasks.toString());
    }

    @Test
    void everyFactHasEvidencePointingIntoTheNormalisedSentence() {
        for (Fact f : X.extract(PAPER).facts()) {
            Evidence ev = f.evidence();
            assertFalse(ev.rule().isBlank(), f.toString());
            assertTrue(ev.confidence() > 0 && ev.confidence() <= 1, f.toString());
            if (f instanceof EntityFact ef && !ev.section().equals("metadata")) {
                assertEquals(ef.surface(), ev.mentionText(), "span of " + ef);
                assertFalse(ev.sentence().contains("\\%"), "sentence is normalised");
            }
        }
    }

    @Test
    void metadataCodeUrlIsACodeFactOnce() {
        List<LinkFact> code = X.extract(PAPER).factsOf(LinkFact.class).stream()
                .filter(l -> l.relation() == Relation.CODE).toList();
        assertEquals(1, code.size());
        assertEquals("metadata", code.get(0).evidence().section());
    }

    @Test
    void sameResultFromManyThreads() {
        List<Fact> expected = X.extract(PAPER).facts();
        assertTrue(IntStream.range(0, 64).parallel().mapToObj(i -> X.extract(PAPER).facts()).allMatch(expected::equals));
    }

    @Test
    void userLexiconAddsNames(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("extra.tsv");
        Files.writeString(f, "Quokka-Bench\tBenchmark\tquokka-bench|Quokka Benchmark\n");
        Paper p = Paper.builder().key("test:2").title("Notes on robustness")
                .abstractText("We evaluate three detectors on quokka-bench and report failures.").build();
        assertTrue(surfaces(X.extract(p), Relation.DATASET).isEmpty());
        assertEquals(List.of("quokka-bench"), surfaces(RuleExtractor.create(List.of(f)).extract(p), Relation.DATASET));
    }

    @Test
    void emptyPaperGivesNoFacts() {
        assertTrue(X.extract(Paper.builder().key("test:3").build()).facts().isEmpty());
    }

    @Test
    void acronymsThePaperDefinesAsTasksAreNotModels() {
        Paper p = Paper.builder().key("test:ctr").title("Leaner Click Models")
                .abstractText("Ad click rate (ACR) prediction drives revenue. Deep ACR models are large; we prune "
                        + "ACR models with a FooNet backbone.").build();
        List<String> models = surfaces(X.extract(p), Relation.MODEL);
        assertFalse(models.contains("ACR"), models.toString());
    }

    @Test
    void aKnownNameIsNotUsedWhenThePaperProposesItsSingular(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("extra.tsv");
        Files.writeString(f, "Quokka Pruners\tMethod\n");
        Paper p = Paper.builder().key("test:plural").title("Quokka Pruner: Trimming Networks by Voting")
                .abstractText("We introduce Quokka Pruner, a new pruning method. Two Quokka Pruners vote on which "
                        + "weights to drop.").build();
        Extraction e = RuleExtractor.create(List.of(f)).extract(p);
        assertEquals(List.of("Quokka Pruner"), surfaces(e, Relation.PROPOSES));
        assertTrue(surfaces(e, Relation.METHOD).isEmpty(), surfaces(e, Relation.METHOD)::toString);
    }

    @Test
    void benchmarkFamilyVariantsKeepTheTextsNamesInFactsAndResults() {
        Paper p = Paper.builder().key("test:family").title("ReedNet: Video Backbones at Scale")
                .abstractText("We present ReedNet, a video backbone. Our ReedNet backbone is strongest on Something-Something "
                        + "(74.2\\% on V2, 70.1\\% on V1) and on Kinetics (85.5\\% on K600, 86.0\\% on K400).")
                .build();
        Extraction e = X.extract(p);
        assertEquals(List.of("Something-Something", "Kinetics", "K600", "K400"), surfaces(e, Relation.DATASET));
        assertEquals(List.of("Something-Something V2", "Something-Something V1", "K600", "K400"),
                e.factsOf(ResultFact.class).stream().map(r -> r.dataset().name()).toList());
        assertEquals(List.of("kinetics600", "kinetics400"), e.factsOf(ResultFact.class).stream().skip(2)
                .map(r -> r.dataset().key()).toList());
    }

    @Test
    void aKnownTechniqueInsideAProposedNameIsNotUsed() {
        Paper p = Paper.builder().key("test:4").title("Steered decoding for captions")
                .abstractText("We propose guided beam search, a decoding method for captioning. Guided beam search is cheap.")
                .build();
        Extraction e = X.extract(p);
        assertEquals(List.of("guided beam search"), surfaces(e, Relation.PROPOSES));
        assertEquals(List.of(), surfaces(e, Relation.METHOD));
    }

    @Test
    void aKnownModelInsideAProposedNameIsNotUsed() {
        Paper p = Paper.builder().key("test:5").title("Whisper Nova: Speech Recognition for Field Recordings")
                .abstractText("We present Whisper Nova, a speech model for noisy field recordings.").build();
        Extraction e = X.extract(p);
        assertEquals(List.of("Whisper Nova"), surfaces(e, Relation.PROPOSES));
        assertEquals(List.of(), surfaces(e, Relation.MODEL));
    }
}
