package org.mitosis.core.graph;

import java.util.List;

import org.mitosis.core.cells.Cell;

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
 * <p>When the cells carry their own feature vector (the detector's shape features) it is appended.
 * Values are raw; {@link FeatureScaler} standardises them with statistics of the training data.
 */
public final class NodeFeatures {

    private final GraphSettings settings;
    private final FieldOfView fov;

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
        return 3 * settings.featureNeighbours() + 3;
    }

    /** One row per cell of the frame, in the frame's order. O(n² log n). */
    public double[][] compute(List<Cell> frame) {
        int f = settings.featureNeighbours();
        int[][] nn = Neighbours.nearest(frame, f);
        double far = Math.log1p(2 * fov.halfDiagonal());
        double r = settings.densityRadius();
        double[][] out = new double[frame.size()][];
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
            int near = 0;
            int wide = 0;
            for (Cell o : frame) {
                double d = c.distanceTo(o);
                if (o != c && d <= r) {
                    near++;
                }
                if (o != c && d <= 2 * r) {
                    wide++;
                }
            }
            v[3 * f] = Math.log1p(near);
            v[3 * f + 1] = Math.log1p(wide);
            v[3 * f + 2] = Math.log1p(fov.borderDistance(c));
            for (int k = 0; k < c.featureCount(); k++) {
                v[3 * f + 3 + k] = c.feature(k);
            }
            out[i] = v;
        }
        return out;
    }
}
