package org.mitosis.core.graph;

import java.util.Arrays;
import java.util.List;

import org.mitosis.core.cells.Cell;

/**
 * Nearest neighbours among the cells of one frame, by brute force: O(n² log n) for n cells, which
 * is a few milliseconds for the few hundred cells of a frame.
 */
final class Neighbours {

    private Neighbours() {
    }

    /**
     * @return for each cell, the indices of its up to {@code k} nearest other cells, nearest first
     *         (fewer when the frame has fewer cells); ties go to the lower index
     */
    static int[][] nearest(List<Cell> cells, int k) {
        int n = cells.size();
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = nearestTo(cells.get(i), cells, i, k);
        }
        return out;
    }

    /** Indices of the up to {@code k} cells nearest to {@code c}, skipping index {@code self}. */
    static int[] nearestTo(Cell c, List<Cell> cells, int self, int k) {
        int n = cells.size();
        Integer[] order = new Integer[n];
        double[] d = new double[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
            d[j] = j == self ? Double.POSITIVE_INFINITY : c.distanceTo(cells.get(j));
        }
        Arrays.sort(order, (a, b) -> {
            int r = Double.compare(d[a], d[b]);
            return r != 0 ? r : Integer.compare(a, b);
        });
        int count = Math.min(k, self >= 0 ? n - 1 : n);
        int[] out = new int[Math.max(0, count)];
        for (int j = 0; j < out.length; j++) {
            out[j] = order[j];
        }
        return out;
    }
}
