package org.mitosis.core.assign;

import java.util.Arrays;

/**
 * Solves an {@link AssignmentProblem} to optimality with a sparse Jonker-Volgenant method.
 *
 * <p>A problem where every row and column must be matched and rows equal columns is solved as it
 * is. Any other problem is first made square in the manner of Jaqaman et al. (2008): for n rows
 * and m columns an (n+m) x (n+m) matrix holds the allowed pairs (top left), a diagonal of
 * unmatched-row costs (top right), a diagonal of unmatched-column costs (bottom left) and the
 * transposed pattern of the allowed pairs at cost 0 (bottom right), which lets the dummies pair up
 * whatever real pairs are chosen. Infinite unmatched costs leave their diagonal entry out.
 *
 * <p>Time: typically close to O(e log e) per augmentation for e entries; memory O(n + m + e).
 */
public final class SparseAssignmentSolver {

    private final AssignmentProblem problem;

    /**
     * @throws NullPointerException if {@code problem} is null
     */
    public SparseAssignmentSolver(AssignmentProblem problem) {
        if (problem == null) {
            throw new NullPointerException("problem");
        }
        this.problem = problem;
    }

    /** The optimum, or an {@link Assignment.Status#INFEASIBLE} result. */
    public Assignment solve() {
        int n = problem.rows();
        int m = problem.columns();
        if (n == 0 && m == 0) {
            return new Assignment(Assignment.Status.OPTIMAL, new int[0], new int[0], 0);
        }
        return mustMatchAll() && n == m ? solveSquare() : solveAugmented();
    }

    private boolean mustMatchAll() {
        for (int r = 0; r < problem.rows(); r++) {
            if (problem.unmatchedRowCost(r) != Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        for (int c = 0; c < problem.columns(); c++) {
            if (problem.unmatchedColumnCost(c) != Double.POSITIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    private Assignment solveSquare() {
        int n = problem.rows();
        int e = problem.entryCount();
        int[] rowStart = new int[n + 1];
        int[] column = new int[e];
        double[] cost = new double[e];
        for (int r = 0; r <= n; r++) {
            rowStart[r] = problem.rowStart(r);
        }
        for (int k = 0; k < e; k++) {
            column[k] = problem.entryColumn(k);
            cost[k] = problem.entryCost(k);
        }
        SquareJonkerVolgenant jv = new SquareJonkerVolgenant(n, rowStart, column, cost);
        int[] columnOfRow = jv.solve();
        if (columnOfRow == null) {
            return Assignment.infeasible(n, n);
        }
        int[] rowOfColumn = new int[n];
        double total = 0;
        for (int r = 0; r < n; r++) {
            rowOfColumn[columnOfRow[r]] = r;
            total += jv.matchedCost(r);
        }
        return new Assignment(Assignment.Status.OPTIMAL, columnOfRow, rowOfColumn, total);
    }

    private Assignment solveAugmented() {
        int n = problem.rows();
        int m = problem.columns();
        AugmentedMatrix a = new AugmentedMatrix(problem);
        SquareJonkerVolgenant jv = new SquareJonkerVolgenant(n + m, a.rowStart, a.column, a.cost);
        int[] square = jv.solve();
        if (square == null) {
            return Assignment.infeasible(n, m);
        }
        int[] columnOfRow = new int[n];
        int[] rowOfColumn = new int[m];
        Arrays.fill(rowOfColumn, -1);
        double total = 0;
        for (int r = 0; r < n; r++) {
            int c = square[r];
            columnOfRow[r] = c < m ? c : -1;
            if (c < m) {
                rowOfColumn[c] = r;
            }
            total += jv.matchedCost(r);
        }
        for (int r = n; r < n + m; r++) {
            total += jv.matchedCost(r);
        }
        return new Assignment(Assignment.Status.OPTIMAL, columnOfRow, rowOfColumn, total);
    }

    /** The (n+m) x (n+m) square matrix in compressed sparse rows. */
    private static final class AugmentedMatrix {

        final int[] rowStart;
        final int[] column;
        final double[] cost;

        AugmentedMatrix(AssignmentProblem p) {
            int n = p.rows();
            int m = p.columns();
            int e = p.entryCount();
            int[] countOfColumn = new int[m];
            for (int k = 0; k < e; k++) {
                countOfColumn[p.entryColumn(k)]++;
            }
            rowStart = new int[n + m + 1];
            for (int r = 0; r < n; r++) {
                int size = p.rowStart(r + 1) - p.rowStart(r);
                rowStart[r + 1] = rowStart[r] + size + (p.unmatchedRowCost(r) < Double.POSITIVE_INFINITY ? 1 : 0);
            }
            for (int c = 0; c < m; c++) {
                int size = countOfColumn[c] + (p.unmatchedColumnCost(c) < Double.POSITIVE_INFINITY ? 1 : 0);
                rowStart[n + c + 1] = rowStart[n + c] + size;
            }
            column = new int[rowStart[n + m]];
            cost = new double[column.length];
            int[] next = Arrays.copyOf(rowStart, n + m);
            for (int r = 0; r < n; r++) {
                for (int k = p.rowStart(r); k < p.rowStart(r + 1); k++) {
                    put(next, r, p.entryColumn(k), p.entryCost(k));
                    put(next, n + p.entryColumn(k), m + r, 0);
                }
                if (p.unmatchedRowCost(r) < Double.POSITIVE_INFINITY) {
                    put(next, r, m + r, p.unmatchedRowCost(r));
                }
            }
            for (int c = 0; c < m; c++) {
                if (p.unmatchedColumnCost(c) < Double.POSITIVE_INFINITY) {
                    put(next, n + c, c, p.unmatchedColumnCost(c));
                }
            }
        }

        private void put(int[] next, int row, int col, double value) {
            int at = next[row]++;
            column[at] = col;
            cost[at] = value;
        }
    }
}
