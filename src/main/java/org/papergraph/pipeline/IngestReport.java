package org.papergraph.pipeline;

import java.time.Duration;
import java.util.List;
import org.papergraph.source.InputProblem;

/**
 * What one ingest did.
 *
 * @param listings  paper records read from the inputs (a paper listed twice counts twice)
 * @param papers    distinct papers after merging sightings of the same paper
 * @param added     papers new to the store
 * @param updated   papers whose graph changed
 * @param unchanged papers whose graph was already stored as is
 * @param facts     facts extracted from the ingested papers
 * @param problems  input that was skipped or repaired, each naming file and line
 * @param elapsed   wall-clock time of the whole run
 */
public record IngestReport(int listings, int papers, int added, int updated, int unchanged, long facts,
                           List<InputProblem> problems, Duration elapsed) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Distinct papers per second over the whole run. */
    public double papersPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s > 0 ? papers / s : 0;
    }
}
