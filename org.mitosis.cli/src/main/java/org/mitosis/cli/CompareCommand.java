package org.mitosis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.ops.CompareOperation;
import org.mitosis.core.ops.Comparison;
import org.mitosis.core.ops.TrainSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mitosis compare}: several methods side by side on the same data. */
@Command(name = "compare", description = "Trains LAP, naive GNN and GNN-DOL on the same sequences, tracks the same "
        + "test sequence with each and prints one table side by side, optionally under detection noise; each division "
        + "F1 comes with its 95%% bootstrap interval over the test frames, and each method with its F1 difference to "
        + "the first method's and the paired interval of that difference.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--train", arity = "1..*", description = "Annotated training inputs (required unless --folds is given; "
            + "with it, added to every fold's training).")
    List<Path> train = List.of();

    @Option(names = "--test", required = true, description = "Annotated test input.")
    Path test;

    @Option(names = "--frames-train", converter = FrameRange.Converter.class, description = "Training frames a-b of each training input.")
    FrameRange framesTrain;

    @Option(names = "--frames-test", converter = FrameRange.Converter.class, description = "Test frames a-b.")
    FrameRange framesTest;

    @Option(names = "--methods", split = ",", description = "Methods to compare (default: all of lap,naive-gnn,gnn-dol).")
    List<String> methods = TrainSettings.METHODS;

    /** Training and test cells perturbed alike (each sequence with its own seed). */
    @Mixin
    NoiseOptions noise;

    @Option(names = "--train-cells", arity = "1..*", description = "Detected cells to learn to link, one table per "
            + "--train input (for example `detect` output with shape features); the truth's links are carried onto "
            + "them through the evaluation's cell matching.")
    List<Path> trainCells;

    @Option(names = "--test-cells", description = "Detected cells to link instead of the test input's own cells.")
    Path testCells;

    @Option(names = "--geometric-only", description = "Drop the cells' own features (a detector's shape features): "
            + "the GNNs see positions only.")
    boolean geometricOnly;

    @Option(names = "--folds", description = "Cross-validate over time on the test input: cut its frames into this many "
            + "blocks, link each with models trained on the other blocks (and any --train inputs), and score all blocks "
            + "together, without the links across block borders.")
    Integer folds;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of training and noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        CompareOperation op = new CompareOperation(new CompareOperation.Settings(methods, noise.settings(seed), seed,
                EvaluationSettings.DEFAULTS));
        if (noise.on() && (trainCells != null || testCells != null)) {
            throw new ParameterException(spec.commandLine(), "--sigma perturbs the annotated cells; it cannot be combined "
                    + "with --train-cells or --test-cells");
        }
        if (folds == null && train.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--train is required unless --folds is given");
        }
        if (folds != null && (trainCells != null || testCells != null)) {
            throw new ParameterException(spec.commandLine(), "--folds cuts the test input's own cells; it cannot be "
                    + "combined with --train-cells or --test-cells");
        }
        List<Lineage> training = train.stream().map(p -> Inputs.read(p, framesTrain)).toList();
        Lineage truth = Inputs.read(test, framesTest);
        if (geometricOnly) {
            training = training.stream().map(Lineage::withoutFeatures).toList();
            truth = truth.withoutFeatures();
        }
        ConsoleProgress progress = new ConsoleProgress(System.err, "compare");
        Comparison comparison;
        if (folds != null) {
            comparison = op.crossValidate(truth, folds, training, progress);
        } else if (noise.on()) {
            comparison = op.run(training, truth, progress);
        } else {
            List<CellSequence> trainingCells = Inputs.trainingCells(spec.commandLine(), trainCells, training, framesTrain);
            CellSequence linked = testCells == null ? truth.cells() : Inputs.read(testCells, framesTest).cells();
            if (geometricOnly) {
                trainingCells = trainingCells.stream().map(CellSequence::withoutFeatures).toList();
                linked = linked.withoutFeatures();
            }
            comparison = op.run(training, trainingCells, truth, linked, progress);
        }
        progress.done();
        spec.commandLine().getOut().print(comparison.toTable());
        return 0;
    }
}
