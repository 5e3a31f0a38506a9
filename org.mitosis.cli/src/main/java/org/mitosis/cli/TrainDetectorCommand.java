package org.mitosis.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.detect.DetectorSettings;
import org.mitosis.core.detect.TrainingResult;
import org.mitosis.core.detect.TrainingSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.ops.TrainDetectorOperation;
import org.mitosis.core.train.DetectorModel;
import org.mitosis.core.train.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis train-detector}: trains the U-Net centroid detector on annotated images. */
@Command(name = "train-detector", description = "Trains the U-Net centroid detector on annotated frames of an image folder "
        + "or multi-page TIFF (the last frames of the range validate) and writes a detector model file.")
final class TrainDetectorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--images", required = true, description = "Image folder (frame = index in name order) or multi-page TIFF (frame = page).")
    Path images;

    @Option(names = "--truth", required = true, description = "Annotated cells whose frames index the images.")
    Path truth;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--epochs", description = "Maximum epochs (default: the engine's, 20).")
    Integer epochs;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Detector model file to write (zip).")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrainingSettings d = TrainingSettings.defaults().withSeed(seed);
        TrainingSettings training = epochs == null ? d : d.withMaxEpochs(epochs);
        TrainDetectorOperation op = new TrainDetectorOperation(DetectorSettings.defaults(), training);
        Lineage annotations = Inputs.read(truth, null);
        ConsoleProgress progress = new ConsoleProgress(System.err, "train-detector");
        TrainingResult result = op.run(ImageSequence.open(images), annotations, frames == null ? 0 : frames.first(),
                frames == null ? Integer.MAX_VALUE : frames.last(), progress);
        progress.done();
        ModelFiles.write(new DetectorModel(result.detector(), Instant.now()), out);
        spec.commandLine().getOut().printf("trained the detector for %d epochs (best %d, %s): %s%n", result.epochs().size(),
                result.bestEpoch(), result.stop(), out);
        return 0;
    }
}
