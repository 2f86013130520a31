package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The bundled examples/ directory is what the README's main job ingests: it must read cleanly. */
class ExamplesTest {
    @Test
    void examplesReadWithoutProblemsAndMergeAcrossFiles() {
        Collected c = Collected.read(List.of("examples"));

        assertEquals("", c.problemText());
        assertEquals(18, c.papers.size());
        Set<SourceFormat> formats = c.papers.stream().map(p -> p.sources().get(0).format())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SourceFormat.class)));
        assertEquals(EnumSet.allOf(SourceFormat.class), formats, "one example file per format");

        PaperMerger merger = new PaperMerger();
        c.papers.forEach(merger::add);
        assertEquals(14, merger.size());
        Paper patchMix = merger.papers().stream().filter(p -> p.title().startsWith("PatchMix")).findFirst().orElseThrow();
        assertEquals("arxiv:2409.99102", patchMix.key());
        assertEquals(3, patchMix.sources().size());
        assertTrue(patchMix.abstractText().contains("https: //github.com/patchmix/patchmix"),
                "the longest abstract (the page's) is kept, URLs untouched");
    }
}
