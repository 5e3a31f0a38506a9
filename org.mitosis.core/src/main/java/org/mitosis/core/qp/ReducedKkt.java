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
 * <p>The polish may confine the system to a <em>scope</em>, a union of connected components of its
 * graph: with no entry joining a component to the rest, and the fixed variables around it as
 * they were, the other components' solution stays what an earlier solve found
 * ({@link ActiveSetStep}).
 *
 * <p>The quasi-definite regularisation {@code K + diag(δI, −δI)} is factorised by the sparse
 * {@link SparseLdl} (always possible, also when active rows are linearly dependent) and the answer
 * refined against the unregularised K, as in OSQP's polish. Refinement starts from a guess and
 * changes its null-space part (non-unique multipliers of dependent rows) only negligibly, so the
 * polish keeps ADMM's multipliers there.
 */
final class ReducedKkt {

    private static final double REGULARISATION = 1e-9;
    private static final int REFINEMENT_STEPS = 5;
    private static final double TARGET_RESIDUAL = 1e-13;

    private final QpStructure q;
    /**
     * The whole KKT matrix, whose principal sub-matrix this system is and whose order it inherits;
     * null for the backward pass, whose system is small enough to assemble and order on its own.
     */
    private final QpKkt kkt;
    private final ActiveSet active;
    /** For every index of {@code [x; rows]} whether the face's system has it, in the scope or not. */
    private final boolean[] members;
    /** The free variables in the scope. */
    private final int[] freeVariables;
    /** For every index of {@code [x; rows]} its index in this system, or −1 if left out. */
    private final int[] position;
    /** The rows in the scope. */
    private final int[] activeRows;
    private final int size;
    private final SparseSymmetricMatrix matrix;
    /** LDLᵀ of the regularised matrix, made by the first solve; null before, or when a pivot vanished. */
    private SparseLdl factor;
    private boolean factorAttempted;

    /**
     * A system in the order induced by the whole KKT matrix, which the ADMM solve has computed
     * already (the polish: no ordering of its own).
     *
     * @param kkt    the problem's KKT matrix
     * @param active the active face
     */
    ReducedKkt(QpKkt kkt, ActiveSet active) {
        this(kkt.structure(), kkt, active, null);
    }

    /**
     * As {@link #ReducedKkt(QpKkt, ActiveSet)}, the system confined to {@code scope}.
     *
     * @param scope for every index of {@code [x; rows]} whether to solve for it: a union of
     *              connected components of the face's system ({@link ActiveSetStep#scope})
     */
    ReducedKkt(QpKkt kkt, ActiveSet active, boolean[] scope) {
        this(kkt.structure(), kkt, active, scope);
    }

    /**
     * A system with a {@link MinimumDegree} order of its own (the backward pass: at a solution most
     * variables are fixed, so the reduced system is far smaller than the whole KKT matrix).
     *
     * @param q      the problem's structure
     * @param active the active face
     */
    ReducedKkt(QpStructure q, ActiveSet active) {
        this(q, null, active, null);
    }

    private ReducedKkt(QpStructure q, QpKkt kkt, ActiveSet active, boolean[] scope) {
        this.kkt = kkt;
        this.q = q;
        this.active = active;
        members = members(q, active);
        int[] free = new int[q.size];
        int freeCount = 0;
        position = new int[q.size + q.rows];
        Arrays.fill(position, -1);
        for (int i = 0; i < q.size; i++) {
            if (members[i] && (scope == null || scope[i])) {
                position[i] = freeCount;
                free[freeCount++] = i;
            }
        }
        freeVariables = Arrays.copyOf(free, freeCount);
        int[] rows = new int[q.rows];
        int rowCount = 0;
        for (int row = 0; row < q.rows; row++) {
            int index = q.size + row;
            if (members[index] && (scope == null || scope[index])) {
                position[index] = freeCount + rowCount;
                rows[rowCount++] = row;
            }
        }
        activeRows = Arrays.copyOf(rows, rowCount);
        size = freeCount + rowCount;
        matrix = kkt == null ? assemble() : kkt.matrix().principal(position, size);
    }

