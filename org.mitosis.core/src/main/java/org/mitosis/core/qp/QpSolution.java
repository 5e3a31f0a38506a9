package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * The result of a {@link QpSolver}: the variables, the status and the residuals, and the dual
 * variables used by the backward pass ({@link QpGradient}).
 *
 * <p>Dual convention: with {@code x = [z, a, s]}, the solution satisfies the stationarity
 * condition {@code P x + q + Aᵀ y + y_bound = 0}, where {@code y = [targetDual, sourceDual]}
 * (sourceDual ≥ 0, positive only where the source row is tight) and {@code y_bound} is positive at
 * an upper bound 1, negative at a lower bound 0 and zero in between. Immutable; arrays are copied.
 */
public final class QpSolution {

    private final double[] z;
    private final double[] a;
    private final double[] s;
    private final double[] rowDual;
    private final double[] boundDual;
    private final QpStatus status;
    private final int iterations;
    private final double primalResidual;
    private final double dualResidual;
    private final double objective;
    private final boolean polished;

    QpSolution(CorrespondenceProblem problem, double[] x, double[] rowDual, double[] boundDual, QpStatus status,
            int iterations, double primalResidual, double dualResidual, boolean polished) {
        int pairs = problem.pairs();
        int targets = problem.targets();
        this.z = Arrays.copyOfRange(x, 0, pairs);
        this.a = Arrays.copyOfRange(x, pairs, pairs + targets);
        this.s = Arrays.copyOfRange(x, pairs + targets, x.length);
        this.rowDual = rowDual.clone();
        this.boundDual = boundDual.clone();
        this.status = status;
        this.iterations = iterations;
        this.primalResidual = primalResidual;
        this.dualResidual = dualResidual;
        this.objective = problem.objective(z, a, s);
        this.polished = polished;
    }

    /** Pair variables z_p in [0, 1], one per candidate pair. */
    public double[] z() {
        return z.clone();
    }

    /** Pair variable z_p. */
    public double z(int p) {
        return z[p];
    }

    /** Appearance slacks a_j, one per target. */
    public double[] a() {
        return a.clone();
    }

    /** Split slacks s_i, one per source. */
    public double[] s() {
        return s.clone();
    }

    /** Multipliers of the target equalities (length n). */
    public double[] targetDual() {
        return Arrays.copyOfRange(rowDual, 0, a.length);
    }

    /** Multipliers of the source inequalities (length m, ≥ 0). */
    public double[] sourceDual() {
        return Arrays.copyOfRange(rowDual, a.length, rowDual.length);
    }

    /** Multipliers of the bounds 0 ≤ x ≤ 1, in the order {@code [z, a, s]}. */
    public double[] boundDual() {
        return boundDual.clone();
    }

    /** The stacked variables {@code [z, a, s]}. */
    double[] stacked() {
        double[] x = new double[z.length + a.length + s.length];
        System.arraycopy(z, 0, x, 0, z.length);
        System.arraycopy(a, 0, x, z.length, a.length);
        System.arraycopy(s, 0, x, z.length + a.length, s.length);
        return x;
    }

    double[] rowDualArray() {
        return rowDual;
    }

    double[] boundDualArray() {
        return boundDual;
    }

    public QpStatus status() {
        return status;
    }

    /** Iterations of the solver (ADMM steps; 0 where the solver does not report them). */
    public int iterations() {
        return iterations;
    }

    /** Largest constraint violation (∞-norm). */
    public double primalResidual() {
        return primalResidual;
    }

    /** ∞-norm of the stationarity residual {@code Px + q + Aᵀy + y_bound} with sign-feasible duals. */
    public double dualResidual() {
        return dualResidual;
    }

    /** Objective value at the solution. */
    public double objective() {
        return objective;
    }

    /** Whether the active-set polish step produced this solution. */
    public boolean polished() {
        return polished;
    }

    @Override
    public String toString() {
        return "QpSolution[status=" + status + ", iterations=" + iterations + ", objective=" + objective
                + ", primalResidual=" + primalResidual + ", dualResidual=" + dualResidual + ", polished=" + polished
                + "]";
    }
}
