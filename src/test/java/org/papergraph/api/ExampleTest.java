package org.papergraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.RuleExtractor;
import org.papergraph.pipeline.Ingest;
import org.papergraph.store.PaperStore;

/** docs/Example.java (the README's example) compiles against the library as written and runs on examples/. */
class ExampleTest {
    @TempDir
    Path tmp;

    @Test
    void readmeExampleCompilesAndRuns() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK");
        // surefire runs tests from a manifest-only jar; its real classpath is in this property
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, errors, errors, "-d", tmp.toString(), "-cp", cp, Path.of("docs", "Example.java").toString());
        assertEquals(0, rc, "docs/Example.java does not compile:\n" + errors.toString(StandardCharsets.UTF_8));

        Path store = tmp.resolve("papergraph-data");
        try (PaperStore ps = PaperStore.open(store)) {
            Ingest.into(ps).extractor(RuleExtractor.create()).build().run(List.of("examples"));
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{tmp.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[]{store.toString()});
        } finally {
            System.setOut(stdout);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("PatchMix"), printed);
        assertTrue(printed.contains("== Leaderboard on ImageNet-1K"), printed);
        assertTrue(printed.lines().filter(l -> l.endsWith("paper(s)")).count() > 0, printed);
    }
}
