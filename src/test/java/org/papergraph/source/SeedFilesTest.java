package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real Hugging Face page dumps in ../shared/seeds (not part of the project; skipped when absent). */
class SeedFilesTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void allSeedPagesParseTo521ListingsOf443Papers() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "../shared/seeds is absent: the seed count check needs the shared input set");
        Collected c = Collected.read(List.of(SEEDS.toString()));

        assertEquals("", c.problemText(), "the seed pages are well-formed");
        assertEquals(521, c.papers.size(), "listings");
        PaperMerger merger = new PaperMerger();
        c.papers.forEach(merger::add);
        assertEquals(443, merger.size(), "distinct papers");
        for (Paper p : c.papers) {
            assertEquals(SourceFormat.HF_PAGE, p.sources().get(0).format());
            assertTrue(p.abstractText().length() > p.title().length(), p.title());
        }
        int multiSource = (int) merger.papers().stream().filter(p -> p.sources().size() > 1).count();
        assertTrue(multiSource > 0, "papers listed on several pages record every listing");
    }
}
