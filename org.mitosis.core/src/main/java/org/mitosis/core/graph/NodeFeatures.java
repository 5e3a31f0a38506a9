package org.mitosis.core.graph;

import java.util.List;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;

/**
 * A cell's node feature vector, computed from its whole frame (not from the subset of cells a
 * training sub-problem keeps, so that training and inference see the same features).
 *
 * <p>Geometric part, always present, {@code 3·f + 3} values for f = {@code featureNeighbours}: for
 * each of the f nearest other cells, the unit direction {@code (dx/d, dy/d)} and {@code log(1+d)}
 * (d in pixels; a missing neighbour gives direction 0 and the field's diagonal as distance); the
 * local density {@code log(1+count)} of cells within r and within 2r ({@code densityRadius}); and
 * {@code log(1+b)} for the distance b to the field of view's border, where cells enter and leave.
 * Dividing cells round up and their daughters lie close together, which shows in the neighbour
 * distances; cells near the border appear and disappear.
 *
 * <p>Temporal context ({@link GraphSettings#temporalContext()}), {@value #CONTEXT_FEATURES} values:
 * looking back, the distance d from the cell to its nearest cell a two frames earlier and the distance
 * g from a to a's nearest cell one frame earlier, each as {@code log(1+·)}; looking ahead, the same
 * with the frames after. A cell the detector missed in the frame between leaves a large g behind (a
 * has no successor where it should be): the cell at t+1 whose predecessor is missing at t is then an
 * orphan that should start a track (gap closing joins it to a), not a second daughter of a neighbour,
 * and the cell at t whose successor is missing should end rather than take a neighbour's. The link
 * costs of one frame pair cannot tell such an orphan from a daughter; this evidence can. A frame
 * beyond the sequence gives d = the field's diagonal and g = 0 (nothing known); a cell a with no
 * cell in the frame between gives g = the diagonal.
 *
 * <p>When the cells carry their own feature vector (the detector's shape features) it is appended.
 * Values are raw; {@link FeatureScaler} standardises them with statistics of the training data.
 *
 * <p>Not thread-safe: it keeps the grids of the frames it last computed with.
 */
public final class NodeFeatures {

    /** Values of the temporal context, when it is on. */
    public static final int CONTEXT_FEATURES = 4;

    /** Grids kept for reuse: a frame's grid serves its own features and the context of four frames. */
    private static final int KEPT_GRIDS = 5;

    private final GraphSettings settings;
    private final FieldOfView fov;
    /**
     * The grids of the frames last computed with, by the frame's cell list (immutable, compared by
     * identity): the callers compute consecutive frames of one sequence, so each frame's grid is
     * built once instead of five times.
     */
    private final List<Cell>[] keptFrames = newFrameArray();
    private final Neighbours[] keptGrids = new Neighbours[KEPT_GRIDS];
    private int nextKept;

    /**
     * @throws IllegalArgumentException for unusable settings
     */
    public NodeFeatures(GraphSettings settings, FieldOfView fov) {
        this.settings = settings.validate();
        this.fov = fov;
    }

    /** Length of the vector for cells with {@code ownFeatures} features of their own. */
    public int length(int ownFeatures) {
        return geometricLength(settings) + ownFeatures;
    }

    /** Length of the geometric part, the whole vector of cells without features of their own. */
    public static int geometricLength(GraphSettings settings) {
        return 3 * settings.featureNeighbours() + 3 + (settings.temporalContext() ? CONTEXT_FEATURES : 0);
    }

    /**
     * One row per cell of frame {@code f} of {@code cells}, in the frame's order, the temporal
     * context read from the two frames before and after. O(n) for n evenly spread cells per frame
     * ({@link Neighbours}).
     */
    public double[][] compute(CellSequence cells, int f) {
        return compute(cells.cellsIn(f - 2), cells.cellsIn(f - 1), cells.cellsIn(f), cells.cellsIn(f + 1),
                cells.cellsIn(f + 2));
    }

    private double[][] compute(List<Cell> twoBefore, List<Cell> before, List<Cell> frame, List<Cell> after,
            List<Cell> twoAfter) {
        int f = settings.featureNeighbours();
        Neighbours grid = grid(frame);
        int[][] nn = grid.nearest(f);
        double far = Math.log1p(2 * fov.halfDiagonal());
        double r = settings.densityRadius();
        double[][] out = new double[frame.size()][];
        boolean context = settings.temporalContext();
        Neighbours[] around = context ? new Neighbours[] {grid(twoBefore), grid(before), grid(after),
            grid(twoAfter)} : null;
        for (int i = 0; i < frame.size(); i++) {
            Cell c = frame.get(i);
            double[] v = new double[length(c.featureCount())];
            for (int j = 0; j < f; j++) {
                if (j < nn[i].length) {
                    Cell o = frame.get(nn[i][j]);
                    double d = c.distanceTo(o);
                    v[3 * j] = d > 0 ? (o.x() - c.x()) / d : 0;
                    v[3 * j + 1] = d > 0 ? (o.y() - c.y()) / d : 0;
                    v[3 * j + 2] = Math.log1p(d);
                } else {
                    v[3 * j + 2] = far;
                }
            }
            v[3 * f] = Math.log1p(grid.countAround(i, r));
            v[3 * f + 1] = Math.log1p(grid.countAround(i, 2 * r));
            v[3 * f + 2] = Math.log1p(fov.borderDistance(c));
            int own = 3 * f + 3;
            if (context) {
                context(c, around[0], around[1], far, v, own);
                context(c, around[3], around[2], far, v, own + 2);
                own += CONTEXT_FEATURES;
            }
            for (int k = 0; k < c.featureCount(); k++) {
                v[own + k] = c.feature(k);
            }
            out[i] = v;
        }
        return out;
    }

    /** The grid of a frame's cells, built or kept. */
    private Neighbours grid(List<Cell> frame) {
        for (int k = 0; k < KEPT_GRIDS; k++) {
            if (keptFrames[k] == frame) {
                return keptGrids[k];
            }
        }
        Neighbours grid = Neighbours.of(frame);
        keptFrames[nextKept] = frame;
        keptGrids[nextKept] = grid;
        nextKept = (nextKept + 1) % KEPT_GRIDS;
        return grid;
    }

    @SuppressWarnings("unchecked")
    private static List<Cell>[] newFrameArray() {
        return new List[KEPT_GRIDS];
    }

    /**
     * {@code log(1+d)} and {@code log(1+g)} into {@code v[at]} and {@code v[at+1]}: d from {@code c} to
     * its nearest cell a in {@code twoAway}, g from a to its nearest in {@code between}.
     */
    private static void context(Cell c, Neighbours twoAway, Neighbours between, double far, double[] v,
            int at) {
        int a = twoAway.nearestTo(c.x(), c.y());
        if (a < 0) {
            v[at] = far;
            return;
        }
        double ax = twoAway.x(a);
        double ay = twoAway.y(a);
        int b = between.nearestTo(ax, ay);
        v[at] = Math.log1p(twoAway.distance(a, c.x(), c.y()));
        v[at + 1] = b < 0 ? far : Math.log1p(between.distance(b, ax, ay));
    }
}
