package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    private final Lexicon lex = Lexicon.bundled();

    @Test
    void bundledLexiconIsLargeAndCoversEveryKind() {
        assertTrue(lex.size() > 600, "size " + lex.size());
        for (EntityType t : List.of(EntityType.DATASET, EntityType.BENCHMARK, EntityType.MODEL, EntityType.METHOD,
                EntityType.TASK)) {
            assertTrue(lex.entries(t).size() > 40 || t == EntityType.TASK && lex.entries(t).size() > 20, t.toString());
        }
    }

    @Test
    void matchesSpellingVariantsToOneEntry() {
        List<Lexicon.Match> ms = lex.find("We compare ResNet50, ResNet 50 and Llama 2 with LLaMA-2 on MS-COCO.");
        List<String> names = ms.stream().map(m -> m.entry().name()).toList();
        assertEquals(List.of("ResNet-50", "ResNet-50", "Llama 2", "Llama 2", "COCO"), names);
        assertEquals("ResNet 50", ms.get(1).surface());
    }

    @Test
    void spacedMentionsMustSplitWhereAFormSplits() {
        Lexicon.Entry e = new Lexicon.Entry("DistilBERT", EntityType.MODEL, List.of("Distil-BERT v2", "Café Net"), null,
                null, "");
        assertTrue(e.accepts("DistilBERT"));
        assertTrue(e.accepts("distil BERT V2"));  // words as in an alias, any separators and case
        assertFalse(e.accepts("distil BERT"));
        assertFalse(e.accepts("Distil BERTv2"));
        assertFalse(e.accepts("Distil BERT v"));
        assertTrue(e.accepts("CAFÉ net"));  // non-ASCII names compare the same way
        assertFalse(e.accepts("Caf É Net"));
    }

    @Test
    void ambiguousNamesNeedTheirCase() {
        assertTrue(lex.find("we do the math and clip the arc").isEmpty());
        assertEquals(List.of("MATH", "ARC"), lex.find("on MATH and ARC").stream().map(m -> m.entry().name()).toList());
    }

    @Test
    void matchesStopAtWordBoundaries() {
        assertTrue(lex.find("the BERTology of it").isEmpty());
        assertEquals("GPT-4o", lex.find("using GPT-4o.").get(0).entry().name());
    }

    @Test
    void anUnlistedDecimalReleaseIsReadWhole() {
        // "Stable Diffusion 3" and "InternVL2" are listed, their ".5" releases are not: the match must not stop
        // inside the number (the recogniser then sees a variant of the family)
        List<Lexicon.Match> ms = lex.find("We compare Stable Diffusion 3.5, InternVL2.5 and GPT-3.5 with Stable Diffusion 3.");
        assertEquals(List.of("Stable Diffusion 3.5", "InternVL2.5", "GPT-3.5", "Stable Diffusion 3"),
                ms.stream().map(Lexicon.Match::surface).toList());
        assertEquals("InternVL", ms.get(1).entry().name());
    }

    @Test
    void familiesAndLookup() {
        Entity e = lex.lookup("LLaMA-2").entity();
        assertEquals("llama2", e.key());
        assertEquals("llama", e.familyKey());
        assertNull(lex.lookup("image classification"), "tasks are not entity matches");
        assertNotNull(lex.entry("image classification"));
    }

    @Test
    void versionsOfABenchmarkFamilyAreEntriesOfTheirOwn() {
        // "K400" and "K600" in one sentence are two datasets; folded into one entry they would merge into one fact
        List<Lexicon.Match> ms = lex.find("Top-1 on K400, K600 and Kinetics-700, then Kinetics and SSv2.");
        assertEquals(List.of("Kinetics-400", "Kinetics-600", "Kinetics-700", "Kinetics", "Something-Something V2"),
                ms.stream().map(m -> m.entry().name()).toList());
        assertEquals("kinetics", ms.get(0).entry().entity().familyKey());
        assertEquals("somethingsomething", ms.get(4).entry().entity().familyKey());
        assertEquals("atari", lex.lookup("ALE").entity().familyKey());
        assertEquals("Arcade Learning Environment", lex.lookup("ALE").name());
        assertEquals(List.of("TREC DL 2019", "TREC DL 2020", "Revisited Oxford", "Revisited Paris"),
                lex.find("on DL19 and DL20, and on ROxford and RParis").stream().map(m -> m.entry().name()).toList());
    }

    @Test
    void noDatasetFormIsALoneGenericWord() {
        // a form whose key is only a head noun ("∞Bench" keys as "bench") would match that word in any name
        List<String> generic = List.of("bench", "benchmark", "dataset", "data", "corpus", "set", "eval", "suite", "test");
        for (EntityType t : List.of(EntityType.DATASET, EntityType.BENCHMARK)) {
            for (Lexicon.Entry e : lex.entries(t)) {
                for (String form : Stream.concat(Stream.of(e.name()), e.aliases().stream()).toList()) {
                    assertFalse(generic.contains(Names.key(form)), e.name() + ": form '" + form + "' is a generic word");
                }
            }
        }
    }

    @Test
    void noSpellingNamesTwoBundledEntriesAndEveryFamilyExists() {
        // a form shared by two entries silently resolves to whichever comes last ("GQA" the dataset vs the attention)
        Map<String, String> owner = new HashMap<>();
        for (EntityType t : List.of(EntityType.DATASET, EntityType.BENCHMARK, EntityType.MODEL, EntityType.METHOD,
                EntityType.FRAMEWORK, EntityType.TOOL)) {
            for (Lexicon.Entry e : lex.entries(t)) {
                for (String form : Stream.concat(Stream.of(e.name()), e.aliases().stream()).toList()) {
                    String before = owner.putIfAbsent(Names.key(form), e.name());
                    assertTrue(before == null || before.equals(e.name()), form + " names both " + before + " and " + e.name());
                }
                assertTrue(e.family() == null || lex.entry(e.family()) != null, e.name() + ": unknown family " + e.family());
            }
        }
    }

    @Test
    void userFileOverridesAndExtends(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "# my names\nZorbNet\tModel\tZorb Network|ZN-1\t\t\t\nCOCO\tBenchmark\n");
        Lexicon merged = Lexicon.load(List.of(f));
        assertEquals("ZorbNet", merged.lookup("Zorb Network").name());
        assertEquals(EntityType.BENCHMARK, merged.lookup("COCO").type());
        assertEquals(lex.size() + 1, merged.size());
    }

    @Test
    void badLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "Good\tModel\nBad\tGizmo\n");
        IOException e = assertThrows(IOException.class, () -> Lexicon.load(f));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    }

    @Test
    void valuesInTheWrongColumnAreRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path shifted = dir.resolve("shifted.tsv");
        Files.writeString(shifted, "Good\tModel\nFooNet-2\tModel\t\t\t\tFooNet\n");  // family in the flags column
        IOException e = assertThrows(IOException.class, () -> Lexicon.load(shifted));
        assertTrue(e.getMessage().contains("shifted.tsv:2") && e.getMessage().contains("unknown flag"), e.getMessage());
        Path wide = dir.resolve("wide.tsv");
        Files.writeString(wide, "BarSet\tDataset\t\t\t\texact\textra\n");
        e = assertThrows(IOException.class, () -> Lexicon.load(wide));
        assertTrue(e.getMessage().contains("wide.tsv:1") && e.getMessage().contains("columns"), e.getMessage());
    }

    @Test
    void recentNamesAreKnown() {
        List<String> names = lex.find("Baselines are pixelSplat, VALL-E 2, GraphMVP and FastV.").stream()
                .map(m -> m.entry().name()).toList();
        assertEquals(List.of("pixelSplat", "VALL-E 2", "GraphMVP", "FastV"), names);
    }
}
