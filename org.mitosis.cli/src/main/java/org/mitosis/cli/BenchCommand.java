package org.mitosis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mitosis.cli.bench.PipelineBench;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;
import org.mitosis.cli.bench.QpBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mitosis bench}: prints benchmark figures (speed and memory goals live here, not in tests). */
@Command(name = "bench", description = "Prints benchmark figures: 'qp' times the correspondence QP (ours vs ojAlgo) and its "
        + "backward pass at 30-1,000 cells on synthetic frame pairs; 'detect --model M --images DIR' times detection per "
        + "frame; 'track --model M [--model M2 ...] --cells INPUT [--frames a-b] [--rounds N]' times linking a whole sequence, "
        + "the models in turn, with each one's time relative to the first's; 'masks --masks DIR [--frames a-b]' times reading "
        + "label masks and writing them back painted with tracks, per frame; all print the peak heap.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "What to benchmark: qp, detect, track or masks.")
    String what;

    @Option(names = "--seed", defaultValue = "1", description = "qp: seed of the synthetic problems (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--model", description = "detect: a detector model; track: a tracking model, repeatable.")
    List<Path> models;

    @Option(names = "--rounds", defaultValue = "3", description = "track: runs per model after the first, taken in turn "
            + "(default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--images", description = "detect: the image folder or multi-page TIFF.")
    Path images;

    @Option(names = "--masks", description = "masks: the folder of label masks or the multi-page label TIFF.")
    Path masks;

    @Option(names = "--cells", description = "track: the cells to link (any <input>).")
    Path cells;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "track, masks: frames a-b.")
    FrameRange frames;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case "qp" -> QpBench.run(out, seed);
            case "detect" -> PipelineBench.detect(out, ModelFiles.readDetector(oneModel()).detector(),
                    ImageSequence.open(require(images, "--images")));
            case "track" -> {
                List<TrackingModel> tracking = new ArrayList<>();
                for (Path m : require(models, "--model")) {
                    tracking.add(ModelFiles.readTracking(m));
                }
                PipelineBench.track(out, tracking, Inputs.read(require(cells, "--cells"), frames).cells(), rounds);
            }
            case "masks" -> PipelineBench.masks(out, require(masks, "--masks"), frames == null ? 0 : frames.first(),
                    frames == null ? Integer.MAX_VALUE : frames.last());
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "', expected qp, detect, track or masks");
        }
        return 0;
    }

    private Path oneModel() {
        if (require(models, "--model").size() != 1) {
            throw new IllegalArgumentException("this benchmark takes one --model, got " + models.size());
        }
        return models.get(0);
    }

    private static <T> T require(T value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("this benchmark needs " + option);
        }
        return value;
    }
}
