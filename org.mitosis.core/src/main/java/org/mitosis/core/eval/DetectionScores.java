package org.mitosis.core.eval;

/**
 * How well the result's cells agree with the truth's cells, by the one-to-one cell matching within
 * the cell radius (see {@link Evaluation}).
 *
 * @param tp matched cells
 * @param fp result cells without a truth match
 * @param fn truth cells without a result match
 * @param precision tp / (tp + fp); 1 when the result has no cell
 * @param recall tp / (tp + fn); 1 when the truth has no cell
 * @param f1 harmonic mean of precision and recall; 0 when both are 0
 */
public record DetectionScores(int tp, int fp, int fn, double precision, double recall, double f1) {

    /** Scores from the counts. */
    public static DetectionScores of(int matched, int resultCells, int truthCells) {
        if (matched < 0 || matched > resultCells || matched > truthCells) {
            throw new IllegalArgumentException("bad counts " + matched + " of " + resultCells + " and " + truthCells);
        }
        double p = Ratios.ratio(matched, resultCells);
        double r = Ratios.ratio(matched, truthCells);
        return new DetectionScores(matched, resultCells - matched, truthCells - matched, p, r, Ratios.f1(p, r));
    }
}
