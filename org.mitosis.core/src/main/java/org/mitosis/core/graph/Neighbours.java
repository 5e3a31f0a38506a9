package org.mitosis.core.graph;

import java.util.Arrays;
import java.util.List;

import org.mitosis.core.cells.Cell;

/**
 * The positions of one frame's cells in a uniform grid of square buckets, for nearest-cell and
 * radius searches: a search visits the buckets around its point, ring by ring, instead of every
 * cell. Built in O(n); a bucket holds about two cells where they spread evenly, so a nearest-cell
 * search costs O(1) cells and a radius search O(1 + cells within reach) on such frames, and never
 * more than a scan of all cells. Brute-force searches (O(n²) per frame for each of the graph, the
 * node features, their temporal context and the candidate pairs) took a fifth of whole-sequence
 * inference on F0009's ~110 cells a frame, and grow quadratically with the crowd.
 *
 * <p>Every search answers exactly as a scan of all cells in index order would: ties in distance
 * go to the lower index, and distances are compared as the same squared sums.
 */
final class Neighbours {

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double size;
    private final int cols;
    private final int rows;
    /** The cells of bucket b are {@code members[start[b]]} .. {@code members[start[b + 1] - 1]}, ascending. */
    private final int[] start;
    private final int[] members;

    private Neighbours(double[] x, double[] y) {
        this.x = x;
        this.y = y;
        int n = x.length;
        double lowX = Double.POSITIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lowX = Math.min(lowX, x[i]);
            lowY = Math.min(lowY, y[i]);
            highX = Math.max(highX, x[i]);
            highY = Math.max(highY, y[i]);
        }
        double w = n == 0 ? 0 : highX - lowX;
        double h = n == 0 ? 0 : highY - lowY;
        // About two cells a bucket where they spread over an area; along a line, n/2 buckets.
        double s = Math.max(Math.sqrt(2 * w * h / Math.max(1, n)), 2 * Math.max(w, h) / Math.max(1, n));
        this.size = s > 0 ? s : 1;
        this.minX = n == 0 ? 0 : lowX;
        this.minY = n == 0 ? 0 : lowY;
        this.cols = bucket(w, size, Integer.MAX_VALUE) + 1;
        this.rows = bucket(h, size, Integer.MAX_VALUE) + 1;
        this.start = new int[cols * rows + 1];
        int[] of = new int[n];
        for (int i = 0; i < n; i++) {
            of[i] = bucketOf(x[i], y[i]);
            start[of[i] + 1]++;
        }
        for (int b = 0; b < cols * rows; b++) {
            start[b + 1] += start[b];
        }
        this.members = new int[n];
        int[] next = Arrays.copyOf(start, cols * rows);
        for (int i = 0; i < n; i++) {
            members[next[of[i]]++] = i;
        }
    }

    /** The cells' positions, in the list's order. */
    static Neighbours of(List<Cell> cells) {
        double[] x = new double[cells.size()];
        double[] y = new double[cells.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = cells.get(i).x();
            y[i] = cells.get(i).y();
        }
        return new Neighbours(x, y);
    }

    /**
     * @return for each cell, the indices of its up to {@code k} nearest other cells, nearest first
     *         (fewer when the frame has fewer cells); ties go to the lower index
     */
    int[][] nearest(int k) {
        int n = x.length;
        int kk = Math.max(0, Math.min(k, n - 1));
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = nearestOthers(i, kk);
        }
        return out;
    }

    /** The {@code k} (< n) cells nearest to cell i, other than i, nearest first, ties to the lower index. */
    private int[] nearestOthers(int i, int k) {
        return nearest(x[i], y[i], i, k);
    }

    /** The index of the cell nearest to (px, py), ties to the lower index, or -1 when there is none. */
    int nearestTo(double px, double py) {
        int[] best = nearest(px, py, -1, Math.min(1, x.length));
        return best.length == 0 ? -1 : best[0];
    }

    /**
     * The {@code k} cells nearest to (px, py), other than cell {@code exclude}, nearest first, ties
     * to the lower index; k at most the number of cells that are not excluded. Visits the buckets
     * ring by ring around the point's until no farther ring can hold a nearer cell.
     */
    private int[] nearest(double px, double py, int exclude, int k) {
        int[] best = new int[k];
        double[] bestD = new double[k];
        int found = 0;
        int bx = column(px);
        int by = row(py);
        for (int r = 0; k > 0 && !settled(found == k ? bestD[k - 1] : Double.POSITIVE_INFINITY, r, px, py, bx, by); r++) {
            for (int cy = Math.max(0, by - r); cy <= Math.min(rows - 1, by + r); cy++) {
                // The ring's top and bottom rows whole, the rows between only at its two ends.
                int step = Math.abs(cy - by) == r ? 1 : 2 * r;
                for (int cx = bx - r; cx <= bx + r; cx += step) {
                    if (cx >= 0 && cx < cols) {
                        found = offer(cy * cols + cx, px, py, exclude, best, bestD, found);
                    }
                }
            }
        }
        return best;
    }

    /** Bucket b's cells into the {@code found} best of {@code best}, kept in order; the new count. */
    private int offer(int b, double px, double py, int exclude, int[] best, double[] bestD, int found) {
        int k = best.length;
        for (int m = start[b]; m < start[b + 1]; m++) {
            int j = members[m];
            if (j == exclude) {
                continue;
            }
            double d = squaredDistance(j, px, py);
            if (found < k || before(d, j, bestD[k - 1], best[k - 1])) {
                insert(best, bestD, Math.min(found, k - 1), j, d);
                found = Math.min(k, found + 1);
            }
        }
        return found;
    }

    /**
     * The cells within {@code radius} of (px, py) (squared distance at most radius²), nearest first,
     * ties to the lower index.
     */
    int[] within(double px, double py, double radius) {
        double r2 = radius * radius;
        int[] found = new int[8];
        double[] foundD = new double[8];
        int count = 0;
        for (int by = row(py - radius); by <= row(py + radius); by++) {
            for (int bx = column(px - radius); bx <= column(px + radius); bx++) {
                int b = by * cols + bx;
                for (int m = start[b]; m < start[b + 1]; m++) {
                    int j = members[m];
                    double d = squaredDistance(j, px, py);
                    if (d <= r2) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, 2 * count);
                            foundD = Arrays.copyOf(foundD, 2 * count);
                        }
                        insert(found, foundD, count++, j, d);
                    }
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** How many cells other than cell i lie within {@code radius} of it (squared distance at most radius²). */
    int countAround(int i, double radius) {
        double r2 = radius * radius;
        int count = 0;
        for (int by = row(y[i] - radius); by <= row(y[i] + radius); by++) {
            for (int bx = column(x[i] - radius); bx <= column(x[i] + radius); bx++) {
                int b = by * cols + bx;
                for (int m = start[b]; m < start[b + 1]; m++) {
                    int j = members[m];
                    if (j != i && squaredDistance(j, x[i], y[i]) <= r2) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }

    /** Distance from cell i to (px, py). */
    double distance(int i, double px, double py) {
        return Math.sqrt(squaredDistance(i, px, py));
    }

    private double squaredDistance(int i, double px, double py) {
        double dx = x[i] - px;
        double dy = y[i] - py;
        return dx * dx + dy * dy;
    }

    /**
     * Whether a search around (px, py), whose bucket is (bx, by), is done once it has visited rings
     * 0 .. r−1 and keeps {@code worst} as the farthest of what it holds: every cell it has not seen
     * lies beyond a side of the box those rings cover, a side with buckets behind it, so at least as
     * far as the nearest such side (the point is inside the box, or beyond an open side of a grid
     * it lies outside of). Done too where no side has buckets behind it.
     */
    private boolean settled(double worst, int r, double px, double py, int bx, int by) {
        if (r == 0) {
            return false;
        }
        double reach = Double.POSITIVE_INFINITY;
        if (bx - r + 1 > 0) {
            reach = Math.min(reach, px - (minX + (bx - r + 1) * size));
        }
        if (bx + r < cols) {
            reach = Math.min(reach, minX + (bx + r) * size - px);
        }
        if (by - r + 1 > 0) {
            reach = Math.min(reach, py - (minY + (by - r + 1) * size));
        }
        if (by + r < rows) {
            reach = Math.min(reach, minY + (by + r) * size - py);
        }
        if (reach == Double.POSITIVE_INFINITY) {
            return true;
        }
        // A hair less: a cell on a side's line may have been bucketed by a quotient rounded either way.
        reach -= 1e-9 * size;
        return reach > 0 && worst < reach * reach;
    }

    private int bucketOf(double px, double py) {
        return row(py) * cols + column(px);
    }

    private int column(double px) {
        return bucket(px - minX, size, cols - 1);
    }

    private int row(double py) {
        return bucket(py - minY, size, rows - 1);
    }

    /** The bucket index of offset {@code d}, clamped to 0 .. last. */
    private static int bucket(double d, double size, int last) {
        double b = Math.floor(d / size);
        return b <= 0 ? 0 : b >= last ? last : (int) b;
    }

    /**
     * Puts cell j at squared distance d into the ascending lists {@code cells} and {@code distances}
     * at or before {@code last}, shifting the later entries up by one (the entry at last drops out).
     */
    private static void insert(int[] cells, double[] distances, int last, int j, double d) {
        int pos = last;
        while (pos > 0 && before(d, j, distances[pos - 1], cells[pos - 1])) {
            cells[pos] = cells[pos - 1];
            distances[pos] = distances[pos - 1];
            pos--;
        }
        cells[pos] = j;
        distances[pos] = d;
    }

    /** Whether (d, j) comes before (e, k): nearer, or as near and a lower index. */
    private static boolean before(double d, int j, double e, int k) {
        return d < e || (d == e && j < k);
    }
}
