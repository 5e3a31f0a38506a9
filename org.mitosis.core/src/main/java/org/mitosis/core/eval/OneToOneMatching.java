package org.mitosis.core.eval;

import java.util.Arrays;

import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;

/**
 * One-to-one matching of left items to right items over candidate pairs with costs in
 * {@code [0, maxCost]}: first as many pairs as possible, then the least total cost. The
 * lexicographic order comes from an unmatched cost W per item with 2W larger than any possible
 * total of pair costs, so that one pair more always pays.
 */
final class OneToOneMatching {

    private final AssignmentProblem.Builder builder;
    private final int left;
    private final int right;
    private final double maxCost;

    OneToOneMatching(int left, int right, double maxCost) {
        if (left < 0 || right < 0 || !(maxCost >= 0)) {
            throw new IllegalArgumentException("bad matching " + left + " x " + right + ", max cost " + maxCost);
        }
        this.left = left;
        this.right = right;
        this.maxCost = maxCost;
        this.builder = AssignmentProblem.builder(left, right);
    }

    void allow(int i, int j, double cost) {
        if (cost < 0 || cost > maxCost) {
            throw new IllegalArgumentException("cost " + cost + " outside 0.." + maxCost);
        }
        builder.add(i, j, cost);
    }

    /** The right item of each left item, -1 where unmatched. */
    int[] solve() {
        double unmatched = (maxCost + 1) * (Math.min(left, right) + 1);
        Assignment a = new SparseAssignmentSolver(
                builder.unmatchedRowCost(unmatched).unmatchedColumnCost(unmatched).build()).solve();
        if (!a.isOptimal()) {
            throw new IllegalStateException("a matching with unmatched costs is always feasible: " + a);
        }
        int[] out = new int[left];
        Arrays.setAll(out, a::columnOf);
        return out;
    }
}
