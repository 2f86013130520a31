package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Read throughput on the seed pages (mvn -P bench test -Dtest=SourcesBenchTest); prints, never asserts a time. */
@Tag("bench")
class SourcesBenchTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void seedReadThroughput() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent");
        List<String> inputs = List.of(SEEDS.toString());
        long cold = time(inputs);
        for (int i = 0; i < 20; i++) {
            time(inputs); // warm up the JIT
        }
        int rounds = 50;
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            total += time(inputs);
        }
        double warmPerSecond = 521.0 * rounds / (total / 1e9);
        System.out.printf("source read, seeds (521 listings): first pass %.0f papers/s, warm %.0f papers/s%n",
                521 / (cold / 1e9), warmPerSecond);
    }

    private static long time(List<String> inputs) {
        int[] n = {0};
        long t0 = System.nanoTime();
        Sources.read(inputs, p -> n[0]++, p -> { });
        long t = System.nanoTime() - t0;
        assertEquals(521, n[0]);
        return t;
    }
}
