package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fixture cut short at random points and with random bytes flipped: reading must never throw, and
 * everything that comes out must name the input it came from.
 */
class DamagedInputTest {
    @ParameterizedTest
    @ValueSource(strings = {"page-basic.txt", "hf-daily.json", "hf-paper.json", "arxiv.atom.xml", "papers.jsonl"})
    void damagedCopiesAreReadWithoutThrowing(String fixture) throws IOException {
        byte[] good = Files.readAllBytes(Collected.fixturePath(fixture));
        int intact = Collected.read(fixture, good).papers.size();
        Random random = new Random(fixture.hashCode());
        for (int round = 0; round < 60; round++) {
            byte[] bad = Arrays.copyOf(good, 1 + random.nextInt(good.length));
            if (round % 2 == 1) {
                for (int flips = 0; flips < 3; flips++) {
                    bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
                }
            }
            String name = fixture + "#" + round;
            Collected c = Collected.read(name, bad);

            assertTrue(c.papers.size() <= intact + 1, name + " cannot gain papers");
            c.problems.forEach(p -> assertEquals(name, p.file()));
            c.papers.forEach(p -> assertEquals(name, p.sources().get(0).file()));
            assertTrue(!c.papers.isEmpty() || !c.problems.isEmpty(), name + ": silence means something was lost unreported");
        }
    }
}
