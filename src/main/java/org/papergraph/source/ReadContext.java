package org.papergraph.source;

import java.util.function.Consumer;

/**
 * What a reader needs while reading one input: its name, where papers and problems go, and counts so
 * {@link Sources} can tell an input that yielded nothing.
 */
final class ReadContext {
    private final String name;
    private final Consumer<Paper> papers;
    private final Consumer<InputProblem> problems;
    private int paperCount;
    private int problemCount;

    ReadContext(String name, Consumer<Paper> papers, Consumer<InputProblem> problems) {
        this.name = name;
        this.papers = papers;
        this.problems = problems;
    }

    String name() {
        return name;
    }

    SourceRef ref(int line, SourceFormat format) {
        return new SourceRef(name, line, format);
    }

    void paper(Paper p) {
        paperCount++;
        try {
            papers.accept(p);
        } catch (RuntimeException e) {
            // The consumer's failure is not bad input: it must not be reported as an input problem.
            throw new DownstreamFailure(e);
        }
    }

    void problem(int line, String message) {
        problemCount++;
        try {
            problems.accept(new InputProblem(name, Math.max(0, line), message));
        } catch (RuntimeException e) {
            throw new DownstreamFailure(e);
        }
    }

    /**
     * Whether a record can become a paper: it needs some text, and a title or an id to be identified by
     * (see {@link PaperKeys}). Reports the problem when not.
     */
    boolean identifiable(int line, String title, String abstractText, String id) {
        if (title.isEmpty() && abstractText.isEmpty()) {
            problem(line, "record has neither title nor abstract; skipped");
            return false;
        }
        if (title.isEmpty() && (id == null || id.isBlank())) {
            problem(line, "record has no title and no id, so it cannot be identified; skipped");
            return false;
        }
        return true;
    }

    int paperCount() {
        return paperCount;
    }

    int problemCount() {
        return problemCount;
    }

    /** Carries an exception thrown by a caller's consumer through the readers' own error handling. */
    static final class DownstreamFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DownstreamFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }
}
