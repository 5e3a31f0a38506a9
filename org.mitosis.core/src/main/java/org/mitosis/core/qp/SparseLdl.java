package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * Sparse {@code LDLᵀ} factorisation of a symmetric matrix without pivoting, for the quasi-definite
 * KKT systems of the solvers, {@code [H Aᵀ; A −G]} with H and G positive definite. Such a matrix
 * has an LDLᵀ factorisation for every symmetric permutation (Vanderbei, SIAM J. Optim. 5, 1995), so
 * the fill-reducing order ({@link MinimumDegree}) can be chosen before the values are known; a
 * saddle-point matrix with a singular (2,2) block is made quasi-definite by the caller's diagonal
 * shift (static regularisation ±δ, corrected by iterative refinement, as in OSQP).
 *
 * <p>The algorithm is QDLDL's (Stellato, Banjac et al., the factorisation inside OSQP): the
 * elimination tree gives the column counts of L in the symbolic phase (constructor), and the
 * numeric phase ({@link #factor}) computes L row by row (up-looking), each row's pattern being the
 * reach of the row's entries in the tree. The phases are separate, so a refactorisation with new
 * values on the same pattern (a changed ADMM penalty) costs only the numeric phase.
 *
 * <p>Why our own: the Java libraries on Maven Central offer sparse Cholesky (EJML's
 * {@code CholeskyUpLooking_DSCC}) but neither LDLᵀ of indefinite matrices nor a minimum-degree
 * ordering. Not thread-safe (scratch arrays are reused).
 */
final class SparseLdl {

    private final SparseSymmetricMatrix pattern;
    private final int n;
    /** permutation[k] is the original index of the k-th pivot; inverse is its inverse. */
    private final int[] permutation;
    private final int[] inverse;
    /** The permuted matrix, upper triangle by columns. */
    private final int[] cStart;
    private final int[] cRow;
    private final double[] cValue;
    /** Where stored entry p of the pattern goes in cValue. */
    private final int[] place;
    private final int[] parent;
    private final int[] lStart;
    private final int[] lRow;
    private final double[] lValue;
    private final double[] dInverse;
    private final boolean[] marked;
    private final double[] y;
    private final int[] rowPattern;
    private final int[] path;
    private final int[] nextInColumn;
    private final double[] work;
    private boolean factorised;

    /**
     * Symbolic phase with a {@link MinimumDegree} ordering.
     *
     * @param matrix the matrix whose pattern every later {@link #factor} call shares
     */
    SparseLdl(SparseSymmetricMatrix matrix) {
        this(matrix, MinimumDegree.order(matrix));
    }

    /**
     * Symbolic phase: permuted pattern, elimination tree and the pattern sizes of L.
     *
     * @param matrix the matrix whose pattern every later {@link #factor} call shares
     * @param order  the elimination order, a permutation: {@code order[k]} is eliminated k-th
     */
    SparseLdl(SparseSymmetricMatrix matrix, int[] order) {
        pattern = matrix;
        n = matrix.size();
        if (order.length != n) {
            throw new IllegalArgumentException("order of length " + order.length + " for size " + n);
        }
        permutation = order.clone();
        inverse = new int[n];
        Arrays.fill(inverse, -1);
        for (int k = 0; k < n; k++) {
            if (inverse[permutation[k]] >= 0) {
                throw new IllegalArgumentException("order repeats index " + permutation[k]);
            }
            inverse[permutation[k]] = k;
        }
        int stored = matrix.storedEntries();
        cStart = new int[n + 1];
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                cStart[Math.max(inverse[matrix.row(p)], inverse[j]) + 1]++;
            }
        }
        for (int j = 0; j < n; j++) {
            cStart[j + 1] += cStart[j];
        }
        cRow = new int[stored];
        cValue = new double[stored];
        place = new int[stored];
        int[] fill = Arrays.copyOf(cStart, n);
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                int a = inverse[matrix.row(p)];
                int b = inverse[j];
                int at = fill[Math.max(a, b)]++;
                cRow[at] = Math.min(a, b);
                place[p] = at;
            }
        }
        parent = new int[n];
        int[] columnCount = new int[n];
        int[] visited = new int[n];
        Arrays.fill(parent, -1);
        // Elimination tree and column counts of L: row k of L has entries at the nodes reached by
        // climbing the tree from each i < k with C(i, k) ≠ 0, stopping at nodes already visited.
        for (int k = 0; k < n; k++) {
            visited[k] = k;
            for (int p = cStart[k]; p < cStart[k + 1]; p++) {
                int i = cRow[p];
                while (i != k && visited[i] != k) {
                    if (parent[i] == -1) {
                        parent[i] = k;
                    }
                    columnCount[i]++;
                    visited[i] = k;
                    i = parent[i];
                }
            }
        }
        lStart = new int[n + 1];
        for (int k = 0; k < n; k++) {
            lStart[k + 1] = lStart[k] + columnCount[k];
        }
        lRow = new int[lStart[n]];
        lValue = new double[lStart[n]];
        dInverse = new double[n];
        marked = new boolean[n];
        y = new double[n];
        rowPattern = new int[n];
        path = new int[n];
        nextInColumn = new int[n];
        work = new double[n];
    }

    /** Entries of L below the diagonal (the fill the ordering achieved). */
    int factorEntries() {
        return lStart[n];
    }

    /**
     * Numeric phase: factorises {@code values + diag(diagonalShift)}.
     *
     * @param values        a matrix with the pattern given to the constructor
     * @param diagonalShift added to the diagonal, one per index (original order)
     * @return false if a pivot was zero or not finite (the matrix is singular or not quasi-definite);
     *         {@link #solve} must not be called then
     * @throws IllegalArgumentException if the pattern differs
     */
    boolean factor(SparseSymmetricMatrix values, double[] diagonalShift) {
        if (!pattern.samePattern(values) || diagonalShift.length != n) {
            throw new IllegalArgumentException("factor needs the analysed pattern and one shift per index");
        }
        for (int j = 0; j < n; j++) {
            int diagonal = values.columnStart(j);
            cValue[place[diagonal]] = values.value(diagonal) + diagonalShift[j];
            for (int p = diagonal + 1; p < values.columnStart(j + 1); p++) {
                cValue[place[p]] = values.value(p);
            }
        }
        factorised = numeric();
        return factorised;
    }

    private boolean numeric() {
        for (int k = 0; k < n; k++) {
            nextInColumn[k] = lStart[k];
        }
        for (int k = 0; k < n; k++) {
            double d = 0;
            int patternSize = 0;
            // Scatter column k of C (= row k of the lower triangle) into y and collect the pattern of
            // row k of L in topological order: each climb is pushed in reverse onto the pattern.
            for (int p = cStart[k]; p < cStart[k + 1]; p++) {
                int i = cRow[p];
                if (i == k) {
                    d = cValue[p];
                    continue;
                }
                y[i] = cValue[p];
                int climbed = 0;
                while (i != -1 && i < k && !marked[i]) {
                    marked[i] = true;
                    path[climbed++] = i;
                    i = parent[i];
                }
                while (climbed > 0) {
                    rowPattern[patternSize++] = path[--climbed];
                }
            }
            // Solve L(0:k, 0:k) D l = c for row k of L, in the reverse order of the pattern.
            for (int a = patternSize - 1; a >= 0; a--) {
                int i = rowPattern[a];
                double yi = y[i];
                int end = nextInColumn[i];
                for (int q = lStart[i]; q < end; q++) {
                    y[lRow[q]] -= lValue[q] * yi;
                }
                double lki = yi * dInverse[i];
                lRow[end] = k;
                lValue[end] = lki;
                nextInColumn[i] = end + 1;
                d -= yi * lki;
                y[i] = 0;
                marked[i] = false;
            }
            if (d == 0 || !Double.isFinite(d)) {
                return false;
            }
            dInverse[k] = 1.0 / d;
        }
        return true;
    }

    /**
     * x = (LDLᵀ)⁻¹ b for the last successful {@link #factor}; b and x may be the same array.
     *
     * @throws IllegalStateException if the last factorisation failed or none was made
     */
    void solve(double[] b, double[] x) {
        if (!factorised) {
            throw new IllegalStateException("no successful factorisation to solve with");
        }
        for (int k = 0; k < n; k++) {
            work[k] = b[permutation[k]];
        }
        for (int k = 0; k < n; k++) {
            double wk = work[k];
            if (wk != 0) {
                for (int q = lStart[k]; q < lStart[k + 1]; q++) {
                    work[lRow[q]] -= lValue[q] * wk;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            work[k] *= dInverse[k];
        }
        for (int k = n - 1; k >= 0; k--) {
            double sum = work[k];
            for (int q = lStart[k]; q < lStart[k + 1]; q++) {
                sum -= lValue[q] * work[lRow[q]];
            }
            work[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            x[permutation[k]] = work[k];
        }
    }
}
