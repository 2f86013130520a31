package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.papergraph.source.Paper;

class TaskRecognizerTest {
    private final TaskRecognizer recognizer = new TaskRecognizer();

    private List<EntityFact> facts(String title, String abstractText) {
        List<Sentence> sentences = sentences(title, abstractText);
        Paper paper = Paper.builder().key("test:1").title(title).abstractText(abstractText).build();
        return recognizer.find(sentences, paper);
    }

    private List<String> tasks(String title, String abstractText) {
        return facts(title, abstractText).stream().map(f -> f.surface().toLowerCase(Locale.ROOT)).toList();
    }

    /** The paper's tasks include every one of {@code expected}. */
    private void assertFinds(String title, String abstractText, String... expected) {
        List<String> t = tasks(title, abstractText);
        for (String e : expected) {
            assertTrue(t.contains(e), () -> e + " not in " + t);
        }
    }

    @Test
    void aWeakBestGuessIsNotReported() {
        // "for Ocean Currents" names what is modelled, not a task: its score stays under the first threshold
        List<EntityFact> f = facts("Neural Fields for Ocean Currents", "We fit a coordinate network to sparse buoy readings.");
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void possessiveAndNamingWordsAreNoPartOfATask() {
        List<String> t = tasks("Can Models Check Themselves?",
                "We ask whether language models can verify their own reasoning without feedback. We call this setting "
                        + "self-verification and study it on arithmetic.");
        assertFalse(t.stream().anyMatch(x -> x.startsWith("own ") || x.startsWith("call ")), t.toString());
    }

    @Test
    void titleForPhraseIsTheCentralTask() {
        List<String> t = tasks("Brisk: A Tiny Recurrent Network for Wildfire Spread Forecasting",
                "We present Brisk. Wildfire spread forecasting matters for evacuation planning. Brisk is small.");
        assertFalse(t.isEmpty());
        assertEquals("wildfire spread forecasting", t.get(0));
    }

    @Test
    void knownTaskNamesInTheAbstract() {
        assertFinds("Lattice Adapters",
                "We study adapters for vision backbones. On semantic segmentation and object detection, "
                        + "lattice adapters improve strong baselines, and semantic segmentation gains most.",
                "semantic segmentation", "object detection");
    }

    @Test
    void titleSubjectAfterSurveyFraming() {
        List<String> t = tasks("Towards Chemical Structure Retrieval: A Survey",
                "This survey covers chemical structure retrieval from patents and papers.");
        assertEquals("chemical structure retrieval", t.get(0), t::toString);
    }

    @Test
    void enumeratedTasksAfterSuchAs() {
        assertFinds("One Encoder to Rule Them",
                "The encoder transfers to downstream tasks such as dependency parsing, "
                        + "coreference resolution and entity linking.",
                "dependency parsing", "entity linking");
    }

    @Test
    void atMostFourMostCentralFirstWithEvidence() {
        List<EntityFact> f = facts("Compact Models for Speech Recognition",
                "Speech recognition on devices is hard. We cover keyword spotting, speaker verification, "
                        + "speech enhancement, language identification and machine translation tasks.");
        assertTrue(f.size() <= TaskRecognizer.THRESHOLDS.length);
        assertEquals("speech recognition", f.get(0).surface().toLowerCase(Locale.ROOT));
        for (EntityFact e : f) {
            assertEquals(Relation.TASK, e.relation());
            assertEquals(EntityType.TASK, e.entity().type());
            assertTrue(e.evidence().rule().startsWith("task."));
            assertTrue(e.evidence().confidence() > 0 && e.evidence().confidence() <= 1);
            assertEquals(e.surface(), e.evidence().mentionText());
        }
        for (int i = 1; i < f.size(); i++) {
            assertTrue(f.get(i - 1).evidence().confidence() >= f.get(i).evidence().confidence());
        }
    }

    @Test
    void genericWordsAndArtifactsAreNotTasks() {
        List<String> t = tasks("Deep Learning with Larger Models",
                "We train larger models with fine-tuning and pre-training and report extensive evaluation.");
        assertFalse(t.contains("deep learning"), t::toString);
        assertFalse(t.contains("fine-tuning"), t::toString);
        assertFalse(t.contains("extensive evaluation"), t::toString);
    }

    @Test
    void datasetNamesAreNotPartOfTheTask() {
        List<String> t = tasks("Sparse Heads",
                "Sparse heads help COCO object detection and also object detection on other sets.");
        assertTrue(t.contains("object detection"), t::toString);
        assertFalse(t.contains("coco object detection"), t::toString);
    }

    @Test
    void problemOfCue() {
        assertFinds("Mirrors", "We address the problem of glass surface detection in indoor scenes. "
                + "Glass surface detection is hard because reflections confuse detectors.", "glass surface detection");
    }

    private static List<Sentence> sentences(String title, String abstractText) {
        NlpPipeline nlp = NlpPipeline.shared();
        List<Sentence> sentences = new ArrayList<>(nlp.process("title", TextNormalizer.normalize(title)));
        sentences.addAll(nlp.process("abstract", TextNormalizer.normalize(abstractText)));
        return sentences;
    }

    /** Every candidate's surface, lower case, however it ranks. */
    private List<String> candidates(String title, String abstractText) {
        return recognizer.candidates(sentences(title, abstractText)).stream()
                .map(f -> f.surface().toLowerCase(Locale.ROOT)).toList();
    }

    /** The value of one ranking feature for the candidate spelt {@code surface}. */
    private double feature(Map<String, double[]> features, String surface, String name) {
        double[] f = features.get(surface);
        assertTrue(f != null, () -> surface + " not in " + features.keySet());
        return f[TaskRecognizer.FEATURES.indexOf(name)];
    }

    @Test
    void sentencesAboutTheOwnWorkAreToldFromBackground() {
        Map<String, double[]> f = recognizer.features(sentences("Tern: Small Models, Big Maps",
                "Glacier boundary segmentation has been studied with large models. "
                        + "In this paper we address crevasse depth estimation with a small network."));
        assertEquals(1, feature(f, "crevasse depth estimation", "own-sentence"));
        assertEquals(0, feature(f, "crevasse depth estimation", "background-only"));
        assertEquals(0, feature(f, "Glacier boundary segmentation", "own-sentence"));
        assertEquals(1, feature(f, "Glacier boundary segmentation", "background-only"));
        assertEquals(TaskRecognizer.FEATURES.size(), f.values().iterator().next().length);
    }

    @Test
    void aTechniqueTheWorkUsesRanksBelowTheTaskItAddresses() {
        List<String> t = tasks("Small Taggers",
                "We apply knowledge distillation to shrink a tagger. Part-of-speech tagging on tweets improves, "
                        + "and part-of-speech tagging on forum posts improves too.");
        assertEquals("part-of-speech tagging", t.get(0), t::toString);
    }

    @Test
    void purposeAfterForIsACandidate() {
        assertTrue(candidates("Sonar Scans", "We collect two thousand sonar scans for seabed litter detection.")
                .contains("seabed litter detection"));
    }

    @Test
    void titleGerundPhraseIsACandidate() {
        assertTrue(candidates("Pruning Recurrent Decoders of Speech: Lessons Learned", "We prune decoders.")
                .contains("pruning recurrent decoders of speech"));
    }

    @Test
    void approachModifiersAreStrippedFromTitleTasks() {
        assertFinds("LLM-Guided Wildfire Spread Forecasting",
                "Wildfire spread forecasting guides evacuations. We let a language model steer a simulator.",
                "wildfire spread forecasting");
        assertTrue(candidates("Robust, Fast and Adaptable Glyph Segmentation", "We segment glyphs.")
                .contains("glyph segmentation"));
    }

    @Test
    void pluralTaskHeadsNameTheSingularTask() {
        assertTrue(candidates("Hypergraph Tools", "We show use cases of protein rankings and link predictions.")
                .contains("link prediction"));
    }

    @Test
    void phraseBeforeATaskNounIsACandidate() {
        assertTrue(candidates("Reef Models", "We set up the reef census task with divers' photos.")
                .contains("reef census"));
        assertTrue(candidates("Tabular Nets", "Results improve on classification and regression tasks.")
                .contains("classification"));
    }

    @Test
    void possessivesAndFactorsAreNotPartOfTheTask() {
        List<String> c = candidates("Glyph Readers",
                "The decoder's glyph recognition improves, with 10x faster training.");
        assertTrue(c.contains("glyph recognition"), c::toString);
        assertFalse(c.contains("decoder's glyph recognition"), c::toString);
        assertFalse(c.stream().anyMatch(x -> x.startsWith("10x")), c::toString);
    }

    @Test
    void loneTaskHeadsInAnEnumeration() {
        assertTrue(candidates("One Backbone", "It supports tasks such as segmentation, tracking and captioning.")
                .contains("segmentation"));
    }

    @Test
    void evaluativeAndApproachWordsAreNotPartOfTheTask() {
        List<String> t = tasks("Scalable Streaming Lyric Transcription with Tiny Decoders",
                "Streaming lyric transcription is hard on phones. Our decoders are tiny.");
        assertTrue(t.contains("streaming lyric transcription"), t::toString);
        List<String> c = candidates("Chords", "We study transformer-based chord recognition.");
        assertTrue(c.contains("chord recognition"), c::toString);
        assertFalse(c.contains("transformer-based chord recognition"), c::toString);
    }

    @Test
    void theNarrowerTaskOfTheAbstractBeatsTheGenericKnownName() {
        List<String> t = tasks("Tiny Forecasters for Time Series Forecasting",
                "We target multivariate time series forecasting on sensor grids. Multivariate time series "
                        + "forecasting with tiny models is fast.");
        assertTrue(t.indexOf("multivariate time series forecasting") >= 0, t::toString);
    }

    @Test
    void bundledFlagsTellTechniquesAndParadigmsFromTasks() {
        TaskVocabulary v = TaskVocabulary.of(Lexicon.bundled());
        assertEquals(TaskVocabulary.Kind.TECHNIQUE, v.kind(v.lookup("Knowledge Distillation")));
        assertEquals(TaskVocabulary.Kind.PARADIGM, v.kind(v.lookup("transfer-learning")));
        assertEquals(TaskVocabulary.Kind.TASK, v.kind(v.lookup("object detection")));
    }

    @Test
    void aTitleGerundBeforeATaskFramesIt() {
        List<String> t = tasks("Sparrow: Mastering Protein Structure Prediction with Tiny Models",
                "We present Sparrow, a small network. It runs on a laptop.");
        assertTrue(t.contains("protein structure prediction"), t::toString);
        assertFalse(t.contains("mastering protein structure prediction"), t::toString);
        // a gerund before a thing, not a task, is the task itself
        assertFinds("Compressing Chess Engines into Phones", "We shrink engines. They fit in memory.",
                "compressing chess engines");
    }

    @Test
    void phrasesStopAtVerbsAndDropAStrandedAcronym() {
        List<String> t = candidates("Gull: Fast Rain Nowcasting",
                "We formalize rain nowcasting as sequence prediction. The model self-synthesizes radar frames. "
                        + "Unlike state-of-the-art (SOTA) precipitation forecasting, Gull is light.");
        assertTrue(t.contains("rain nowcasting") || t.contains("fast rain nowcasting"), t::toString);
        assertTrue(t.contains("precipitation forecasting"), t::toString);
        assertTrue(t.stream().noneMatch(c -> c.startsWith("formalize") || c.contains("synthesizes")
                || c.startsWith("(")), t::toString);
    }

    @Test
    void aCoordinatedModifierAlsoNamesItsOwnTask() {
        List<String> t = candidates("Kestrel: One Encoder for Many Signals",
                "The encoder is tested on audio and radar classification.");
        assertTrue(t.contains("audio classification"), t::toString);
        assertTrue(t.contains("radar classification"), t::toString);
    }

    @Test
    void aSettingModifierGivesBothTheVariantAndTheTask() {
        List<String> t = candidates("Heron: Label-free Whale Song Detection at Scale",
                "We study label-free whale song detection. Transformer-based whale song detection needs labels.");
        assertTrue(t.contains("label-free whale song detection"), t::toString);
        assertTrue(t.contains("whale song detection"), t::toString);
        assertFalse(t.contains("transformer-based whale song detection"), t::toString);
    }

    @Test
    void aUserCentricVariantIsKeptBesideTheTask() {
        List<String> t = candidates("Wren: Pilot-Centric Runway Incursion Alerting",
                "We study pilot-centric runway incursion alerting with a small recurrent model.");
        assertTrue(t.contains("pilot-centric runway incursion alerting"), t::toString);
        assertTrue(t.contains("runway incursion alerting"), t::toString);
    }

    @Test
    void deepLearningIsNotStrippedToLearning() {
        List<String> t = candidates("Deep Learning Checkpoint Provenance Tracking",
                "Checkpoints are shared without records of where they came from.");
        assertTrue(t.contains("deep learning checkpoint provenance tracking"), t::toString);
        assertFalse(t.contains("learning checkpoint provenance tracking"), t::toString);
    }

    @Test
    void aPhraseLeftWithAQualifierAtItsEndIsDropped() {
        List<String> t = candidates("Rethinking Sensor Noise in Calibration on Downstream Tasks",
                "Labels drift while corpora grow.");
        assertTrue(t.contains("sensor noise in calibration"), t::toString);
        assertTrue(t.stream().noneMatch(c -> c.endsWith("downstream")), t::toString);
    }

    @Test
    void noTextNoTasks() {
        assertTrue(recognizer.find(List.of(), null).isEmpty());
        assertTrue(tasks("", "").isEmpty());
        Sentence bare = new Sentence("abstract", 0, "", List.of(), List.of(), List.of());
        assertTrue(recognizer.find(List.of(bare), null).isEmpty());
    }
}
