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
}
