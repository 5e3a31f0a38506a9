package org.mitosis.core.qp;

import java.util.Objects;

/**
 * Backward pass of the differentiable optimisation layer: the gradient of a loss L(z*) with respect
 * to the problem's costs and consistency weights, by implicit differentiation of the KKT conditions
 * at the solution (Amos &amp; Kolter, OptNet, ICML 2017).
 *
 * <p>On the active face of the solution (variables at a bound, tight source rows and all target
 * rows held as equalities, see {@link ActiveSet}) the free variables solve
 * {@code [P_FF A_Fᵀ; A_F 0] [x_F; ν] = [−q_F − P_FB x_B; b − A_B x_B]}. With {@code [u; v]} the
 * solution of the same matrix against {@code [∂L/∂x_F; 0]} and {@code d = −u} (zero on fixed
 * variables, OptNet's {@code d_z}):
 * <pre>
 *   ∂L/∂c_p = d_p,  ∂L/∂α_j = d_{a_j},  ∂L/∂β_i = d_{s_i},
 *   ∂L/∂w_k = (d_u − d_v)(z_u − z_v)     (from ∂L/∂P = ½(d xᵀ + x dᵀ) and ∂P/∂w_k = e eᵀ, e = e_u − e_v).
 * </pre>
 * γ is a fixed hyper-parameter. The map is differentiable where the active set is locally constant
 * (almost everywhere); on a degenerate constraint (tight with zero multiplier) the constraint is
 * treated as inactive, which gives a one-sided derivative. The reduced system is solved by a sparse
 * LDLᵀ factorisation ({@link ReducedKkt}).
 */
public final class QpGradient {

    private QpGradient() {
    }

    /** Gradients of the loss with respect to the problem's parameters. Immutable; arrays are copied. */
    public static final class Result {
        private final double[] pairCost;
        private final double[] appearCost;
        private final double[] splitCost;
        private final double[] consistencyWeight;

        Result(double[] pairCost, double[] appearCost, double[] splitCost, double[] consistencyWeight) {
            this.pairCost = pairCost;
            this.appearCost = appearCost;
            this.splitCost = splitCost;
            this.consistencyWeight = consistencyWeight;
        }

        /** ∂L/∂c_p, one per candidate pair. */
        public double[] dPairCost() {
            return pairCost.clone();
        }

        /** ∂L/∂α_j, one per target. */
        public double[] dAppearCost() {
            return appearCost.clone();
        }

        /** ∂L/∂β_i, one per source. */
        public double[] dSplitCost() {
            return splitCost.clone();
        }

        /** ∂L/∂w_k, one per consistency term. */
        public double[] dConsistencyWeight() {
            return consistencyWeight.clone();
        }
    }

    /**
     * @param problem  the problem that was solved
     * @param solution its solution with multipliers (from {@link AdmmQpSolver}; polished is best)
     * @param dLdz     ∂L/∂z at the solution, one per candidate pair
     * @throws IllegalArgumentException if the solution has failed, carries no multipliers or does not
     *                                  match the problem
     */
    public static Result backward(CorrespondenceProblem problem, QpSolution solution, double[] dLdz) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(dLdz, "dLdz");
        QpStructure q = problem.structure();
        if (dLdz.length != q.pairs || solution.z().length != q.pairs || solution.a().length != q.targets
                || solution.s().length != q.sources) {
            throw new IllegalArgumentException("solution or dLdz does not match " + problem);
        }
        if (solution.status() == QpStatus.FAILED || !Double.isFinite(solution.dualResidual())) {
            throw new IllegalArgumentException("the backward pass needs a solution with multipliers, got " + solution);
        }
        double[] x = solution.stacked();
        ActiveSet active = ActiveSet.of(q, x, solution.rowDualArray(), solution.boundDualArray());
        ReducedKkt kkt = new ReducedKkt(q, active);
        double[] g = new double[q.size];
        System.arraycopy(dLdz, 0, g, 0, q.pairs);
        double[] d = kkt.adjoint(g);
        for (int i = 0; i < d.length; i++) {
            d[i] = -d[i];
        }
        double[] dPair = new double[q.pairs];
        System.arraycopy(d, 0, dPair, 0, q.pairs);
        double[] dAppear = new double[q.targets];
        System.arraycopy(d, q.pairs, dAppear, 0, q.targets);
        double[] dSplit = new double[q.sources];
        System.arraycopy(d, q.pairs + q.targets, dSplit, 0, q.sources);
        double[] dWeight = new double[q.termU.length];
        for (int k = 0; k < dWeight.length; k++) {
            int u = q.termU[k];
            int v = q.termV[k];
            dWeight[k] = (d[u] - d[v]) * (x[u] - x[v]);
        }
        return new Result(dPair, dAppear, dSplit, dWeight);
    }
}
