package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;

/**
 * How far the field of view moved between frames (a drifting stage, or one that returns
 * imprecisely to each position of a multi-position acquisition), estimated from the cells alone,
 * and its removal before linking: a tracker's distances then measure the cells' own steps.
 *
 * <p>Each frame pair's shift is where the displacements from the cells of frame t to those of
 * frame t+1 pile up: every cell that continues votes for the stage's shift plus its own small step,
 * while the other pairs spread out. Votes are counted over displacements up to three times the
 * typical distance between neighbouring cells, in bins of a quarter of it (each bin with its eight
 * neighbours), then refined as the median displacement of each cell at t+1 from its nearest cell
 * at t, among those within half that distance of the estimate (three rounds). Frames with fewer
 * than three cells on either side count as unshifted. The offsets are cumulative from the first
 * frame. O(n·m) per frame pair.
 */
public final class StageDrift {

    private static final int MIN_CELLS = 3;
    private static final int REFINEMENTS = 3;
    /** At most this many frames are read for the typical neighbour distance. */
    private static final int SPACING_SAMPLE = 50;

    private final int first;
    private final double[] x;
    private final double[] y;

    private StageDrift(int first, double[] x, double[] y) {
        this.first = first;
        this.x = x;
        this.y = y;
    }

    /** The drift of {@code cells}' field of view, frame by frame. */
    public static StageDrift estimate(CellSequence cells) {
        int n = Math.max(0, cells.frameCount());
        double[] x = new double[n];
        double[] y = new double[n];
        double spacing = spacing(cells);
        for (int k = 1; k < n; k++) {
            int f = cells.firstFrame() + k;
            double[] step = spacing > 0 ? shift(cells.cellsIn(f - 1), cells.cellsIn(f), spacing) : new double[2];
            x[k] = x[k - 1] + step[0];
            y[k] = y[k - 1] + step[1];
        }
        return new StageDrift(cells.firstFrame(), x, y);
    }

    /** How far the field of view moved from the first frame to {@code frame}, along x. */
    public double x(int frame) {
        return x[frame - first];
    }

    /** How far the field of view moved from the first frame to {@code frame}, along y. */
    public double y(int frame) {
        return y[frame - first];
    }

    /** The cells with each frame's drift taken off their positions (ids, frames and features kept). */
    public CellSequence removedFrom(CellSequence cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        cells.cells().forEach(c -> out.add(c.shifted(-x(c.frame()), -y(c.frame()))));
        return CellSequence.of(out, cells.firstFrame(), cells.lastFrame());
    }

    /** The median distance from a cell to its nearest neighbour in the same frame, over up to 50 frames; 0 if none. */
    static double spacing(CellSequence cells) {
        List<Double> d = new ArrayList<>();
        int step = Math.max(1, cells.frameCount() / SPACING_SAMPLE);
        for (int f = cells.firstFrame(); f <= cells.lastFrame(); f += step) {
            List<Cell> frame = cells.cellsIn(f);
            for (Cell c : frame) {
                double best = Double.POSITIVE_INFINITY;
                for (Cell o : frame) {
                    if (o != c) {
                        best = Math.min(best, c.squaredDistanceTo(o));
                    }
                }
                if (best < Double.POSITIVE_INFINITY) {
                    d.add(Math.sqrt(best));
                }
            }
        }
        if (d.isEmpty()) {
            return 0;
        }
        double[] v = d.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[v.length / 2];
    }

    /** The shift {@code {dx, dy}} from frame {@code a} to frame {@code b}. */
    static double[] shift(List<Cell> a, List<Cell> b, double spacing) {
        if (a.size() < MIN_CELLS || b.size() < MIN_CELLS) {
            return new double[2];
        }
        double reach = 3 * spacing;
        double bin = spacing / 4;
        Map<Long, Integer> votes = new HashMap<>();
        for (Cell q : b) {
            for (Cell p : a) {
                double dx = q.x() - p.x();
                double dy = q.y() - p.y();
                if (dx * dx + dy * dy <= reach * reach) {
                    votes.merge(key((int) Math.floor(dx / bin), (int) Math.floor(dy / bin)), 1, Integer::sum);
                }
            }
        }
        long best = 0;
        int bestVotes = -1;
        for (long k : votes.keySet()) {
            int bx = (int) (k >> 32);
            int by = (int) k;
            int sum = 0;
            for (int i = -1; i <= 1; i++) {
                for (int j = -1; j <= 1; j++) {
                    sum += votes.getOrDefault(key(bx + i, by + j), 0);
                }
            }
            // Ties go to the smaller shift, then to the lower key, so the answer does not hang on map order.
            if (sum > bestVotes || (sum == bestVotes && tieBreak(k, best) < 0)) {
                bestVotes = sum;
                best = k;
            }
        }
        if (bestVotes < 0) {
            return new double[2];
        }
        double sx = ((int) (best >> 32) + 0.5) * bin;
        double sy = ((int) best + 0.5) * bin;
        for (int round = 0; round < REFINEMENTS; round++) {
            double[] dxs = new double[b.size()];
            double[] dys = new double[b.size()];
            int k = 0;
            for (Cell q : b) {
                Cell nearest = null;
                double nearestD = Double.POSITIVE_INFINITY;
                for (Cell p : a) {
                    double ex = q.x() - p.x() - sx;
                    double ey = q.y() - p.y() - sy;
                    double d = ex * ex + ey * ey;
                    if (d < nearestD) {
                        nearestD = d;
                        nearest = p;
                    }
                }
                if (nearestD <= spacing * spacing / 4) {
                    dxs[k] = q.x() - nearest.x();
                    dys[k] = q.y() - nearest.y();
                    k++;
                }
            }
            if (k == 0) {
                break;
            }
            sx = median(dxs, k);
            sy = median(dys, k);
        }
        return new double[] {sx, sy};
    }

    private static long key(int bx, int by) {
        return ((long) bx << 32) | (by & 0xffffffffL);
    }

    private static int tieBreak(long k, long other) {
        int c = Long.compare(norm(k), norm(other));
        return c != 0 ? c : Long.compare(k, other);
    }

    private static long norm(long k) {
        long bx = (int) (k >> 32);
        long by = (int) k;
        return bx * bx + by * by;
    }

    private static double median(double[] v, int n) {
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