    /**
     * For every index of {@code [x; rows]} whether the system of the face {@code active} has it: the
     * free variables and the active rows that contain one.
     */
    static boolean[] members(QpStructure q, ActiveSet active) {
        boolean[] members = new boolean[q.size + q.rows];
        for (int i = 0; i < q.size; i++) {
            members[i] = active.isFree(i);
        }
        for (int row = 0; row < q.rows; row++) {
            if (!active.rowActive(q, row)) {
                continue;
            }
            for (int k = q.rowStart[row]; k < q.rowStart[row + 1]; k++) {
                if (members[q.rowVariables[k]]) {
                    members[q.size + row] = true;
                    break;
                }
            }
        }
        return members;
    }

    /**
     * The factor of the regularised matrix, made once. Null only when a pivot vanished, which for
     * the regularised (quasi-definite) matrix means non-finite entries; the solves then keep their
     * guess and the polish's KKT check rejects the point.
     */
    private SparseLdl factor() {
        if (!factorAttempted) {
            factorAttempted = true;
            int free = freeVariables.length;
            double[] shift = new double[size];
            for (int i = 0; i < size; i++) {
                shift[i] = i < free ? REGULARISATION : -REGULARISATION;
            }
            SparseLdl ldl = kkt == null ? new SparseLdl(matrix)
                    : new SparseLdl(matrix, kkt.inducedOrder(position, size));
            factor = ldl.factor(matrix, shift) ? ldl : null;
        }
        return factor;
    }

    /** The backward pass's system from the structure: cheaper than building the whole KKT matrix for it. */
    private SparseSymmetricMatrix assemble() {
        SparseSymmetricMatrix.Builder k = new SparseSymmetricMatrix.Builder(size);
        int nf = freeVariables.length;
        for (int f = 0; f < nf; f++) {
            int v = freeVariables[f];
            k.add(f, f, q.diagonal[v] + q.laplacianDiagonal[v]);
        }
        for (int t = 0; t < q.termU.length; t++) {
            int fu = position[q.termU[t]];
            int fv = position[q.termV[t]];
            if (fu >= 0 && fv >= 0 && fu != fv) {
                k.add(fu, fv, -q.termWeight[t]);
            }
        }
        for (int r = 0; r < activeRows.length; r++) {
            int row = activeRows[r];
            for (int member = q.rowStart[row]; member < q.rowStart[row + 1]; member++) {
                int v = q.rowVariables[member];
                int f = position[v];
                if (f >= 0) {
                    k.add(nf + r, f, q.coefficient(row, v));
                }
            }
        }
        return k.build();
    }

    /** Size of the reduced system (free variables + active rows with a free variable, in the scope). */
    int size() {
        return size;
    }

    /** Whether the face's system has constraint row {@code row}, in the scope or not. */
    boolean hasRow(int row) {
        return members[q.size + row];
    }

    /** {@link #members(QpStructure, ActiveSet)} of this system's face (not to be modified). */
    boolean[] members() {
        return members;
    }

    /**
     * The minimiser over the active face: fixed variables at their bound, free ones and the
     * multipliers of the kept rows from the KKT system. On entry x and rowDual hold the starting
     * guess (ADMM's iterate, or the last step's point); on exit x holds the fixed variables at their
     * bounds and the free ones of the scope solved (free ones outside it untouched), and rowDual the
     * multipliers of the scope's rows (other entries untouched).
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
        for (int i = 0; i < q.size; i++) {
            if (!active.isFree(i)) {
                x[i] = fixed[i];
            }
        }
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

    /** Solves K·solution = rhs from the guess by iterative refinement with the regularised factor. */
    private double[] solve(double[] rhs, double[] guess) {
        double[] solution = guess.clone();
        SparseLdl factor = size == 0 ? null : factor();
        if (factor == null) {
            return solution;
        }
        double scale = 1;
        for (double value : rhs) {
            scale = Math.max(scale, 1 + Math.abs(value));
        }
        double[] residual = new double[size];
        double[] correction = new double[size];
        for (int step = 0; step < REFINEMENT_STEPS; step++) {
            if (residual(rhs, solution, residual) <= TARGET_RESIDUAL * scale) {
                break;
            }
            factor.solve(residual, correction);
            for (int i = 0; i < size; i++) {
                solution[i] += correction[i];
            }
        }
        return solution;
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
