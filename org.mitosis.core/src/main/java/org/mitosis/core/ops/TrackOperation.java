package org.mitosis.core.ops;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.link.StageDrift;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.train.TrackingModel;

/**
 * Links cells with a trained model. Only the frame, position and features of each cell are used:
 * the cells are renumbered first, so ids and parents of a truth file never reach the linker, and
 * the result's ids are unique in the whole sequence.
 *
 * <p>A model's distances (its gate, costs and geometric features) are in the pixels of the movies
 * it learned from. For a movie at another magnification the cell scale says how many times larger
 * cells, and so their steps, appear: the model links the positions divided by it, and the lineage
 * holds the cells as given. Likewise, a drifting field of view can be taken off the positions the
 * model links ({@link StageDrift}), the lineage keeping the positions as given.
 */
public final class TrackOperation {

    private final TrackingModel model;
    private final double cellScale;
    private final boolean correctDrift;

    /** Links the cells as they are (cell scale 1). */
    public TrackOperation(TrackingModel model) {
        this(model, 1);
    }

    /**
     * @param cellScale how many times larger cells appear than in the model's training movies, {@code > 0}
     * @throws IllegalArgumentException unless {@code cellScale} is finite and {@code > 0}
     */
    public TrackOperation(TrackingModel model, double cellScale) {
        this(model, cellScale, false);
    }

    /**
     * @param cellScale how many times larger cells appear than in the model's training movies, {@code > 0}
     * @param correctDrift whether the field of view's drift between frames ({@link StageDrift}) is
     *        taken off the positions the model links
     * @throws IllegalArgumentException unless {@code cellScale} is finite and {@code > 0}
     */
    public TrackOperation(TrackingModel model, double cellScale, boolean correctDrift) {
        if (!(cellScale > 0) || Double.isInfinite(cellScale)) {
            throw new IllegalArgumentException("cell scale must be finite and > 0, got " + cellScale);
        }
        this.model = model;
        this.cellScale = cellScale;
        this.correctDrift = correctDrift;
    }

    /** The lineage of the (renumbered) cells. */
    public Lineage run(CellSequence cells, ProgressMonitor monitor) {
        CellSequence own = cells.renumbered();
        if (cellScale == 1 && !correctDrift) {
            return model.linker().link(own, monitor);
        }
        CellSequence linked = cellScale == 1 ? own : own.scaled(1 / cellScale);
        if (correctDrift) {
            linked = StageDrift.estimate(linked).removedFrom(linked);
        }
        return new Lineage(own, model.linker().link(linked, monitor).links());
    }
}
