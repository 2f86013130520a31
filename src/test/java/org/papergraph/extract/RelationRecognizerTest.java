package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RelationRecognizerTest {
    private final RelationRecognizer recognizer = new RelationRecognizer();
    private static final Entity OURS = Entity.of("QuillNet", EntityType.MODEL);

    /** Mentions of the given names at their first occurrence in {@code text}. */
    private static List<EntityFact> mentions(String text, Object... nameAndRelation) {
        List<EntityFact> out = new ArrayList<>();
        for (int i = 0; i < nameAndRelation.length; i += 2) {
            String name = (String) nameAndRelation[i];
            Relation rel = (Relation) nameAndRelation[i + 1];
            EntityType type = switch (rel) {
                case DATASET -> EntityType.DATASET;
                case METHOD -> EntityType.METHOD;
                default -> EntityType.MODEL;
            };
            int at = text.indexOf(name);
            out.add(new EntityFact(rel, rel == Relation.PROPOSES ? OURS : Entity.of(name, type), name,
                    new Evidence("abstract", text, at, at + name.length(), "test", 0.9)));
        }
        return out;
    }

    private List<String> find(String text, Object... mentions) {
        Sentence s = new Sentence("abstract", 2, text, List.of(), List.of(), List.of());
        return recognizer.find(s, mentions(text, mentions), OURS).stream()
                .map(r -> r.subject().name() + " " + r.relation().label() + " " + r.object().name()).toList();
    }

    @Test
    void builtOnAndFineTunedFrom() {
        assertEquals(List.of("QuillNet basedOn Orca-2"),
                find("QuillNet is built upon Orca-2 with a new head.", "QuillNet", Relation.PROPOSES, "Orca-2", Relation.MODEL));
        assertEquals(List.of("QuillNet basedOn Falcon-7B"),
                find("Our model is fine-tuned from Falcon-7B on chat data.", "Falcon-7B", Relation.MODEL));
    }

    @Test
    void frontedClausesAndNominalCues() {
        // a fronted "built on" / "starting from" clause is said of the subject after its comma
        assertEquals(List.of("FooTok basedOn T5"), find("Built on top of T5, FooTok reads molecules as tokens.",
                "T5", Relation.MODEL, "FooTok", Relation.MODEL));
        assertEquals(List.of("QuillNet basedOn Whisper"), find("Starting from Whisper, our model lowers the error rate.",
                "Whisper", Relation.MODEL));
        assertEquals(List.of("QuillNet outperforms XGBoost"), find("We show clear gains over XGBoost on tabular suites.",
                "XGBoost", Relation.MODEL));
        // "a 4% gain over C" inside a clause about A's win over B: A's gain, not B's
        assertEquals(List.of("QuillNet outperforms Foo-NAS", "QuillNet outperforms MobileNetV2"),
                find("QuillNet outperforms Foo-NAS (up to a 4% accuracy improvement over MobileNetV2).",
                        "QuillNet", Relation.PROPOSES, "Foo-NAS", Relation.MODEL, "MobileNetV2", Relation.MODEL));
        assertEquals(List.of("QuillNet evaluatedOn GLUE"), find("We evaluate QuillNet on GLUE.",
                "QuillNet", Relation.PROPOSES, "GLUE", Relation.DATASET));
        // the authors' second verb: the model named as the first verb's object is not who is evaluated
        assertEquals(List.of("QuillNet evaluatedOn MedQA"), find("We pair a retriever with Falcon-7B and evaluate on MedQA.",
                "Falcon-7B", Relation.MODEL, "MedQA", Relation.DATASET));
    }

    @Test
    void outperformsEveryBaselineOfAList() {
        List<String> r = find("QuillNet outperforms RoBERTa, DeBERTa and ELECTRA on most tasks.",
                "QuillNet", Relation.PROPOSES, "RoBERTa", Relation.MODEL, "DeBERTa", Relation.MODEL, "ELECTRA", Relation.MODEL);
        assertEquals(List.of("QuillNet outperforms RoBERTa", "QuillNet outperforms DeBERTa", "QuillNet outperforms ELECTRA"), r);
    }

    @Test
    void namedSubjectOtherThanTheProposedOne() {
        assertEquals(List.of("Vicuna outperforms Alpaca"),
                find("In prior work Vicuna surpasses Alpaca clearly.", "Vicuna", Relation.MODEL, "Alpaca", Relation.MODEL));
    }

    @Test
    void comparedWithBaselineWhenTheSentenceSpeaksOfOurs() {
        assertEquals(List.of("QuillNet comparedWith GPT-J"),
                find("Compared with GPT-J, our approach needs half the memory.", "GPT-J", Relation.MODEL));
    }

    @Test
    void evaluatedOnDatasets() {
        List<String> r = find("Experiments on SQuAD and TriviaQA show consistent gains.",
                "SQuAD", Relation.DATASET, "TriviaQA", Relation.DATASET);
        assertEquals(List.of("QuillNet evaluatedOn SQuAD", "QuillNet evaluatedOn TriviaQA"), r);
    }

    @Test
    void noCueNoRelation() {
        assertTrue(find("BERT and GPT-2 are language models.", "BERT", Relation.MODEL, "GPT-2", Relation.MODEL).isEmpty());
    }

    @Test
    void noSelfRelation() {
        assertTrue(find("QuillNet outperforms QuillNet-small.", "QuillNet", Relation.PROPOSES,
                "QuillNet-small", Relation.PROPOSES).isEmpty());
    }

    @Test
    void evidenceSpansCueToObject() {
        String text = "It clearly beats Mixtral on reasoning.";
        Sentence s = new Sentence("abstract", 0, text, List.of(), List.of(), List.of());
        EntityRelationFact f = recognizer.find(s, mentions(text, "Mixtral", Relation.MODEL), OURS).get(0);
        assertEquals("beats Mixtral", f.evidence().mentionText());
        assertEquals("relation.outperforms", f.evidence().rule());
    }
    @Test
    void aParticipleClauseIsSaidOfTheMainSubject() {
        // not of the backbone named right before the comma
        assertEquals(List.of("QuillNet outperforms Zephyr-7B"), find("QuillNet reaches 71.0% with ResNet-50, outperforming"
                + " Zephyr-7B by far.", "QuillNet", Relation.PROPOSES, "ResNet-50", Relation.MODEL, "Zephyr-7B", Relation.MODEL));
        // "we": the paper's own artifact, not the class it builds ("BERT models")
        assertEquals(List.of("QuillNet outperforms Orca-2"), find("We obtain compact BERT models, surpassing Orca-2 at every size.",
                "BERT", Relation.MODEL, "Orca-2", Relation.MODEL));
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        assertEquals(List.of("QuillNet outperforms Falcon-40B", "QuillNet comparedWith Mixtral"),
                find("QuillNet surpasses Falcon-40B by a wide margin and rivals Mixtral on code.",
                        "QuillNet", Relation.PROPOSES, "Falcon-40B", Relation.MODEL, "Mixtral", Relation.MODEL));
    }

    @Test
    void basedOnNeedsItsObjectRightAfterTheCue() {
        assertEquals(List.of("QuillNet basedOn GTR"), find("QuillNet is based on the Gated Token Router (GTR).",
                "QuillNet", Relation.PROPOSES, "GTR", Relation.METHOD));
        assertTrue(find("QuillNet: Rounding based on Grouped Division for Falcon-7B",
                "QuillNet", Relation.PROPOSES, "Falcon-7B", Relation.MODEL).isEmpty(), "Falcon-7B is what it is for");
        // a name several clauses back is not what "based on" describes
        assertTrue(find("Mixtral is beaten by a wide margin, while models based on Orca-2 hold up.",
                "Mixtral", Relation.MODEL, "Orca-2", Relation.MODEL).isEmpty());
    }

    @Test
    void aNewBenchmarkIsNoSystem() {
        Entity bench = Entity.of("QuillBench", EntityType.BENCHMARK);
        String text = "We also introduce a scorer based on Orca-2 that grades answers.";
        Sentence s = new Sentence("abstract", 2, text, List.of(), List.of(), List.of());
        assertTrue(recognizer.find(s, mentions(text, "Orca-2", Relation.MODEL), bench).isEmpty());
    }

    @Test
    void whatIsOutperformedIsNotWhatIsEvaluated() {
        assertEquals(List.of("QuillNet outperforms Falcon-7B", "QuillNet evaluatedOn SQuAD"),
                find("QuillNet outperforms Falcon-7B in accuracy on SQuAD.",
                        "QuillNet", Relation.PROPOSES, "Falcon-7B", Relation.MODEL, "SQuAD", Relation.DATASET));
    }

    @Test
    void trainingDataIsNoEvaluation() {
        assertTrue(find("On retrieval benchmarks, QuillNet, trained on the FooCorpus data, does well.",
                "QuillNet", Relation.PROPOSES, "FooCorpus", Relation.DATASET).isEmpty());
        assertEquals(List.of("QuillNet evaluatedOn SQuAD"), find("Results of QuillNet, trained and validated on SQuAD, hold.",
                "QuillNet", Relation.PROPOSES, "SQuAD", Relation.DATASET));
    }
}
