package org.mitosis.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.TrackCycle;

/**
 * How many of the truth's complete cell cycles a result gives back, and how long it finds them; part
 * of every {@link EvaluationReport}.
 * A cycle runs from the division a cell is born at to its own (package {@code org.mitosis.core.cycles});
 * a result's cycle is correct when both its divisions are found and matched to the two divisions of
 * one truth cycle (the evaluation's one-to-one division matching, so within its frame tolerance). It
 * takes one unbroken track between two divisions found, with the right identity at both ends: what
 * an interdivision time measured from the result needs.
 *
 * @param tp result cycles matched to a truth cycle
 * @param fp result cycles matched to none
 * @param fn truth cycles no result cycle matches
 * @param precision TP / (TP + FP); 1 when the result has no complete cycle
 * @param recall TP / (TP + FN); 1 when the truth has none
 * @param f1 2 TP / (2 TP + FP + FN); 1 when neither has any
 * @param meanAbsoluteLengthError mean |result length − truth length| in frames over the matched
 *        cycles; NaN where none matched
 */
public record CycleScores(int tp, int fp, int fn, double precision, double recall, double f1,
        double meanAbsoluteLengthError) {

    /**
     * @param truth the truth's cycles
     * @param result the result's cycles
     * @param divisions every division's outcome in the result's evaluation against the truth (its division matching)
     */
    static CycleScores of(CellCycles truth, CellCycles result, List<DivisionOutcome> divisions) {
        Map<CellRef, CellRef> truthDivisionOf = new HashMap<>();
        for (DivisionOutcome o : divisions) {
            if (o.kind() == DivisionOutcome.Kind.FOUND) {
                truthDivisionOf.put(o.result(), o.truth());
            }
        }
        Map<CellRef, TrackCycle> truthCycleEndingAt = new HashMap<>();
        int truthCycles = 0;
        for (TrackCycle t : truth.tracks()) {
            if (t.complete()) {
                truthCycleEndingAt.put(last(t), t);
                truthCycles++;
            }
        }
        int resultCycles = 0;
        int tp = 0;
        double lengthError = 0;
        for (TrackCycle r : result.tracks()) {
            if (!r.complete()) {
                continue;
            }
            resultCycles++;
            TrackCycle t = truthCycleEndingAt.get(truthDivisionOf.get(last(r)));
            if (t != null && truth.birthDivision(t).equals(truthDivisionOf.get(result.birthDivision(r)))) {
                tp++;
                lengthError += Math.abs(r.frames() - t.frames());
            }
        }
        int fp = resultCycles - tp;
        int fn = truthCycles - tp;
        double precision = Ratios.ratio(tp, resultCycles);
        double recall = Ratios.ratio(tp, truthCycles);
        return new CycleScores(tp, fp, fn, precision, recall, Ratios.ratio(2L * tp, 2L * tp + fp + fn),
                tp == 0 ? Double.NaN : lengthError / tp);
    }

    /** One line for people: counts, precision, recall, F1 and the mean length error. */
    public String toLine() {
        return String.format(Locale.ROOT, "complete cell cycles against the truth: %d found, %d false, %d missed; "
                + "precision %.4f, recall %.4f, F1 %.4f; mean length error of those found %.2f frames",
                tp, fp, fn, precision, recall, f1, meanAbsoluteLengthError);
    }

    private static CellRef last(TrackCycle t) {
        return t.track().cells().get(t.track().cells().size() - 1);
    }
}
