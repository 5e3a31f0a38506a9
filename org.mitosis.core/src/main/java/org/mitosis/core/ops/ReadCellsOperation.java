package org.mitosis.core.ops;

import java.nio.file.Path;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CellInputs;

/**
 * Reads cells (and truth links where the input has them) from a Cell Tracking Challenge folder,
 * a C2C12 text file, a CSV cell table or a result folder, detected from the path.
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

    /** Frames {@code first..last} (0-based, inclusive) of the input. */
    public static Lineage read(Path input, int first, int last) {
        return CellInputs.read(input, first, last);
    }
}
