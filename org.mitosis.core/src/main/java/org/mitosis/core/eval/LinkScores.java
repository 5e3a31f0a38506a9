package org.mitosis.core.eval;

/**
 * How well result links agree with truth links, over matched cells (see {@link Evaluation}).
 *
 * @param correct result links whose endpoints both match truth cells and that the truth confirms
 * @param scoredResult result links whose endpoints both match truth cells
 * @param found truth links whose endpoints both match result cells and that the result confirms
 * @param scoredTruth truth links whose endpoints both match result cells
 * @param precision correct / scoredResult; 1 when scoredResult is 0
 * @param recall found / scoredTruth; 1 when scoredTruth is 0
 * @param f1 harmonic mean of precision and recall; 0 when both are 0
 */
public record LinkScores(long correct, long scoredResult, long found, long scoredTruth,
        double precision, double recall, double f1) {

    /** Scores from the counts. */
    public static LinkScores of(long correct, long scoredResult, long found, long scoredTruth) {
        if (correct < 0 || correct > scoredResult || found < 0 || found > scoredTruth) {
            throw new IllegalArgumentException("bad counts " + correct + "/" + scoredResult + ", " + found + "/" + scoredTruth);
        }
        double p = Ratios.ratio(correct, scoredResult);
        double r = Ratios.ratio(found, scoredTruth);
        return new LinkScores(correct, scoredResult, found, scoredTruth, p, r, Ratios.f1(p, r));
    }
}
