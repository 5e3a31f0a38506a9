package org.mitosis.core.cells;

import java.util.Arrays;

/**
 * One cell in one frame: a position and an optional feature vector (for example the detector's
 * shape features).
 *
 * <p>Immutable: the feature array is copied on the way in and never handed out.
 */
public final class Cell {

    private static final double[] NO_FEATURES = new double[0];

    private final int frame;
    private final int id;
    private final double x;
    private final double y;
    private final double[] features;

    /**
     * @param frame 0-based frame index, {@code >= 0}
     * @param id id unique within the frame
     * @param x column in pixels, finite
     * @param y row in pixels, finite
     * @param features feature vector, possibly empty; copied
     * @throws IllegalArgumentException for a negative frame or a non-finite position
     */
    public Cell(int frame, int id, double x, double y, double[] features) {
        if (frame < 0) {
            throw new IllegalArgumentException("negative frame " + frame);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position (" + x + ", " + y + ") is not finite");
        }
        this.frame = frame;
        this.id = id;
        this.x = x;
        this.y = y;
        this.features = features == null || features.length == 0 ? NO_FEATURES : features.clone();
    }

    /** A cell without features. */
    public Cell(int frame, int id, double x, double y) {
        this(frame, id, x, y, NO_FEATURES);
    }

    public int frame() {
        return frame;
    }

    public int id() {
        return id;
    }

    /** Column in pixels. */
    public double x() {
        return x;
    }

    /** Row in pixels. */
    public double y() {
        return y;
    }

    public CellRef ref() {
        return new CellRef(frame, id);
    }

    /** Number of features (0 when the cell has none). */
    public int featureCount() {
        return features.length;
    }

    /** Feature {@code i}, {@code 0 <= i < featureCount()}. */
    public double feature(int i) {
        return features[i];
    }

    /** A copy of the feature vector. */
    public double[] features() {
        return features.clone();
    }

    /** Euclidean distance in pixels between the two cells' positions. */
    public double distanceTo(Cell other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    /** The squared Euclidean distance: for comparing distances, many times cheaper than {@link #distanceTo}'s hypot. */
    public double squaredDistanceTo(Cell other) {
        double dx = x - other.x;
        double dy = y - other.y;
        return dx * dx + dy * dy;
    }

    /** The same cell under another id (and frame), keeping position and features. */
    public Cell withId(int newFrame, int newId) {
        return new Cell(newFrame, newId, x, y, features);
    }

    /** The same cell (id, frame, features) at its position times {@code factor}. */
    public Cell scaled(double factor) {
        return new Cell(frame, id, x * factor, y * factor, features);
    }

    /** The same cell (id, frame, features) moved by {@code (dx, dy)}. */
    public Cell shifted(double dx, double dy) {
        return new Cell(frame, id, x + dx, y + dy, features);
    }

    /** The same cell with a new feature vector. */
    public Cell withFeatures(double[] newFeatures) {
        return new Cell(frame, id, x, y, newFeatures);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && c.frame == frame && c.id == id
                && Double.compare(c.x, x) == 0 && Double.compare(c.y, y) == 0
                && Arrays.equals(c.features, features);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * frame + id) + Double.hashCode(x) + 7 * Double.hashCode(y);
    }

    @Override
    public String toString() {
        return "Cell[frame=" + frame + ", id=" + id + ", x=" + x + ", y=" + y
                + (features.length > 0 ? ", features=" + features.length : "") + "]";
    }
}
