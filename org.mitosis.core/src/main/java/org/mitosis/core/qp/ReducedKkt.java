package org.mitosis.core.qp;

import java.util.Arrays;

import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The equality-constrained KKT system of the correspondence QP restricted to an {@link ActiveSet}:
 * <pre>
 *   [ P_FF  A_Fᵀ ] [ x_F ]   [ r_x ]
 *   [ A_F   0    ] [ ν   ] = [ r_ν ]
 * </pre>
 * F are the free variables, the rows those active rows that contain a free variable. It serves the
 * polish step (the primal right-hand side) and the backward pass (the adjoint system).
 *
 * <p>Solved densely: the matrix is regularised to the quasi-definite {@code K + diag(δI, −δI)}
 * (always non-singular, also when active rows are linearly dependent), factorised once by ojAlgo's
 * LU, and the answer refined against the unregularised K (as in OSQP's polish). Cost O(k³) for
 * k = |F| + rows; at an optimum of this problem most pair variables sit at a bound, so k is
 * typically far smaller than the number of variables.
 */
final class ReducedKkt {

    private static final double REGULARISATION = 1e-9;
    private static final int REFINEMENT_STEPS = 5;

    private final QpStructure q;
    private final ActiveSet active;
    private final int[] freeVariables;
    private final int[] freePosition;
    private final int[] activeRows;
    private final int size;
    private final double[][] matrix;
    private final LU<Double> lu;
    private final boolean factorised;

    ReducedKkt(QpStructure q, ActiveSet active) {
        this.q = q;
        this.active = active;
        int[] free = new int[q.size];
        int freeCount = 0;
        freePosition = new int[q.size];
        Arrays.fill(freePosition, -1);
        for (int i = 0; i < q.size; i++) {
            if (active.isFree(i)) {
                freePosition[i] = freeCount;
                free[freeCount++] = i;
            }
        }
        freeVariables = Arrays.copyOf(free, freeCount);
        activeRows = rowsWithFreeVariables();
        size = freeCount + activeRows.length;
        matrix = assemble();
        R064Store regularised = R064Store.FACTORY.make(size, size);
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                regularised.set(r, c, matrix[r][c]);
            }
            regularised.add(r, r, r < freeCount ? REGULARISATION : -REGULARISATION);
        }
        lu = LU.R064.make(regularised);
        factorised = size == 0 || lu.decompose(regularised) && lu.isSolvable();
    }

    private int[] rowsWithFreeVariables() {
        int[] rows = new int[q.rows];
        int count = 0;
        for (int row = 0; row < q.rows; row++) {
            if (!active.rowActive(q, row)) {
                continue;
            }
            for (int v : q.rowVariables(row)) {
                if (active.isFree(v)) {
                    rows[count++] = row;
                    break;
                }
            }
        }
        return Arrays.copyOf(rows, count);
    }

    private double[][] assemble() {
        double[][] k = new double[size][size];
        int nf = freeVariables.length;
        for (int f = 0; f < nf; f++) {
            int v = freeVariables[f];
            k[f][f] = q.gamma + q.laplacianDiagonal[v];
        }
        for (int t = 0; t < q.termU.length; t++) {
            int fu = freePosition[q.termU[t]];
            int fv = freePosition[q.termV[t]];
            if (fu >= 0 && fv >= 0 && fu != fv) {
                k[fu][fv] -= q.termWeight[t];
                k[fv][fu] -= q.termWeight[t];
            }
        }
        for (int r = 0; r < activeRows.length; r++) {
            int row = activeRows[r];
            for (int v : q.rowVariables(row)) {
                int f = freePosition[v];
                if (f >= 0) {
                    double coefficient = q.coefficient(row, v);
                    k[nf + r][f] = coefficient;
                    k[f][nf + r] = coefficient;
                }
            }
        }
        return k;
    }

    /** Whether the factorisation succeeded; the solve methods must not be used otherwise. */
    boolean factorised() {
        return factorised;
    }

    /** Size of the reduced system (free variables + active rows with a free variable). */
    int size() {
        return size;
    }

    /** Active rows kept in the system. */
    int[] activeRows() {
        return activeRows.clone();
    }

    /**
     * The minimiser over the active face: fixed variables at their bound, free ones and the
     * multipliers of the kept rows from the KKT system. Writes x (all entries) and the multipliers
     * of the kept rows into rowDual (other entries untouched).
     */
    void solvePrimal(double[] x, double[] rowDual) {
        double[] fixed = new double[q.size];
        for (int i = 0; i < q.size; i++) {
            fixed[i] = active.fixedValue(i);
        }
        double[] pFixed = new double[q.size];
        q.multiplyP(fixed, pFixed);
        double[] aFixed = new double[q.rows];
        q.multiplyA(fixed, aFixed);
        int nf = freeVariables.length;
        double[] rhs = new double[size];
        for (int f = 0; f < nf; f++) {
            int v = freeVariables[f];
            rhs[f] = -q.linear[v] - pFixed[v];
        }
        for (int r = 0; r < activeRows.length; r++) {
            rhs[nf + r] = 1.0 - aFixed[activeRows[r]];
        }
        double[] solution = solve(rhs);
        System.arraycopy(fixed, 0, x, 0, q.size);
        for (int f = 0; f < nf; f++) {
            x[freeVariables[f]] = solution[f];
        }
        for (int r = 0; r < activeRows.length; r++) {
            rowDual[activeRows[r]] = solution[nf + r];
        }
    }

    /**
     * Solves {@code K [u; v] = [g_F; 0]} and returns u spread over all variables (0 where fixed).
     *
     * @param g a vector over all variables
     */
    double[] adjoint(double[] g) {
        double[] rhs = new double[size];
        for (int f = 0; f < freeVariables.length; f++) {
            rhs[f] = g[freeVariables[f]];
        }
        double[] solution = solve(rhs);
        double[] u = new double[q.size];
        for (int f = 0; f < freeVariables.length; f++) {
            u[freeVariables[f]] = solution[f];
        }
        return u;
    }

    /** Regularised solve with iterative refinement against the exact K. */
    private double[] solve(double[] rhs) {
        double[] solution = new double[size];
        if (size == 0) {
            return solution;
        }
        double[] residual = rhs.clone();
        for (int step = 0; step < REFINEMENT_STEPS; step++) {
            MatrixStore<Double> correction = lu.getSolution(R064Store.wrap(residual));
            for (int i = 0; i < size; i++) {
                solution[i] += correction.doubleValue(i);
            }
            double largest = 0;
            for (int r = 0; r < size; r++) {
                double sum = rhs[r];
                double[] row = matrix[r];
                for (int c = 0; c < size; c++) {
                    sum -= row[c] * solution[c];
                }
                residual[r] = sum;
                largest = Math.max(largest, Math.abs(sum));
            }
            if (largest < 1e-13) {
                break;
            }
        }
        return solution;
    }
}
