package org.mitosis.core.ops;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.link.LongGapCloser;
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
 * model links ({@link StageDrift}), the lineage keeping the positions as given. Then the gaps of
 * several frames in a row in which a cell was missed are closed ({@link LongGapCloser}, within the
 * model's gap radius), the model itself having closed those of one frame.
 */
public final class TrackOperation {

    private final TrackingModel model;
    private final double cellScale;
    private final TrackSettings settings;

    /** Links the cells as they are (cell scale 1), with the default settings. */
    public TrackOperation(TrackingModel model) {
        this(model, 1, TrackSettings.DEFAULTS);
    }

    /**
     * @param cellScale how many times larger cells appear than in the model's training movies, {@code > 0}
     * @throws IllegalArgumentException unless {@code cellScale} is finite and {@code > 0} and the settings valid
     */
    public TrackOperation(TrackingModel model, double cellScale, TrackSettings settings) {
        if (!(cellScale > 0) || Double.isInfinite(cellScale)) {
            throw new IllegalArgumentException("cell scale must be finite and > 0, got " + cellScale);
        }
        this.model = model;
        this.cellScale = cellScale;
        this.settings = settings.validate();
    }

    /** The lineage of the (renumbered) cells. */
    public Lineage run(CellSequence cells, ProgressMonitor monitor) {
        CellSequence own = cells.renumbered();
        CellSequence linked = cellScale == 1 ? own : own.scaled(1 / cellScale);
        if (settings.correctDrift()) {
            linked = StageDrift.estimate(linked).removedFrom(linked);
        }
        Lineage lineage = new LongGapCloser(model.gapRadius(), settings.maxMissedFrames())
                .close(model.linker().link(linked, monitor));
        return linked == own ? lineage : new Lineage(own, lineage.links());
    }
}
