package org.mitosis.core.assign;

import java.util.Arrays;

/**
 * The solution of an {@link AssignmentProblem}, or the news that it has none.
 *
 * <p>Immutable. For an {@link Status#INFEASIBLE} result no row is matched and the cost is
 * infinite: there is never a half answer.
 */
public final class Assignment {

    /** Whether the solver found an optimum. */
    public enum Status {
        /** A matching of minimum total cost. */
        OPTIMAL,
        /** Some row or column that must be matched cannot be, given the allowed pairs. */
        INFEASIBLE
    }

    private final Status status;
    private final int[] columnOfRow;
    private final int[] rowOfColumn;
    private final double cost;

    Assignment(Status status, int[] columnOfRow, int[] rowOfColumn, double cost) {
        this.status = status;
        this.columnOfRow = columnOfRow;
        this.rowOfColumn = rowOfColumn;
        this.cost = cost;
    }

    static Assignment infeasible(int rows, int columns) {
        int[] r = new int[rows];
        int[] c = new int[columns];
        Arrays.fill(r, -1);
        Arrays.fill(c, -1);
        return new Assignment(Status.INFEASIBLE, r, c, Double.POSITIVE_INFINITY);
    }

    public Status status() {
        return status;
    }

    public boolean isOptimal() {
        return status == Status.OPTIMAL;
    }

    /** The column matched to {@code row}, or -1 when the row is unmatched. */
    public int columnOf(int row) {
        return columnOfRow[row];
    }

    /** The row matched to {@code column}, or -1 when the column is unmatched. */
    public int rowOf(int column) {
        return rowOfColumn[column];
    }

    /** Number of matched pairs. */
    public int matchedCount() {
        return (int) Arrays.stream(columnOfRow).filter(c -> c >= 0).count();
    }

    /** Total cost: matched pairs plus unmatched rows and columns; infinite when infeasible. */
    public double cost() {
        return cost;
    }

    @Override
    public String toString() {
        return "Assignment[" + status + ", " + matchedCount() + " pairs, cost " + cost + "]";
    }
}
