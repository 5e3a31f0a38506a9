package org.mitosis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.TrainOperation;
import org.mitosis.core.ops.TrainSettings;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mitosis train}: learns a tracking model from annotated sequences. */
@Command(name = "train", description = "Learns a tracking model from annotated sequences and writes a model file.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--method", defaultValue = "gnn-dol", description = "lap, gnn-dol or naive-gnn (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--train", required = true, arity = "1..*", description = "Annotated inputs: CTC folders, C2C12 text files, CSV tables with parents.")
    List<Path> train;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Use frames a-b (0-based, inclusive) of each input.")
    FrameRange frames;

    @Option(names = "--train-cells", arity = "1..*", description = "Detected cells to learn to link, one table per "
            + "--train input (for example `detect` output); the truth's links are carried onto them through the "
            + "evaluation's cell matching.")
    List<Path> trainCells;

    @Option(names = "--geometric-only", description = "Drop the cells' own features (label masks' or a detector's shape "
            + "features): the model learns from positions only and links cells that have none.")
    boolean geometricOnly;

    /** Learning from perturbed cells makes a model for a detector's cells. */
    @Mixin
    NoiseOptions noise;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed of training and noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Model file to write (zip).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (noise.on() && trainCells != null) {
            throw new ParameterException(spec.commandLine(), "--sigma perturbs the annotated cells; it cannot be combined "
                    + "with --train-cells");
        }
        TrainOperation op = new TrainOperation(new TrainSettings(method, seed));
        List<Lineage> sequences = train.stream().map(p -> Inputs.read(p, frames))
                .map(l -> geometricOnly ? l.withoutFeatures() : l).toList();
        ConsoleProgress progress = new ConsoleProgress(System.err, "train " + method);
        TrackingModel model = trainCells != null
                ? op.run(sequences, Inputs.trainingCells(spec.commandLine(), trainCells, sequences, frames).stream()
                        .map(c -> geometricOnly ? c.withoutFeatures() : c).toList(), progress)
                : op.run(sequences, noise.settings(seed), progress);
        progress.done();
        ModelFiles.write(model, out);
        spec.commandLine().getOut().printf("trained %s on %d sequence(s), %s: %s%n", model.method(), sequences.size(),
                model.trainingCells().orElseThrow().description(), out);
        return 0;
    }
}
