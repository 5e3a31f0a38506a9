package org.mitosis.cli;

import java.nio.file.Path;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.ReadCellsOperation;

/** Reads the {@code <input>} arguments shared by the subcommands. */
final class Inputs {

    private Inputs() {
    }

    /** Reads an input, restricted to {@code frames} when given. */
    static Lineage read(Path input, FrameRange frames) {
        return frames == null ? ReadCellsOperation.read(input) : ReadCellsOperation.read(input, frames.first(), frames.last());
    }
}
