package org.mitosis.core.qp;

import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link CorrespondenceProblem} whose consistency weights are computed only when a solve asks for
 * them ({@link AdmmQpSolver#solve(DeferredConsistency)}): its costs and γ, its consistency terms'
 * pairs, and the source of their weights.
 *
 * <p>Why: a term {@code ½ w_k (z_u − z_v)²} adds {@code ±w_k (z_u − z_v)} to the objective's gradient,
 * exactly 0 wherever its two pairs take the same value. So a point that satisfies the KKT conditions
 * of the problem with only the terms cut there ({@code z_u ≠ z_v}) satisfies those of the whole
 * problem, and being strictly convex that has no other optimum. The polish from the vertex start
 * asks, before each step, for the terms touching a variable the step may move or cut at its start
 * ({@link VertexStart#solve(DeferredConsistency, AdmmSettings)}): on F0009's frame pairs 12 % of
 * them, and GNN-DOL's consistency head and the last edge update that feeds it run for those alone.
 *
 * <p>Weights once asked are kept. Not thread-safe.
 */
public final class DeferredConsistency {

    /** The source of the consistency weights. */
    @FunctionalInterface
    public interface Weights {

        /**
         * @param terms indices of terms, increasing, none asked before
         * @return their weights w ≥ 0, in the same order
         */
        double[] of(int[] terms);
    }

    private final CorrespondenceProblem costs;
    private final int[] termU;
    private final int[] termV;
    private final Weights weights;
    private final double[] known;
    private final boolean[] asked;
    private int askedCount;
    /** The problem with the terms asked so far; rebuilt when more are asked. */
    private CorrespondenceProblem current;

    /**
     * @param costs the problem without consistency terms: its pairs, costs and γ
     * @param termU first pair index of each consistency term
     * @param termV second pair index of each consistency term (same length)
     * @throws IllegalArgumentException when {@code costs} has consistency terms, the term arrays differ
     *                                  in length or an index is not one of its pairs
     */
    public DeferredConsistency(CorrespondenceProblem costs, int[] termU, int[] termV, Weights weights) {
        this.costs = Objects.requireNonNull(costs, "costs");
        this.weights = Objects.requireNonNull(weights, "weights");
        if (costs.consistencyTerms() > 0) {
            throw new IllegalArgumentException("the costs already have " + costs.consistencyTerms() + " consistency terms");
        }
        if (termU.length != termV.length) {
            throw new IllegalArgumentException("consistency arrays differ in length (" + termU.length + ", "
                    + termV.length + ")");
        }
        for (int k = 0; k < termU.length; k++) {
            if (termU[k] < 0 || termU[k] >= costs.pairs() || termV[k] < 0 || termV[k] >= costs.pairs()) {
                throw new IllegalArgumentException("consistency term " + k + " joins pairs " + termU[k] + " and "
                        + termV[k] + ", outside 0.." + (costs.pairs() - 1));
            }
        }
        this.termU = termU.clone();
        this.termV = termV.clone();
        this.known = new double[termU.length];
        this.asked = new boolean[termU.length];
        this.current = costs;
    }

    /** The problem without consistency terms. */
    public CorrespondenceProblem costs() {
        return costs;
    }

    /** Number of consistency terms. */
    public int terms() {
        return termU.length;
    }

    /** Number of terms whose weights were asked for so far. */
    public int askedTerms() {
        return askedCount;
    }

    /** The whole problem: every weight asked for (those not yet asked in one call). */
    public CorrespondenceProblem whole() {
        boolean[] all = new boolean[termU.length];
        Arrays.fill(all, true);
        return with(all);
    }

    /**
     * The problem with every term asked so far and every term touching a free variable of
     * {@code face} or cut at x ({@code x_u ≠ x_v}); the same instance as the last call's when no term
     * is new.
     */
    CorrespondenceProblem withTermsNeededBy(ActiveSet face, double[] x) {
        boolean[] needed = new boolean[termU.length];
        for (int k = 0; k < termU.length; k++) {
            int u = termU[k];
            int v = termV[k];
            needed[k] = x[u] != x[v] || face.isFree(u) || face.isFree(v);
        }
        return with(needed);
    }

    /** The problem with the terms asked so far. */
    CorrespondenceProblem current() {
        return current;
    }

    /** The problem with the terms asked so far and those of {@code wanted}, asking for the new ones in one call. */
    private CorrespondenceProblem with(boolean[] wanted) {
        int[] fresh = new int[termU.length];
        int count = 0;
        for (int k = 0; k < termU.length; k++) {
            if (wanted[k] && !asked[k]) {
                fresh[count++] = k;
            }
        }
        if (count == 0) {
            return current;
        }
        fresh = Arrays.copyOf(fresh, count);
        double[] w = weights.of(fresh);
        if (w.length != count) {
            throw new IllegalStateException(w.length + " consistency weights for " + count + " terms");
        }
        for (int t = 0; t < count; t++) {
            known[fresh[t]] = w[t];
            asked[fresh[t]] = true;
        }
        askedCount += count;
        int[] u = new int[askedCount];
        int[] v = new int[askedCount];
        double[] kw = new double[askedCount];
        int at = 0;
        for (int k = 0; k < termU.length; k++) {
            if (asked[k]) {
                u[at] = termU[k];
                v[at] = termV[k];
                kw[at++] = known[k];
            }
        }
        current = new CorrespondenceProblem(costs.sources(), costs.targets(), costs.pairSource(), costs.pairTarget(),
                costs.pairCost(), costs.appearCost(), costs.splitCost(), costs.gamma(), u, v, kw);
        return current;
    }
}
