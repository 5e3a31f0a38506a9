package org.mitosis.core.eval;

/**
 * How well predicted divisions match the truth's.
 *
 * @param tp predicted divisions matched to a truth division
 * @param fp predicted divisions left unmatched
 * @param fn truth divisions left unmatched
 * @param precision TP / (TP + FP); 1 when nothing was predicted
 * @param recall TP / (TP + FN); 1 when the truth has no division
 * @param f1 2 TP / (2 TP + FP + FN); 1 when both sides are empty
 * @param mbc TP / (TP + FP + FN), the mitotic branching correctness; 1 when both sides are empty
 * @param strictTp matched divisions whose daughters also match (see {@link Evaluation})
 * @param strictF1 2 strictTp / (predicted + truth divisions); 1 when both sides are empty
 */
public record DivisionScores(int tp, int fp, int fn, double precision, double recall, double f1, double mbc,
        int strictTp, double strictF1) {

    /** Scores from the counts. */
    public static DivisionScores of(int tp, int fp, int fn, int strictTp) {
        if (tp < 0 || fp < 0 || fn < 0 || strictTp < 0 || strictTp > tp) {
            throw new IllegalArgumentException("bad counts tp=" + tp + " fp=" + fp + " fn=" + fn + " strict=" + strictTp);
        }
        return new DivisionScores(tp, fp, fn, Ratios.ratio(tp, tp + fp), Ratios.ratio(tp, tp + fn),
                Ratios.ratio(2L * tp, 2L * tp + fp + fn), Ratios.ratio(tp, (long) tp + fp + fn),
                strictTp, Ratios.ratio(2L * strictTp, 2L * tp + fp + fn));
    }
}
