package org.mitosis.core.detect;

import java.util.Arrays;
import java.util.List;
import org.mitosis.core.cells.Cell;

/**
 * One-to-one matching of detections to annotated cells within a radius that maximises the number
 * of matches (then minimises total distance): the Hungarian method (Kuhn-Munkres, O(n³)) on costs
 * {@code d} for pairs within the radius and a large constant otherwise. Test and benchmark code
 * until the project's assignment solver is available.
 */
final class OptimalMatching {

    private static final double FAR = 1e6;

    private OptimalMatching() {
    }

    /** {@code {true positives, false positives, false negatives}}. */
    static int[] count(List<double[]> detected, List<Cell> truth, double radius) {
        int n = Math.max(detected.size(), truth.size());
        double[][] cost = new double[n + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, FAR);
        }
        for (int i = 0; i < detected.size(); i++) {
            for (int j = 0; j < truth.size(); j++) {
                double d = Math.hypot(detected.get(i)[0] - truth.get(j).x(), detected.get(i)[1] - truth.get(j).y());
                if (d <= radius) {
                    cost[i + 1][j + 1] = d;
                }
            }
        }
        int[] match = hungarian(cost, n);
        int tp = 0;
        for (int j = 1; j <= n; j++) {
            if (match[j] > 0 && cost[match[j]][j] < FAR) {
                tp++;
            }
        }
        return new int[] {tp, detected.size() - tp, truth.size() - tp};
    }

    /** 1-based square cost matrix; returns for each column the row assigned to it. */
    private static int[] hungarian(double[][] a, int n) {
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = a[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return p;
    }
}
