package org.mitosis.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.ops.DetectOperation;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.core.train.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis detect}: finds cells in an image folder or stack with a trained detector. */
@Command(name = "detect", description = "Detects cells in the images of a folder (8/16-bit PNG or TIFF, name order) or "
        + "the pages of a multi-page TIFF with a trained U-Net detector and writes a CSV cell table frame,id,x,y,f0,f1,... (shape features).")
final class DetectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, description = "Detector model written by 'mitosis train-detector'.")
    Path model;

    @Option(names = "--images", required = true, description = "Image folder (frame = index in name order) or multi-page TIFF (frame = page).")
    Path images;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--cell-scale", defaultValue = "1", converter = CellScale.Converter.class,
            description = "How many times larger cells appear than in the "
            + "detector's training images, e.g. 0.5 at half the magnification (frames are resampled to match), or 'auto' "
            + "to estimate it from the detector's confidence on three frames (default ${DEFAULT-VALUE}).")
    OptionalDouble cellScale;

    @Option(names = "--out", required = true, description = "Output CSV cell table.")
    Path out;

    @Override
    public Integer call() throws Exception {
        DetectOperation trained = new DetectOperation(ModelFiles.readDetector(model).detector());
        ImageSequence sequence = ImageSequence.open(images);
        int first = frames == null ? 0 : frames.first();
        int last = frames == null ? Integer.MAX_VALUE : frames.last();
        ConsoleProgress progress = new ConsoleProgress(System.err, "detect");
        double scale;
        if (cellScale.isEmpty()) {
            scale = trained.estimateCellScale(sequence, first, last, progress);
            spec.commandLine().getOut().printf(Locale.ROOT, "cell scale %.2f (estimated; give track the same)%n", scale);
        } else {
            scale = cellScale.getAsDouble();
        }
        CellSequence cells = trained.atCellScale(scale).run(sequence, first, last, progress);
        progress.done();
        WriteResultOperation.writeCellTable(cells.renumbered(), out);
        spec.commandLine().getOut().printf("detected %d cells in %d frames: %s%n", cells.size(), cells.frameCount(), out);
        return 0;
    }
}
