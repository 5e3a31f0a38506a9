package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.detect.DetectorSettings;
import org.mitosis.core.detect.TrainingSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.SimulationSettings;

/**
 * The main job on an embedded default, with no files: simulates a synthetic time-lapse, trains each
 * method on its first 60 % of frames, tracks the remaining frames and scores them against the
 * simulated truth. Synthetic data shows that the pipeline runs end to end; it is no evidence of
 * accuracy on real cells.
 */
public final class DemoOperation {

    /** Share of the frames used for training; the rest are the test frames. */
    private static final double TRAIN_SHARE = 0.6;

    private final SimulationSettings simulation;
    private final List<String> methods;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public DemoOperation(SimulationSettings simulation, List<String> methods) {
        this.simulation = simulation.validate();
        this.methods = List.copyOf(methods);
        if (simulation.frames() < 4) {
            throw new IllegalArgumentException("the demo needs at least 4 frames, got " + simulation.frames());
        }
    }

    /** The comparison of the methods on the test frames of the simulated movie, linking true positions. */
    public Comparison run(long seed, ProgressMonitor monitor) {
        Lineage truth = new SimulateOperation(simulation).run();
        return compare(seed).run(List.of(training(truth)), test(truth), monitor);
    }

    /**
     * The whole pipeline from pixels: renders the simulated movie into {@code imageFolder}, trains
     * the U-Net detector on the training frames' images and true positions, detects the cells of
     * every frame, and has each method learn to link the training frames' detections (the truth's
     * links carried onto them through the cell matching) and link the test frames' detections. With
     * {@code imageFeatures} the GNNs see the detector's shape features as node features (the paper's
     * design); without, positions only.
     *
     * @param detectorEpochs at most this many detector training epochs
     * @param imageFeatures whether the GNNs get the detector's shape features
     */
    public Comparison runFromImages(long seed, Path imageFolder, int detectorEpochs, boolean imageFeatures,
            ProgressMonitor monitor) throws IOException {
        SimulateOperation simulate = new SimulateOperation(simulation);
        Lineage truth = simulate.run();
        simulate.renderImages(truth, imageFolder, monitor.sub(0, 0.05));
        ImageSequence images = ImageSequence.open(imageFolder);
        int split = split();
        CentroidDetector detector = new TrainDetectorOperation(DetectorSettings.defaults(),
                TrainingSettings.defaults().withSeed(seed).withMaxEpochs(detectorEpochs))
                .run(images, truth, 0, split - 1, monitor.sub(0.05, 0.4)).detector();
        CellSequence detected = new DetectOperation(detector)
                .run(images, 0, simulation.frames() - 1, monitor.sub(0.45, 0.15));
        if (!imageFeatures) {
            detected = detected.withoutFeatures();
        }
        return compare(seed).run(List.of(training(truth)), List.of(detected.frames(0, split - 1)), test(truth),
                detected.frames(split, simulation.frames() - 1), monitor.sub(0.6, 0.4));
    }

    private CompareOperation compare(long seed) {
        return new CompareOperation(new CompareOperation.Settings(methods, null, seed, EvaluationSettings.DEFAULTS));
    }

    private int split() {
        return (int) Math.round(simulation.frames() * TRAIN_SHARE);
    }

    private Lineage training(Lineage truth) {
        return truth.frames(0, split() - 1);
    }

    private Lineage test(Lineage truth) {
        return truth.frames(split(), simulation.frames() - 1);
    }
}
