package org.mitosis.core.qp;

import java.util.Arrays;


/**
 * The equality-constrained KKT system of the correspondence QP restricted to an {@link ActiveSet}:
 * <pre>
 *   [ P_FF  A_Fᵀ ] [ x_F ]   [ r_x ]
 *   [ A_F   0    ] [ ν   ] = [ r_ν ]
 * </pre>
 * F are the free variables, the rows those active rows that contain a free variable. It serves the
 * polish step (the primal right-hand side) and the backward pass (the adjoint system).
 *
 * <p>K is block diagonal over the connected components of its graph. When no component exceeds
 * {@value #DENSE_LIMIT} unknowns, the quasi-definite regularisation {@code K + diag(δI, −δI)} is
 * factorised block by block ({@link BlockLuSolver}; always non-singular, also when active rows are
 * linearly dependent) and the answer refined against the unregularised K, as in OSQP's polish.
 * Otherwise preconditioned MINRES on the sparse K with the diagonal
 * preconditioner {@code diag(P_FF)}, {@code diag(A_F diag(P_FF)⁻¹ A_Fᵀ)}; O(nnz) per iteration. Both
 * start from a guess and change its null-space part (non-unique multipliers of dependent rows) only
 * negligibly, so the polish keeps ADMM's multipliers there.
 */
final class ReducedKkt {

    static final int DENSE_LIMIT = 250;
    private static final double REGULARISATION = 1e-9;
    private static final int REFINEMENT_STEPS = 5;
    private static final double TARGET_RESIDUAL = 1e-13;

    private final QpStructure q;
    private final ActiveSet active;
    private final int[] freeVariables;
    private final int[] freePosition;
    private final int[] activeRows;
    private final int size;
    private final SparseSymmetricMatrix matrix;
    private final double[] preconditioner;
    /** Block LU of the regularised matrix, or null where a block is too large (then MINRES). */
    private final BlockLuSolver direct;

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
        preconditioner = new double[size];
        matrix = assemble();
        BlockLuSolver blocks = new BlockLuSolver(matrix, freeCount, REGULARISATION, DENSE_LIMIT);
        direct = blocks.factorised() ? blocks : null;
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

