package org.mitosis.core.qp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The correspondence quadratic program between the cells of frame t (sources, {@code 0..m-1}) and
 * frame t+1 (targets, {@code 0..n-1}); see the package documentation for the maths.
 *
 * <p>Variables {@code x = [z, a, s]}: one {@code z_p} per candidate pair {@code p = (i, j)}, one
 * appearance slack {@code a_j} per target and one split slack {@code s_i} per source:
 * <pre>
 *   minimise   ½ γ ‖x‖² + ½ Σ_k w_k (z_{u_k} − z_{v_k})² + Σ_p c_p z_p + Σ_j α_j a_j + Σ_i β_i s_i
 *   subject to Σ_{p→j} z_p + a_j = 1   for every target j
 *              Σ_{i→p} z_p − s_i ≤ 1   for every source i
 *              0 ≤ x ≤ 1
 * </pre>
 * Immutable; the constructor checks index ranges, finiteness, {@code γ > 0} and {@code w ≥ 0}.
 * Arrays are copied on the way in and out.
 */
public final class CorrespondenceProblem {

    private final int sources;
    private final int targets;
    private final int[] pairSource;
    private final int[] pairTarget;
    private final double[] pairCost;
    private final double[] appearCost;
    private final double[] splitCost;
    private final double gamma;
    private final int[] consistencyU;
    private final int[] consistencyV;
    private final double[] consistencyWeight;
    private final QpStructure structure;

