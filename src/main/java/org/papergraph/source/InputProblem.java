package org.papergraph.source;

/**
 * Something wrong with an input: the file (or {@code -} for stdin), the 1-based line where the problem
 * is (0 when unknown or the whole file), and a message that says what was wrong and what was done about
 * it (record skipped, field ignored, text decoded as windows-1252...).
 */
public record InputProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
