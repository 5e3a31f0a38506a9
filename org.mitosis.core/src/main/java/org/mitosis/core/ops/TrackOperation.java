package org.mitosis.core.ops;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.train.TrackingModel;

/**
 * Links cells with a trained model. Only the frame, position and features of each cell are used:
 * the cells are renumbered first, so ids and parents of a truth file never reach the linker, and
 * the result's ids are unique in the whole sequence.
 */
public final class TrackOperation {

    private final TrackingModel model;

    public TrackOperation(TrackingModel model) {
        this.model = model;
    }

    /** The lineage of the (renumbered) cells. */
    public Lineage run(CellSequence cells, ProgressMonitor monitor) {
        return model.linker().link(cells.renumbered(), monitor);
    }
}
