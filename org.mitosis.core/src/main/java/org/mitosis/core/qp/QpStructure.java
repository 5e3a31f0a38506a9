package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * Index structure and matrix-free products of a {@link CorrespondenceProblem} in the stacked form
 * used by the solvers: {@code x = [z, a, s]} of length N = pairs + n + m, objective
 * {@code ½ xᵀPx + qᵀx} with {@code P = γI + Σ_k w_k (e_u − e_v)(e_u − e_v)ᵀ} (plus a diagonal of
 * anchored terms in a {@link #restrict restricted} structure), and constraint rows
 * {@code A x} with the n target rows (equalities, value 1) first and the m source rows (≤ 1) after.
 *
 * <p>Every product costs O(N + terms). Arrays are shared with the problem and must not be modified.
 */
final class QpStructure {

    final int pairs;
    final int targets;
    final int sources;
    final int size;
    final int rows;
    final double gamma;
    final int[] pairSource;
    final int[] pairTarget;
    final int[] termU;
    final int[] termV;
    final double[] termWeight;
    /** Linear cost q = [c, α, β]. */
    final double[] linear;
    /**
     * The diagonal of P outside the consistency Laplacian: γ, plus the weights of the terms anchored
     * at 0 in a {@link #restrict restricted} structure.
     */
    final double[] diagonal;
    /** Σ of incident consistency weights per variable (0 for slacks). */
    final double[] laplacianDiagonal;
    /** Pairs grouped by target: pairs of target j are targetPairs[targetStart[j] .. targetStart[j+1]). */
    final int[] targetStart;
    final int[] targetPairs;
    /** Pairs grouped by source, in the same layout. */
    final int[] sourceStart;
    final int[] sourcePairs;
    /**
     * Variables of each constraint row, its pairs then its slack: those of row r are
     * {@code rowVariables[rowStart[r] .. rowStart[r+1])}. One flat array, so that the polish, which
     * walks every row per active-set step, allocates nothing.
     */
    final int[] rowStart;
    final int[] rowVariables;

    QpStructure(CorrespondenceProblem problem) {
        this(problem.pairs(), problem.targets(), problem.sources(), problem.gamma(), problem.pairSource(),
                problem.pairTarget(), problem.consistencyU(), problem.consistencyV(), problem.consistencyWeight(),
                linear(problem), null);
    }

    /**
     * @param anchorWeight per pair the weight of extra terms {@code ½ w z_p²}, or null for none (see
     *                     {@link #restrict})
     */
    private QpStructure(int pairs, int targets, int sources, double gamma, int[] pairSource, int[] pairTarget,
            int[] termU, int[] termV, double[] termWeight, double[] linear, double[] anchorWeight) {
        this.pairs = pairs;
        this.targets = targets;
        this.sources = sources;
        size = pairs + targets + sources;
        rows = targets + sources;
        this.gamma = gamma;
        this.pairSource = pairSource;
        this.pairTarget = pairTarget;
        this.termU = termU;
        this.termV = termV;
        this.termWeight = termWeight;
        this.linear = linear;
        diagonal = new double[size];
        Arrays.fill(diagonal, gamma);
        if (anchorWeight != null) {
            for (int p = 0; p < pairs; p++) {
                diagonal[p] += anchorWeight[p];
            }
        }
        laplacianDiagonal = new double[size];
        for (int k = 0; k < termU.length; k++) {
            if (termU[k] != termV[k]) {
                laplacianDiagonal[termU[k]] += termWeight[k];
                laplacianDiagonal[termV[k]] += termWeight[k];
            }
        }
        targetStart = groupStart(pairTarget, targets);
        targetPairs = group(pairTarget, targetStart);
        sourceStart = groupStart(pairSource, sources);
        sourcePairs = group(pairSource, sourceStart);
        rowStart = new int[rows + 1];
        rowVariables = new int[2 * pairs + targets + sources];
        int at = 0;
        for (int row = 0; row < rows; row++) {
            boolean target = row < targets;
            int g = target ? row : row - targets;
            int[] start = target ? targetStart : sourceStart;
            int count = start[g + 1] - start[g];
            System.arraycopy(target ? targetPairs : sourcePairs, start[g], rowVariables, at, count);
            at += count;
            rowVariables[at++] = target ? appearIndex(g) : splitIndex(g);
            rowStart[row + 1] = at;
        }
    }

    private static double[] linear(CorrespondenceProblem problem) {
        int pairs = problem.pairs();
        int targets = problem.targets();
        double[] linear = new double[pairs + targets + problem.sources()];
        System.arraycopy(problem.pairCost(), 0, linear, 0, pairs);
        System.arraycopy(problem.appearCost(), 0, linear, pairs, targets);
        System.arraycopy(problem.splitCost(), 0, linear, pairs + targets, problem.sources());
        return linear;
    }

    /**
     * The problem with every pair outside {@code kept} fixed at z = 0 and removed: variables
     * {@code [z_kept, a, s]} (kept pair k is variable k), all rows. A consistency term between two
     * kept pairs stays; one between a kept pair u and a removed pair is {@code ½ w (z_u − 0)²}, a term
     * {@code ½ w z_u²} on u's diagonal; one between two removed pairs is constant 0 and goes. So the
     * restricted objective equals the full one wherever the removed pairs are 0, and so do its
     * gradient on the kept variables and its constraint rows (see {@link PairScreening}).
     *
     * @param kept      pair indices of this structure, increasing
     * @param keptIndex for every pair of this structure its index in {@code kept}, or −1
     */
    QpStructure restrict(int[] kept, int[] keptIndex) {
        int[] source = new int[kept.length];
        int[] target = new int[kept.length];
        double[] restrictedLinear = new double[kept.length + rows];
        for (int k = 0; k < kept.length; k++) {
            source[k] = pairSource[kept[k]];
            target[k] = pairTarget[kept[k]];
            restrictedLinear[k] = linear[kept[k]];
        }
        System.arraycopy(linear, pairs, restrictedLinear, kept.length, rows);
        double[] anchor = new double[kept.length];
        int inner = 0;
        for (int t = 0; t < termU.length; t++) {
            if (keptIndex[termU[t]] >= 0 && keptIndex[termV[t]] >= 0) {
                inner++;
            }
        }
        int[] u = new int[inner];
        int[] v = new int[inner];
        double[] w = new double[inner];
        int count = 0;
        for (int t = 0; t < termU.length; t++) {
            int ku = keptIndex[termU[t]];
            int kv = keptIndex[termV[t]];
            if (ku >= 0 && kv >= 0) {
                u[count] = ku;
                v[count] = kv;
                w[count++] = termWeight[t];
            } else if (ku >= 0) {
                anchor[ku] += termWeight[t];
            } else if (kv >= 0) {
                anchor[kv] += termWeight[t];
            }
        }
        return new QpStructure(kept.length, targets, sources, gamma, source, target, u, v, w, restrictedLinear,
                anchor);
    }

    private static int[] groupStart(int[] owner, int groups) {
        int[] start = new int[groups + 1];
        for (int o : owner) {
            start[o + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        return start;
    }

    private static int[] group(int[] owner, int[] start) {
        int[] members = new int[owner.length];
        int[] fill = start.clone();
        for (int p = 0; p < owner.length; p++) {
            members[fill[owner[p]]++] = p;
        }
        return members;
    }

    /** Index of the appearance slack of target j in x. */
    int appearIndex(int j) {
        return pairs + j;
    }

    /** Index of the split slack of source i in x. */
    int splitIndex(int i) {
        return pairs + targets + i;
    }

    /** out = P x. */
    void multiplyP(double[] x, double[] out) {
        for (int i = 0; i < size; i++) {
            out[i] = diagonal[i] * x[i];
        }
        addLaplacian(x, out, 1.0);
    }

    /** out += scale · L x, L the consistency Laplacian. */
    void addLaplacian(double[] x, double[] out, double scale) {
        for (int k = 0; k < termU.length; k++) {
            int u = termU[k];
            int v = termV[k];
            double f = scale * termWeight[k] * (x[u] - x[v]);
            out[u] += f;
            out[v] -= f;
        }
    }

    /** out = A x (target rows, then source rows). */
    void multiplyA(double[] x, double[] out) {
        for (int j = 0; j < targets; j++) {
            out[j] = x[pairs + j];
        }
        for (int i = 0; i < sources; i++) {
            out[targets + i] = -x[pairs + targets + i];
        }
        for (int p = 0; p < pairs; p++) {
            out[pairTarget[p]] += x[p];
            out[targets + pairSource[p]] += x[p];
        }
    }

    /** out = Aᵀ y. */
    void multiplyAt(double[] y, double[] out) {
        for (int p = 0; p < pairs; p++) {
            out[p] = y[pairTarget[p]] + y[targets + pairSource[p]];
        }
        for (int j = 0; j < targets; j++) {
            out[pairs + j] = y[j];
        }
        for (int i = 0; i < sources; i++) {
            out[pairs + targets + i] = -y[targets + i];
        }
    }

    /** Coefficient of variable v in row r, given v belongs to the row: −1 for a split slack, else 1. */
    double coefficient(int row, int variable) {
        return row >= targets && variable >= pairs + targets ? -1.0 : 1.0;
    }

    /** Whether constraint row r is an equality (the target rows). */
    boolean isEquality(int row) {
        return row < targets;
    }
}
