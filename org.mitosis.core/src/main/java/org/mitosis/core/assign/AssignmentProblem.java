package org.mitosis.core.assign;

import java.util.Arrays;

/**
 * A sparse rectangular assignment problem: {@code rows} and {@code columns}, the allowed pairs with
 * their costs, and what it costs to leave a row or a column unmatched.
 *
 * <p>A solution is a one-to-one matching of rows to columns using allowed pairs only; its cost is
 * the sum of the chosen pairs' costs plus the unmatched cost of every row and column left out. An
 * infinite unmatched cost means that row (or column) must be matched; the problem may then have
 * no solution, which the solver reports as {@link Assignment.Status#INFEASIBLE}.
 *
 * <p>Immutable; the pairs are stored in compressed sparse rows. Build with {@link #builder(int, int)}.
 */
public final class AssignmentProblem {

    private final int rows;
    private final int columns;
    private final int[] rowStart;
    private final int[] entryColumn;
    private final double[] entryCost;
    private final double[] unmatchedRowCost;
    private final double[] unmatchedColumnCost;

    private AssignmentProblem(Builder b) {
        this.rows = b.rows;
        this.columns = b.columns;
        int n = b.size;
        this.rowStart = new int[rows + 1];
        for (int e = 0; e < n; e++) {
            rowStart[b.row[e] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            rowStart[r + 1] += rowStart[r];
        }
        this.entryColumn = new int[n];
        this.entryCost = new double[n];
        int[] next = Arrays.copyOf(rowStart, rows);
        for (int e = 0; e < n; e++) {
            int at = next[b.row[e]]++;
            entryColumn[at] = b.column[e];
            entryCost[at] = b.cost[e];
        }
        this.unmatchedRowCost = b.unmatchedRowCost.clone();
        this.unmatchedColumnCost = b.unmatchedColumnCost.clone();
    }

    /**
     * @param rows number of rows, {@code >= 0}
     * @param columns number of columns, {@code >= 0}
     */
    public static Builder builder(int rows, int columns) {
        return new Builder(rows, columns);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Number of allowed pairs. */
    public int entryCount() {
        return entryColumn.length;
    }

    /** Index of the first entry of {@code row}; its entries run to {@code rowStart(row + 1)}. */
    int rowStart(int row) {
        return rowStart[row];
    }

    int entryColumn(int entry) {
        return entryColumn[entry];
    }

    double entryCost(int entry) {
        return entryCost[entry];
    }

    /** Cost of leaving {@code row} unmatched; infinite when it must be matched. */
    public double unmatchedRowCost(int row) {
        return unmatchedRowCost[row];
    }

    /** Cost of leaving {@code column} unmatched; infinite when it must be matched. */
    public double unmatchedColumnCost(int column) {
        return unmatchedColumnCost[column];
    }

    /** Cost of the allowed pair {@code (row, column)}, or {@code NaN} if the pair is not allowed. */
    public double cost(int row, int column) {
        double best = Double.NaN;
        for (int e = rowStart[row]; e < rowStart[row + 1]; e++) {
            if (entryColumn[e] == column && !(entryCost[e] >= best)) {
                best = entryCost[e];
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "AssignmentProblem[" + rows + " x " + columns + ", " + entryCount() + " entries]";
    }

    /** Collects allowed pairs; by default every row and column must be matched. */
    public static final class Builder {

        private final int rows;
        private final int columns;
        private int[] row = new int[16];
        private int[] column = new int[16];
        private double[] cost = new double[16];
        private int size;
        private final double[] unmatchedRowCost;
        private final double[] unmatchedColumnCost;

        private Builder(int rows, int columns) {
            if (rows < 0 || columns < 0) {
                throw new IllegalArgumentException("negative size " + rows + " x " + columns);
            }
            this.rows = rows;
            this.columns = columns;
            this.unmatchedRowCost = new double[rows];
            this.unmatchedColumnCost = new double[columns];
            Arrays.fill(unmatchedRowCost, Double.POSITIVE_INFINITY);
            Arrays.fill(unmatchedColumnCost, Double.POSITIVE_INFINITY);
        }

        /**
         * Allows {@code (r, c)} at a finite cost. Adding a pair twice keeps both; the cheaper one wins.
         */
        public Builder add(int r, int c, double pairCost) {
            checkIndex(r, rows, "row");
            checkIndex(c, columns, "column");
            if (!Double.isFinite(pairCost)) {
                throw new IllegalArgumentException("cost of (" + r + ", " + c + ") is not finite: " + pairCost);
            }
            if (size == row.length) {
                row = Arrays.copyOf(row, size * 2);
                column = Arrays.copyOf(column, size * 2);
                cost = Arrays.copyOf(cost, size * 2);
            }
            row[size] = r;
            column[size] = c;
            cost[size] = pairCost;
            size++;
            return this;
        }

        /** Cost of leaving row {@code r} unmatched: finite, or positive infinity for "must match". */
        public Builder unmatchedRowCost(int r, double c) {
            checkIndex(r, rows, "row");
            unmatchedRowCost[r] = checkUnmatched(c);
            return this;
        }

        /** Cost of leaving column {@code c} unmatched: finite, or positive infinity for "must match". */
        public Builder unmatchedColumnCost(int c, double value) {
            checkIndex(c, columns, "column");
            unmatchedColumnCost[c] = checkUnmatched(value);
            return this;
        }

        /** The same unmatched cost for every row. */
        public Builder unmatchedRowCost(double c) {
            Arrays.fill(unmatchedRowCost, checkUnmatched(c));
            return this;
        }

        /** The same unmatched cost for every column. */
        public Builder unmatchedColumnCost(double c) {
            Arrays.fill(unmatchedColumnCost, checkUnmatched(c));
            return this;
        }

        public AssignmentProblem build() {
            return new AssignmentProblem(this);
        }

        private static double checkUnmatched(double c) {
            if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("unmatched cost must be finite or +infinity: " + c);
            }
            return c;
        }

        private static void checkIndex(int i, int n, String what) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException(what + " " + i + " outside 0.." + (n - 1));
            }
        }
    }
}
