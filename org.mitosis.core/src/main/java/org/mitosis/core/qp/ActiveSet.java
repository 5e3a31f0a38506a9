package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * A guess of which inequalities hold with equality at the optimum: variables fixed at their lower
 * bound 0 or upper bound 1, and tight source rows. Target rows are always active.
 *
 * <p>Rule (OSQP's polish, Stellato et al. 2020, §5.2): a bound or row is active when its
 * multiplier exceeds its slack, e.g. {@code x_i − 0 < −y_i} for the lower bound. This uses both the
 * primal slack and the dual, so it is stable for ADMM iterates and exact at a polished solution;
 * degenerate constraints (tight with zero multiplier) are treated as inactive.
 */
final class ActiveSet {

    static final byte FREE = 0;
    static final byte LOWER = 1;
    static final byte UPPER = 2;

    private final byte[] bound;
    private final boolean[] sourceActive;

    private ActiveSet(byte[] bound, boolean[] sourceActive) {
        this.bound = bound;
        this.sourceActive = sourceActive;
    }

    /**
     * @param q         problem structure
     * @param x         values of the bound rows (the variables, or ADMM's projected copy)
     * @param boundDual their multipliers
     * @param rowValues values of the constraint rows Ax (or ADMM's projected copy)
     * @param rowDual   their multipliers
     */
    static ActiveSet guess(QpStructure q, double[] x, double[] boundDual, double[] rowValues, double[] rowDual) {
        byte[] bound = new byte[q.size];
        for (int i = 0; i < q.size; i++) {
            if (x[i] < -boundDual[i]) {
                bound[i] = LOWER;
            } else if (1.0 - x[i] < boundDual[i]) {
                bound[i] = UPPER;
            }
        }
        boolean[] sourceActive = new boolean[q.sources];
        for (int i = 0; i < q.sources; i++) {
            int row = q.targets + i;
            sourceActive[i] = 1.0 - rowValues[row] < rowDual[row];
        }
        return new ActiveSet(bound, sourceActive);
    }

    /**
     * The next guess after a polish on the face {@code current}: {@link #guess}'s, except that a
     * degenerate bound or source row stays as it was: a fixed variable whose multiplier is zero or of
     * the wrong sign by at most {@code tolerance}, or an active tight row whose multiplier is. The
     * certificate accepts a multiplier that far off its sign, so keeping them fixed costs no accuracy.
     *
     * <p>Why: from a vertex ({@link VertexStart}) nearly every row's multiplier is settled against one
     * of its variables, whose multiplier is then zero to round-off, and {@link #guess} frees them all.
     * On F0009's 779 frame pairs (the shipped GNN-DOL, trained on perturbed cells) 419 vertices needed
     * a correction, and the next reduced system held ~135 free pairs where ~8 had a multiplier of the
     * wrong sign; kept fixed, the QP's whole-movie time fell from 54-70 ms to 41-43 ms (same optimum,
     * same links).
     */
    static ActiveSet corrected(QpStructure q, ActiveSet current, double[] x, double[] rawBoundDual,
            double[] rowValues, double[] rowDual, double tolerance) {
        ActiveSet next = guess(q, x, rawBoundDual, rowValues, rowDual);
        for (int i = 0; i < q.size; i++) {
            byte was = current.bound[i];
            if (next.bound[i] == FREE && was != FREE
                    && (was == LOWER ? rawBoundDual[i] <= tolerance : rawBoundDual[i] >= -tolerance)) {
                next.bound[i] = was;
            }
        }
        for (int i = 0; i < q.sources; i++) {
            int row = q.targets + i;
            if (current.sourceActive[i] && !next.sourceActive[i] && rowDual[row] >= -tolerance
                    && Math.abs(1.0 - rowValues[row]) <= tolerance) {
                next.sourceActive[i] = true;
            }
        }
        return next;
    }

    /**
     * The face of a vertex x (every variable 0 or 1): each variable fixed at its value, and the
     * source rows active where tight ({@code Σ z − s = 1}), inactive where the source keeps no successor.
     */
    static ActiveSet atVertex(QpStructure q, double[] x) {
        byte[] bound = new byte[q.size];
        for (int i = 0; i < q.size; i++) {
            bound[i] = x[i] > 0.5 ? UPPER : LOWER;
        }
        double[] rowValues = new double[q.rows];
        q.multiplyA(x, rowValues);
        boolean[] sourceActive = new boolean[q.sources];
        for (int i = 0; i < q.sources; i++) {
            sourceActive[i] = rowValues[q.targets + i] > 0.5;
        }
        return new ActiveSet(bound, sourceActive);
    }

    /** The active set at a solution, from its variables and multipliers. */
    static ActiveSet of(QpStructure q, double[] x, double[] rowDual, double[] boundDual) {
        double[] rowValues = new double[q.rows];
        q.multiplyA(x, rowValues);
        return guess(q, x, boundDual, rowValues, rowDual);
    }

    /** FREE, LOWER or UPPER for variable i. */
    byte bound(int i) {
        return bound[i];
    }

    boolean isFree(int i) {
        return bound[i] == FREE;
    }

    /** Value of a fixed variable (0 or 1); 0 for a free one. */
    double fixedValue(int i) {
        return bound[i] == UPPER ? 1.0 : 0.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActiveSet that && Arrays.equals(bound, that.bound)
                && Arrays.equals(sourceActive, that.sourceActive);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bound) + Arrays.hashCode(sourceActive);
    }

    /** Whether constraint row r is active: every target row, and the tight source rows. */
    boolean rowActive(QpStructure q, int row) {
        return q.isEquality(row) || sourceActive[row - q.targets];
    }
}