    private SparseSymmetricMatrix assemble() {
        SparseSymmetricMatrix.Builder k = new SparseSymmetricMatrix.Builder(size);
        int nf = freeVariables.length;
        for (int f = 0; f < nf; f++) {
            int v = freeVariables[f];
            double diagonal = q.gamma + q.laplacianDiagonal[v];
            k.add(f, f, diagonal);
            preconditioner[f] = diagonal;
        }
        for (int t = 0; t < q.termU.length; t++) {
            int fu = freePosition[q.termU[t]];
            int fv = freePosition[q.termV[t]];
            if (fu >= 0 && fv >= 0 && fu != fv) {
                k.add(fu, fv, -q.termWeight[t]);
                k.add(fv, fu, -q.termWeight[t]);
            }
        }
        for (int r = 0; r < activeRows.length; r++) {
            int row = activeRows[r];
            for (int v : q.rowVariables(row)) {
                int f = freePosition[v];
                if (f >= 0) {
                    double coefficient = q.coefficient(row, v);
                    k.add(nf + r, f, coefficient);
                    k.add(f, nf + r, coefficient);
                    preconditioner[nf + r] += 1.0 / preconditioner[f];
                }
            }
        }
        return k.build();
    }
    /** Whether the direct block solver is used (else MINRES). */
    boolean direct() {
        return direct != null;
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
     * multipliers of the kept rows from the KKT system. On entry x and rowDual hold the starting
     * guess (ADMM's iterate); on exit x holds the point (all entries) and rowDual the multipliers of
     * the kept rows (other entries untouched).
     */
    void solvePrimal(double[] x, double[] rowDual) {
        double[] guess = new double[size];
        int free = freeVariables.length;
        for (int f = 0; f < free; f++) {
            guess[f] = x[freeVariables[f]];
        }
        for (int r = 0; r < activeRows.length; r++) {
            guess[free + r] = rowDual[activeRows[r]];
        }
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
        double[] solution = solve(rhs, guess);
        if (direct == null) {
            restoreMultipliers(solution, guess);
        }
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
        double[] solution = solve(rhs, new double[size]);
        double[] u = new double[q.size];
        for (int f = 0; f < freeVariables.length; f++) {
            u[freeVariables[f]] = solution[f];
        }
        return u;
    }

    /** Solves K·solution = rhs from the guess (dense refinement or MINRES restarts). */
    private double[] solve(double[] rhs, double[] guess) {
        double[] solution = guess.clone();
        if (size == 0) {
            return solution;
        }
        double scale = 1 + AdmmLinearSystem.maxAbs(rhs);
        double[] residual = new double[size];
        Minres minres = direct == null ? new Minres(matrix, preconditioner) : null;
        double[] correction = new double[size];
        for (int step = 0; step < REFINEMENT_STEPS; step++) {
            if (residual(rhs, solution, residual) <= TARGET_RESIDUAL * scale) {
                break;
            }
            if (direct != null) {
                direct.solve(residual, correction);
                for (int i = 0; i < size; i++) {
                    solution[i] += correction[i];
                }
            } else {
                minres.solve(rhs, solution, 1e-14, 20 * size);
            }
        }
        return solution;
    }

    /**
     * Preconditioned MINRES moves the multipliers along the null space of A_Fᵀ (dependent rows),
     * where they are not determined. Put them back to the solution nearest the guess:
     * {@code ν = ν₀ + A_F λ} with {@code A_FᵀA_F λ = A_Fᵀ(ν − ν₀)}, by CG (the system is consistent).
     */
    private void restoreMultipliers(double[] solution, double[] guess) {
        int nf = freeVariables.length;
        double[] padded = new double[size];
        double[] product = new double[size];
        for (int i = nf; i < size; i++) {
            padded[i] = solution[i] - guess[i];
        }
        matrix.multiply(padded, product);
        double[] target = Arrays.copyOf(product, nf);
        double[] lambda = new double[nf];
        double[] residual = target.clone();
        double[] direction = residual.clone();
        double[] gramDirection = new double[nf];
        double rr = dot(residual, residual);
        double stop = 1e-28 * Math.max(1.0, rr);
        for (int it = 0; it < 10 * nf + 10 && rr > stop; it++) {
            gram(direction, padded, product, gramDirection);
            double step = rr / dot(direction, gramDirection);
            for (int i = 0; i < nf; i++) {
                lambda[i] += step * direction[i];
                residual[i] -= step * gramDirection[i];
            }
            double next = dot(residual, residual);
            for (int i = 0; i < nf; i++) {
                direction[i] = residual[i] + next / rr * direction[i];
            }
            rr = next;
        }
        Arrays.fill(padded, 0);
        System.arraycopy(lambda, 0, padded, 0, nf);
        matrix.multiply(padded, product);
        for (int i = nf; i < size; i++) {
            solution[i] = guess[i] + product[i];
        }
    }

    /** out = A_Fᵀ A_F v, through products with K on zero-padded vectors. */
    private void gram(double[] v, double[] padded, double[] product, double[] out) {
        int nf = freeVariables.length;
        Arrays.fill(padded, 0);
        System.arraycopy(v, 0, padded, 0, nf);
        matrix.multiply(padded, product);
        Arrays.fill(padded, 0, nf, 0);
        System.arraycopy(product, nf, padded, nf, size - nf);
        matrix.multiply(padded, product);
        System.arraycopy(product, 0, out, 0, nf);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** residual = rhs − K·solution; returns its ∞-norm. */
    private double residual(double[] rhs, double[] solution, double[] residual) {
        matrix.multiply(solution, residual);
        double largest = 0;
        for (int i = 0; i < size; i++) {
            residual[i] = rhs[i] - residual[i];
            largest = Math.max(largest, Math.abs(residual[i]));
        }
        return largest;
    }
}
