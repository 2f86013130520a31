package org.papergraph.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Papers and problems gathered from one {@link Sources} call, for assertions. */
final class Collected {
    final List<Paper> papers = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    static Collected read(List<String> inputs) {
        Collected c = new Collected();
        Sources.read(inputs, c.papers::add, c.problems::add);
        return c;
    }

    static Collected read(String name, byte[] bytes) {
        Collected c = new Collected();
        Sources.read(name, new ByteArrayInputStream(bytes), c.papers::add, c.problems::add);
        return c;
    }

    static Collected read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fixture under src/test/resources/fixtures, read through the stream entry point. */
    static Collected fixture(String file) {
        Collected c = new Collected();
        try (InputStream in = Collected.class.getResourceAsStream("/fixtures/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            Sources.read(file, in, c.papers::add, c.problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    static Path fixturePath(String file) {
        return Path.of("src/test/resources/fixtures", file);
    }

    List<String> titles() {
        return papers.stream().map(Paper::title).collect(Collectors.toList());
    }

    /** Problems as "line: message", for readable assertion failures. */
    String problemText() {
        return problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }

    InputProblem onlyProblem() {
        if (problems.size() != 1) {
            throw new AssertionError("expected exactly one problem, got:\n" + problemText());
        }
        return problems.get(0);
    }
}
