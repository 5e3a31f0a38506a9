package org.mitosis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.ReadCellsOperation;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.core.train.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis track}: links cells with a trained model and writes the result folder. */
@Command(name = "track", description = "Links cells with a trained model (only frame, position and features of each cell are used) "
        + "and writes cells.csv, links.csv, divisions.csv, res_track.txt and trackmate.xml; cells given as label masks "
        + "are also written back as maskNNN.tif, each cell's pixels holding its track id (a Cell Tracking Challenge result).")
final class TrackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, description = "Model file written by 'mitosis train'.")
    Path model;

    @Option(names = "--cells", required = true, description = "Cells: CTC folder, C2C12 text file, CSV cell table, or label masks (a folder of "
            + "label images or a multi-page TIFF, as Cellpose, StarDist or ilastik save a segmentation).")
    Path cells;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--cell-scale", defaultValue = "1", description = "How many times larger cells (and their steps) "
            + "appear than in the model's training movies, e.g. 2 at twice the magnification (default ${DEFAULT-VALUE}).")
    double cellScale;

    @Mixin
    LinkOptions linking;

    @Option(names = "--out", required = true, description = "Result folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrackOperation op = new TrackOperation(ModelFiles.readTracking(model), cellScale, linking.settings());
        ConsoleProgress reading = new ConsoleProgress(System.err, "read");
        CellSequence input = Inputs.read(cells, frames, reading).cells();
        reading.done();
        ConsoleProgress progress = new ConsoleProgress(System.err, "track");
        Lineage result = op.run(input, progress);
        progress.done();
        WriteResultOperation.write(result, out);
        spec.commandLine().getOut().printf("linked %d cells in %d frames: %d links, %d divisions: %s%n", result.cells().size(),
                result.cells().frameCount(), result.links().size(), result.divisions().size(), out);
        if (ReadCellsOperation.isLabelMasks(cells)) {
            ConsoleProgress painting = new ConsoleProgress(System.err, "masks");
            List<Path> masks = WriteResultOperation.writeTrackedMasks(result, cells, out, painting);
            painting.done();
            spec.commandLine().getOut().printf("wrote %d tracked label masks, %s to %s, each cell's pixels holding its "
                    + "track id in res_track.txt%n", masks.size(), masks.get(0).getFileName(),
                    masks.get(masks.size() - 1).getFileName());
        }
        return 0;
    }
}
