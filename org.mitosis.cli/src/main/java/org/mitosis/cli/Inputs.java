package org.mitosis.cli;

import java.nio.file.Path;
import java.util.List;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.ops.ReadCellsOperation;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Reads the {@code <input>} arguments shared by the subcommands. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The cells each annotated sequence is to be linked as: the tables given with {@code --train-cells}
     * (one per sequence, same frames), or the sequences' own cells when there are none.
     *
     * @throws ParameterException when the number of tables differs from the number of sequences
     */
    static List<CellSequence> trainingCells(CommandLine commandLine, List<Path> tables, List<Lineage> sequences,
            FrameRange frames) {
        if (tables == null) {
            return sequences.stream().map(Lineage::cells).toList();
        }
        if (tables.size() != sequences.size()) {
            throw new ParameterException(commandLine, "--train-cells needs one table per --train input, got "
                    + tables.size() + " for " + sequences.size());
        }
        return tables.stream().map(p -> read(p, frames).cells()).toList();
    }

    /** Reads an input, restricted to {@code frames} when given, showing progress where that takes a while (label masks). */
    static Lineage read(Path input, FrameRange frames, ProgressMonitor monitor) {
        return ReadCellsOperation.read(input, frames == null ? 0 : frames.first(),
                frames == null ? Integer.MAX_VALUE : frames.last(), monitor);
    }

    /** Reads an input, restricted to {@code frames} when given. */
    static Lineage read(Path input, FrameRange frames) {
        return frames == null ? ReadCellsOperation.read(input) : ReadCellsOperation.read(input, frames.first(), frames.last());
    }
}
