package org.mitosis.core.cycles;

/**
 * A lineage's cell cycles in a few numbers (definitions in the package documentation). Lengths and
 * times are in frames; a statistic of no complete cycle, and an unknown doubling time, are NaN.
 *
 * @param tracks tracks in the lineage
 * @param divisions dividing cells
 * @param completeCycles tracks seen from birth to division
 * @param bornStillPresent tracks born and still present in the last frame (cycles cut by the movie's end)
 * @param appeared tracks that appeared without a parent after the first frame
 * @param vanished tracks that vanished before the last frame without dividing
 * @param medianCycle median cell cycle length of the complete cycles
 * @param lowerQuartileCycle their first quartile
 * @param upperQuartileCycle their third quartile
 * @param meanCycle their mean
 * @param doublingTime population doubling time from the cells per frame
 */
public record CycleSummary(int tracks, int divisions, int completeCycles, int bornStillPresent, int appeared,
        int vanished, double medianCycle, double lowerQuartileCycle, double upperQuartileCycle, double meanCycle,
        double doublingTime) {

    /**
     * The counts in the order the summary tables give them: tracks, divisions, complete cycles, born still
     * present, appeared, vanished.
     */
    public int[] counts() {
        return new int[] {tracks, divisions, completeCycles, bornStillPresent, appeared, vanished};
    }

    /**
     * The times in frames in the order the summary tables give them: median, first quartile, third quartile
     * and mean cycle, doubling time.
     */
    public double[] times() {
        return new double[] {medianCycle, lowerQuartileCycle, upperQuartileCycle, meanCycle, doublingTime};
    }
}
