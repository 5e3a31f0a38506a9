package org.mitosis.core.graph;

import java.util.Arrays;
import java.util.List;

import org.mitosis.core.cells.Cell;

/**
 * Nearest neighbours among the cells of one frame, by brute force with a running top-k: O(n²·k)
 * for n cells, a millisecond or so for the few hundred cells of a frame and small k.
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
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = cells.get(i).x();
            ys[i] = cells.get(i).y();
        }
        int[][] out = new int[n][];
        int kk = Math.max(0, Math.min(k, n - 1));
        int[] best = new int[kk];
        double[] bestD = new double[kk];
        for (int i = 0; i < n; i++) {
            int found = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double dx = xs[j] - xs[i];
                double dy = ys[j] - ys[i];
                double d = dx * dx + dy * dy;
                if (found < kk || d < bestD[kk - 1]) {
                    int pos = Math.min(found, kk - 1);
                    while (pos > 0 && bestD[pos - 1] > d) {
                        bestD[pos] = bestD[pos - 1];
                        best[pos] = best[pos - 1];
                        pos--;
                    }
                    bestD[pos] = d;
                    best[pos] = j;
                    found = Math.min(kk, found + 1);
                }
            }
            out[i] = Arrays.copyOf(best, found);
        }
        return out;
    }

    /** The cell of {@code among} nearest to {@code to} (ties to the earlier), or {@code null} when there is none. O(n). */
    static Cell closest(List<Cell> among, Cell to) {
        Cell best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Cell c : among) {
            double d = c.squaredDistanceTo(to);
            if (d < bestD) {
                best = c;
                bestD = d;
            }
        }
        return best;
    }
}
