package org.mitosis.core.assign;

import java.util.Arrays;

/**
 * The Jonker-Volgenant shortest augmenting path method on a square sparse cost matrix that must be
 * matched perfectly. Package-private: {@link SparseAssignmentSolver} reduces every problem to this.
 *
 * <p>Column reduction gives the first duals and a partial matching; each free row is then matched
 * along a shortest augmenting path (Dijkstra on reduced costs over the stored entries only, with a
 * binary heap), after which the duals of the scanned columns are updated as in Jonker &amp;
 * Volgenant (1987). Departure: the augmenting row reduction phase is left out. Time
 * O(n * e log e) in the worst case for n rows and e entries, far less in practice.
 */
final class SquareJonkerVolgenant {

    private final int n;
    private final int[] rowStart;
    private final int[] column;
    private final double[] cost;

    private final double[] v;
    private final int[] rowOfColumn;
    private final int[] columnOfRow;
    private final double[] costOfRow;

    private final double[] d;
    private final int[] predRow;
    private final double[] predCost;
    private final boolean[] scanned;
    private final int[] touched;
    private final int[] order;
    private int touchedCount;
    private final MinHeap heap;

    SquareJonkerVolgenant(int n, int[] rowStart, int[] column, double[] cost) {
        if (rowStart.length != n + 1 || column.length != cost.length || rowStart[n] != column.length) {
            throw new IllegalArgumentException("inconsistent sparse matrix");
        }
        this.n = n;
        this.rowStart = rowStart;
        this.column = column;
        this.cost = cost;
        this.v = new double[n];
        this.rowOfColumn = new int[n];
        this.columnOfRow = new int[n];
        this.costOfRow = new double[n];
        this.d = new double[n];
        this.predRow = new int[n];
        this.predCost = new double[n];
        this.scanned = new boolean[n];
        this.touched = new int[n];
        this.order = new int[n];
        this.heap = new MinHeap(Math.max(16, column.length));
    }

    /** @return the column of each row, or {@code null} when no perfect matching exists */
    int[] solve() {
        Arrays.fill(rowOfColumn, -1);
        Arrays.fill(columnOfRow, -1);
        if (!reduceColumns()) {
            return null;
        }
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int r = 0; r < n; r++) {
            if (columnOfRow[r] < 0 && !augment(r)) {
                return null;
            }
        }
        return columnOfRow.clone();
    }

    /** Cost of the entry matched to {@code row} after {@link #solve()}. */
    double matchedCost(int row) {
        return costOfRow[row];
    }

    /** v[j] = min_i c_ij; column j goes to its cheapest row while that row is still free. */
    private boolean reduceColumns() {
        Arrays.fill(v, Double.POSITIVE_INFINITY);
        int[] argmin = new int[n];
        for (int r = 0; r < n; r++) {
            if (rowStart[r] == rowStart[r + 1]) {
                return false;
            }
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                int c = column[e];
                if (cost[e] < v[c]) {
                    v[c] = cost[e];
                    argmin[c] = r;
                }
            }
        }
        for (int c = n - 1; c >= 0; c--) {
            if (v[c] == Double.POSITIVE_INFINITY) {
                return false;
            }
            int r = argmin[c];
            if (columnOfRow[r] < 0) {
                columnOfRow[r] = c;
                rowOfColumn[c] = r;
                costOfRow[r] = v[c];
            }
        }
        return true;
    }

    /** Matches free row {@code start} along a shortest augmenting path; false if none exists. */
    private boolean augment(int start) {
        heap.clear();
        touchedCount = 0;
        relax(start, 0);
        int end = -1;
        double mu = 0;
        int scannedCount = 0;
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int j = heap.poll();
            if (scanned[j] || key > d[j]) {
                continue;
            }
            mu = key;
            scanned[j] = true;
            order[scannedCount++] = j;
            if (rowOfColumn[j] < 0) {
                end = j;
                break;
            }
            int i = rowOfColumn[j];
            relax(i, costOfRow[i] - v[j] - mu);
        }
        if (end >= 0) {
            for (int k = 0; k < scannedCount; k++) {
                int j = order[k];
                v[j] += d[j] - mu;
            }
            flip(start, end);
        }
        for (int k = 0; k < touchedCount; k++) {
            d[touched[k]] = Double.POSITIVE_INFINITY;
            scanned[touched[k]] = false;
        }
        return end >= 0;
    }

    /** Offers the columns of row {@code i}, reached at distance offset h = u_i - mu. */
    private void relax(int i, double h) {
        for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
            int k = column[e];
            if (scanned[k]) {
                continue;
            }
            double nd = cost[e] - v[k] - h;
            if (nd < d[k]) {
                if (d[k] == Double.POSITIVE_INFINITY) {
                    touched[touchedCount++] = k;
                }
                d[k] = nd;
                predRow[k] = i;
                predCost[k] = cost[e];
                heap.add(nd, k);
            }
        }
    }

    private void flip(int start, int end) {
        int j = end;
        while (true) {
            int i = predRow[j];
            int previous = columnOfRow[i];
            rowOfColumn[j] = i;
            columnOfRow[i] = j;
            costOfRow[i] = predCost[j];
            if (i == start) {
                return;
            }
            j = previous;
        }
    }
}
