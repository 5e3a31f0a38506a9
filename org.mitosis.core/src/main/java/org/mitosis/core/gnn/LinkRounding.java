package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;
import org.mitosis.core.graph.CandidatePairs;

/**
 * Turns relaxed link values into integral links under the problem's constraints: every target has
 * at most one source (otherwise it appears), every source at most two targets (two = a division).
 *
 * <p>The values come as log-odds {@code l_p = log(z_p / (1 − z_p))} (the naive head's logits
 * directly, so that saturated probabilities keep their order). The chosen links maximise
 * {@code Σ (l_p − τ)} over first links plus {@code Σ (l_p − τ_d)} over second links of a source,
 * with {@code τ = logit(threshold)} and {@code τ_d = logit(divisionThreshold) ≥ τ}: the most likely
 * consistent set of links when the pairs are taken as independent, where a division needs its own,
 * stricter evidence. Solved exactly as a sparse assignment (package {@code assign}) of two slots per
 * source to the targets, slot 1 priced with τ and slot 2 with τ_d; leaving anything unmatched costs
 * 0. Time: that of the assignment on at most 2P entries.
 */
public final class LinkRounding {

    private final double tau;
    private final double divisionTau;

    /**
     * @param threshold smallest z that may become a link, in (0, 1)
     * @param divisionThreshold smallest z that may become a source's second link, in [threshold, 1)
     */
    public LinkRounding(double threshold, double divisionThreshold) {
        if (!(threshold > 0 && threshold < 1) || !(divisionThreshold >= threshold && divisionThreshold < 1)) {
            throw new IllegalArgumentException("need 0 < threshold <= divisionThreshold < 1, got " + threshold
                    + " and " + divisionThreshold);
        }
        this.tau = logit(threshold);
        this.divisionTau = logit(divisionThreshold);
    }

    /** {@code log(p / (1 − p))}, with p clipped to [1e-12, 1 − 1e-12]. */
    public static double logit(double p) {
        double c = Math.max(1e-12, Math.min(1 - 1e-12, p));
        return Math.log(c / (1 - c));
    }

    /**
     * @param logOdds one value per candidate pair
     * @return the indices of the chosen pairs, ascending
     * @throws IllegalStateException if the assignment solver reports no optimum (it cannot here:
     *         everything may stay unmatched)
     */
    public int[] round(CandidatePairs pairs, double[] logOdds) {
        if (logOdds.length != pairs.size()) {
            throw new IllegalArgumentException(logOdds.length + " values for " + pairs.size() + " pairs");
        }
        int m = pairs.sourceCount();
        AssignmentProblem.Builder b = AssignmentProblem.builder(2 * m, pairs.targetCount())
                .unmatchedRowCost(0).unmatchedColumnCost(0);
        for (int p = 0; p < logOdds.length; p++) {
            if (logOdds[p] > tau) {
                b.add(pairs.source(p), pairs.target(p), tau - logOdds[p]);
            }
            if (logOdds[p] > divisionTau) {
                b.add(m + pairs.source(p), pairs.target(p), divisionTau - logOdds[p]);
            }
        }
        Assignment a = new SparseAssignmentSolver(b.build()).solve();
        if (!a.isOptimal()) {
            throw new IllegalStateException("link rounding found no optimal assignment: " + a.status());
        }
        List<Integer> chosen = new ArrayList<>();
        for (int p = 0; p < logOdds.length; p++) {
            int row = a.rowOf(pairs.target(p));
            if (row >= 0 && row % m == pairs.source(p)) {
                chosen.add(p);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