    /**
     * @param sources           number m of cells at frame t
     * @param targets           number n of cells at frame t+1
     * @param pairSource        source index of each candidate pair
     * @param pairTarget        target index of each candidate pair (same length)
     * @param pairCost          linear cost c_p of each pair (same length)
     * @param appearCost        cost α_j of target j appearing without predecessor (length n)
     * @param splitCost         cost β_i of source i taking a second successor (length m)
     * @param gamma             strict-convexity weight γ &gt; 0
     * @param consistencyU      first pair index of each consistency term
     * @param consistencyV      second pair index of each consistency term (same length)
     * @param consistencyWeight weight w_k ≥ 0 of each consistency term (same length)
     * @throws IllegalArgumentException listing every problem found
     */
    public CorrespondenceProblem(int sources, int targets, int[] pairSource, int[] pairTarget,
            double[] pairCost, double[] appearCost, double[] splitCost, double gamma,
            int[] consistencyU, int[] consistencyV, double[] consistencyWeight) {
        this.sources = sources;
        this.targets = targets;
        this.pairSource = pairSource.clone();
        this.pairTarget = pairTarget.clone();
        this.pairCost = pairCost.clone();
        this.appearCost = appearCost.clone();
        this.splitCost = splitCost.clone();
        this.gamma = gamma;
        this.consistencyU = consistencyU.clone();
        this.consistencyV = consistencyV.clone();
        this.consistencyWeight = consistencyWeight.clone();
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid correspondence problem: " + String.join("; ", problems));
        }
        this.structure = new QpStructure(this);
    }

    private List<String> problems() {
        List<String> out = new ArrayList<>();
        if (sources < 0 || targets < 0) {
            out.add("negative cell count (sources " + sources + ", targets " + targets + ")");
        }
        int pairs = pairSource.length;
        if (pairTarget.length != pairs || pairCost.length != pairs) {
            out.add("pair arrays differ in length (" + pairs + ", " + pairTarget.length + ", " + pairCost.length + ")");
        }
        checkIndices(out, "pair source", pairSource, sources);
        checkIndices(out, "pair target", pairTarget, targets);
        checkFinite(out, "pair cost", pairCost);
        if (appearCost.length != targets) {
            out.add("appearCost has length " + appearCost.length + ", expected " + targets);
        }
        checkFinite(out, "appear cost", appearCost);
        if (splitCost.length != sources) {
            out.add("splitCost has length " + splitCost.length + ", expected " + sources);
        }
        checkFinite(out, "split cost", splitCost);
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            out.add("gamma must be finite and > 0, got " + gamma);
        }
        int terms = consistencyU.length;
        if (consistencyV.length != terms || consistencyWeight.length != terms) {
            out.add("consistency arrays differ in length (" + terms + ", " + consistencyV.length + ", "
                    + consistencyWeight.length + ")");
        }
        checkIndices(out, "consistency u", consistencyU, pairs);
        checkIndices(out, "consistency v", consistencyV, pairs);
        checkFinite(out, "consistency weight", consistencyWeight);
        for (int k = 0; k < consistencyWeight.length; k++) {
            if (consistencyWeight[k] < 0) {
                out.add("consistency weight " + k + " is negative (" + consistencyWeight[k] + ")");
                break;
            }
        }
        return out;
    }

    private static void checkIndices(List<String> out, String what, int[] indices, int bound) {
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= bound) {
                out.add(what + " " + k + " is " + indices[k] + ", outside 0.." + (bound - 1));
                return;
            }
        }
    }

    private static void checkFinite(List<String> out, String what, double[] values) {
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                out.add(what + " " + k + " is not finite (" + values[k] + ")");
                return;
            }
        }
    }

    /** Number m of source cells (frame t). */
    public int sources() {
        return sources;
    }

    /** Number n of target cells (frame t+1). */
    public int targets() {
        return targets;
    }

    /** Number of candidate pairs. */
    public int pairs() {
        return pairSource.length;
    }

    /** Number of consistency terms. */
    public int consistencyTerms() {
        return consistencyU.length;
    }

    /** Number of variables: pairs + targets + sources. */
    public int variables() {
        return pairSource.length + targets + sources;
    }

    public int[] pairSource() {
        return pairSource.clone();
    }

    public int[] pairTarget() {
        return pairTarget.clone();
    }

    public double[] pairCost() {
        return pairCost.clone();
    }

    public double[] appearCost() {
        return appearCost.clone();
    }

    public double[] splitCost() {
        return splitCost.clone();
    }

    public double gamma() {
        return gamma;
    }

    public int[] consistencyU() {
        return consistencyU.clone();
    }

    public int[] consistencyV() {
        return consistencyV.clone();
    }

    public double[] consistencyWeight() {
        return consistencyWeight.clone();
    }

    /** Source of pair {@code p}. */
    public int pairSource(int p) {
        return pairSource[p];
    }

    /** Target of pair {@code p}. */
    public int pairTarget(int p) {
        return pairTarget[p];
    }

    /** The index structure shared by the solvers (no copies; do not modify). */
    QpStructure structure() {
        return structure;
    }

    /**
     * The objective value at {@code (z, a, s)} (feasibility is not checked).
     *
     * @throws IllegalArgumentException if an array has the wrong length
     */
    public double objective(double[] z, double[] a, double[] s) {
        if (z.length != pairs() || a.length != targets || s.length != sources) {
            throw new IllegalArgumentException("variable arrays have lengths " + z.length + ", " + a.length + ", "
                    + s.length + "; expected " + pairs() + ", " + targets + ", " + sources);
        }
        double value = 0;
        for (int p = 0; p < z.length; p++) {
            value += 0.5 * gamma * z[p] * z[p] + pairCost[p] * z[p];
        }
        for (int j = 0; j < targets; j++) {
            value += 0.5 * gamma * a[j] * a[j] + appearCost[j] * a[j];
        }
        for (int i = 0; i < sources; i++) {
            value += 0.5 * gamma * s[i] * s[i] + splitCost[i] * s[i];
        }
        for (int k = 0; k < consistencyU.length; k++) {
            double d = z[consistencyU[k]] - z[consistencyV[k]];
            value += 0.5 * consistencyWeight[k] * d * d;
        }
        return value;
    }

    /** A problem with the same structure and γ but other costs and weights (used for gradients checks and training). */
    public CorrespondenceProblem withCosts(double[] newPairCost, double[] newAppearCost, double[] newSplitCost,
            double[] newConsistencyWeight) {
        return new CorrespondenceProblem(sources, targets, pairSource, pairTarget, newPairCost, newAppearCost,
                newSplitCost, gamma, consistencyU, consistencyV, newConsistencyWeight);
    }

    @Override
    public String toString() {
        return "CorrespondenceProblem[sources=" + sources + ", targets=" + targets + ", pairs=" + pairs()
                + ", consistencyTerms=" + consistencyTerms() + ", gamma=" + gamma + "]";
    }

    /** Starts a builder for {@code sources} cells at t and {@code targets} cells at t+1. */
    public static Builder builder(int sources, int targets, double gamma) {
        return new Builder(sources, targets, gamma);
    }

    /**
     * Collects pairs and consistency terms one by one. Appear and split costs default to 0.
     * Validation happens in {@link #build()}.
     */
    public static final class Builder {
        private final int sources;
        private final int targets;
        private final double gamma;
        private final double[] appear;
        private final double[] split;
        private int[] source = new int[16];
        private int[] target = new int[16];
        private double[] cost = new double[16];
        private int pairs;
        private int[] u = new int[16];
        private int[] v = new int[16];
        private double[] w = new double[16];
        private int terms;

        private Builder(int sources, int targets, double gamma) {
            this.sources = sources;
            this.targets = targets;
            this.gamma = gamma;
            this.appear = new double[Math.max(0, targets)];
            this.split = new double[Math.max(0, sources)];
        }

        /** Adds candidate pair (source i, target j) with cost c and returns its index. */
        public int addPair(int i, int j, double c) {
            if (pairs == source.length) {
                source = Arrays.copyOf(source, 2 * pairs);
                target = Arrays.copyOf(target, 2 * pairs);
                cost = Arrays.copyOf(cost, 2 * pairs);
            }
            source[pairs] = i;
            target[pairs] = j;
            cost[pairs] = c;
            return pairs++;
        }

        /** Adds the consistency term ½ w (z_pu − z_pv)². */
        public Builder addConsistency(int pu, int pv, double weight) {
            if (terms == u.length) {
                u = Arrays.copyOf(u, 2 * terms);
                v = Arrays.copyOf(v, 2 * terms);
                w = Arrays.copyOf(w, 2 * terms);
            }
            u[terms] = pu;
            v[terms] = pv;
            w[terms] = weight;
            terms++;
            return this;
        }

        /** Sets the appearance cost α_j of target j. */
        public Builder appearCost(int j, double alpha) {
            appear[j] = alpha;
            return this;
        }

        /** Sets the appearance cost of every target. */
        public Builder appearCost(double alpha) {
            Arrays.fill(appear, alpha);
            return this;
        }

        /** Sets the split cost β_i of source i. */
        public Builder splitCost(int i, double beta) {
            split[i] = beta;
            return this;
        }

        /** Sets the split cost of every source. */
        public Builder splitCost(double beta) {
            Arrays.fill(split, beta);
            return this;
        }

        /** @throws IllegalArgumentException listing every problem found */
        public CorrespondenceProblem build() {
            return new CorrespondenceProblem(sources, targets, Arrays.copyOf(source, pairs),
                    Arrays.copyOf(target, pairs), Arrays.copyOf(cost, pairs), appear, split, gamma,
                    Arrays.copyOf(u, terms), Arrays.copyOf(v, terms), Arrays.copyOf(w, terms));
        }
    }
}
