package org.mitosis.core.ops;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
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
 * holds the cells as given.
 */
public final class TrackOperation {

    private final TrackingModel model;
    private final double cellScale;

    /** Links the cells as they are (cell scale 1). */
    public TrackOperation(TrackingModel model) {
        this(model, 1);
    }

    /**
     * @param cellScale how many times larger cells appear than in the model's training movies, {@code > 0}
     * @throws IllegalArgumentException unless {@code cellScale} is finite and {@code > 0}
     */
    public TrackOperation(TrackingModel model, double cellScale) {
        if (!(cellScale > 0) || Double.isInfinite(cellScale)) {
            throw new IllegalArgumentException("cell scale must be finite and > 0, got " + cellScale);
        }
        this.model = model;
        this.cellScale = cellScale;
    }

    /** The lineage of the (renumbered) cells. */
    public Lineage run(CellSequence cells, ProgressMonitor monitor) {
        CellSequence own = cells.renumbered();
        if (cellScale == 1) {
            return model.linker().link(own, monitor);
        }
        return new Lineage(own, model.linker().link(own.scaled(1 / cellScale), monitor).links());
    }
}
