package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.mitosis.core.graph.CandidatePairs;

/**
 * Turns relaxed link values z (in [0, 1], one per candidate pair) into integral links under the
 * problem's constraints: every target has at most one source (otherwise it appears), every source
 * at most two targets (two = a division).
 *
 * <p>Greedy: pairs in decreasing z, a pair with {@code z >= threshold} is taken when its target is
 * still free and its source has no target yet, or one target and {@code z >= divisionThreshold}
 * (a division needs its own, usually stricter, evidence; the threshold is tuned on validation
 * frames). O(P log P). This is a 1/2-approximation of
 * the best integral solution of {@code max Σ (z_p − threshold) x_p}, and exact whenever the relaxed
 * solution is already nearly integral, as the QP's usually is. To be replaced by the sparse
 * assignment solver (package {@code assign}) once it exists.
 */
public final class LinkRounding {

    private final double threshold;
    private final double divisionThreshold;

    /**
     * @param threshold smallest z that may become a link, in (0, 1)
     * @param divisionThreshold smallest z that may become a source's second link, in [threshold, 1)
     */
    public LinkRounding(double threshold, double divisionThreshold) {
        if (!(threshold > 0 && threshold < 1) || !(divisionThreshold >= threshold && divisionThreshold < 1)) {
            throw new IllegalArgumentException("need 0 < threshold <= divisionThreshold < 1, got " + threshold
                    + " and " + divisionThreshold);
        }
        this.threshold = threshold;
        this.divisionThreshold = divisionThreshold;
    }

    /**
     * @return the indices of the chosen pairs, ascending
     */
    public int[] round(CandidatePairs pairs, double[] z) {
        if (z.length != pairs.size()) {
            throw new IllegalArgumentException(z.length + " values for " + pairs.size() + " pairs");
        }
        Integer[] order = new Integer[z.length];
        for (int p = 0; p < z.length; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer p) -> -z[p]).thenComparingInt(p -> p));
        boolean[] targetTaken = new boolean[pairs.targetCount()];
        int[] sourceLinks = new int[pairs.sourceCount()];
        List<Integer> chosen = new ArrayList<>();
        for (int p : order) {
            if (z[p] < threshold) {
                break;
            }
            int s = pairs.source(p);
            int t = pairs.target(p);
            if (!targetTaken[t] && (sourceLinks[s] == 0 || sourceLinks[s] == 1 && z[p] >= divisionThreshold)) {
                targetTaken[t] = true;
                sourceLinks[s]++;
                chosen.add(p);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
