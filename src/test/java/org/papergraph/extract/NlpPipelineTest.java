package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class NlpPipelineTest {
    private static final String TEXT = "We fine-tune LLaMA-2-7B on a small corpus. The task is hard for current models. "
            + "Results improve by 4.5 points.";

    @Test
    void splitsSentencesAndKeepsModelNamesWhole() {
        List<Sentence> ss = NlpPipeline.shared().process("abstract", TEXT);
        assertEquals(3, ss.size());
        Sentence first = ss.get(0);
        assertTrue(first.tokens().contains("LLaMA-2-7B"), first.tokens().toString());
        for (int i = 0; i < first.tokens().size(); i++) {
            assertEquals(first.tokens().get(i), first.text().substring(first.tokenStarts().get(i), first.tokenEnd(i)));
        }
        assertEquals(2, ss.get(2).index());
    }

    @Test
    void tagsWithPennTags() {
        // the UD model's universal tags mapped to Penn by OpenNLP: coarse (no NNS/VBZ) but Penn-shaped
        List<String> tags = NlpPipeline.shared().sentence("abstract", 0, "The task is hard for current models.").tags();
        assertPennShaped(tags);
        assertEquals("JJ", tags.get(3));
    }

    private static void assertPennShaped(List<String> tags) {
        assertEquals("DT", tags.get(0));
        assertTrue(tags.get(1).startsWith("NN") && tags.get(6).startsWith("NN"), tags.toString());
        assertEquals("IN", tags.get(4));
    }

    @Test
    void cheapTagsArePennShapedToo() {
        assertPennShaped(NlpPipeline.shared().quickSentence("abstract", 3, "The task is hard for current models.").tags());
    }

    @Test
    void aSplitWithNoStopBeforeItIsJoined() {
        List<Sentence> ss = NlpPipeline.shared().process("abstract",
                "We compare FooLM-2.5 72B and BarLM 8B. Both are open.");
        assertEquals(2, ss.size(), ss.toString());
        assertTrue(ss.get(0).text().contains("FooLM-2.5 72B and BarLM 8B"), ss.get(0).text());
    }

    @Test
    void titleIsOneSentence() {
        assertEquals(1, NlpPipeline.shared().process("title", "Foo: A Bar. For Baz").size());
    }

    @Test
    void threadsGetTheSameResult() throws Exception {
        List<Sentence> expected = NlpPipeline.shared().process("abstract", TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> fs = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> NlpPipeline.shared().process("abstract", TEXT)));
            for (Future<List<Sentence>> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void abbreviationsOfScientificProseDoNotEndSentences() {
        List<String> texts = NlpPipeline.shared().process("abstract",
                "We compare FooNet vs. BarNet on ImageNet. Gains reach 3 pts. over the baseline (e.g. ResNet). "
                        + "Fig. 2 shows the curve. It wins.").stream().map(Sentence::text).toList();
        assertEquals(List.of("We compare FooNet vs. BarNet on ImageNet.",
                "Gains reach 3 pts. over the baseline (e.g. ResNet).", "Fig. 2 shows the curve.", "It wins."), texts);
    }
}
