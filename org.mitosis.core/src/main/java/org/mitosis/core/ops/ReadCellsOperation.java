package org.mitosis.core.ops;

import java.nio.file.Path;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CellInputs;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Reads cells (and truth links where the input has them) from a Cell Tracking Challenge folder,
 * a C2C12 text file, a CSV cell table, a result folder or a segmentation's label masks, detected
 * from the path.
 */
public final class ReadCellsOperation {

    private ReadCellsOperation() {
    }

    /**
     * @throws org.mitosis.core.io.BadInputException naming file, line and problem
     */
    public static Lineage read(Path input) {
        return CellInputs.read(input);
    }

    /**
     * Whether the input is a segmentation's label masks (a folder of label images, or a stack), whose
     * tracks {@link WriteResultOperation#writeTrackedMasks} can paint back into them.
     */
    public static boolean isLabelMasks(Path input) {
        return CellInputs.isLabelMasks(input);
    }

    /** Frames {@code first..last} (0-based, inclusive) of the input. */
    public static Lineage read(Path input, int first, int last) {
        return CellInputs.read(input, first, last);
    }

    /**
     * As {@link #read(Path, int, int)}, reporting progress and answering cancellation where reading
     * takes a while (label masks, a frame at a time).
     */
    public static Lineage read(Path input, int first, int last, ProgressMonitor monitor) {
        return CellInputs.read(input, first, last, monitor);
    }
}
