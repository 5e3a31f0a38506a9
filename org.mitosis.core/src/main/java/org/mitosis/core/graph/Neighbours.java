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
        Points points = Points.of(cells);
        double[] xs = points.x();
        double[] ys = points.y();
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

    /**
     * A frame's positions as arrays, for repeated nearest-cell searches: a tight loop over two arrays
     * instead of a walk over {@link Cell} objects (the temporal context's searches took 8 % of
     * GNN-DOL's inference time that way, under 2 % now).
     */
    record Points(double[] x, double[] y) {

        static Points of(List<Cell> cells) {
            double[] x = new double[cells.size()];
            double[] y = new double[cells.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = cells.get(i).x();
                y[i] = cells.get(i).y();
            }
            return new Points(x, y);
        }

        /** The index of the point nearest to (px, py), ties to the earlier, or -1 when there is none. O(n). */
        int nearestTo(double px, double py) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                double dx = x[i] - px;
                double dy = y[i] - py;
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    best = i;
                    bestD = d;
                }
            }
            return best;
        }

        /** Distance from point i to (px, py). */
        double distance(int i, double px, double py) {
            double dx = x[i] - px;
            double dy = y[i] - py;
            return Math.sqrt(dx * dx + dy * dy);
        }
    }
}
