package org.mitosis.core.ops;

import java.util.List;
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

    /** The comparison of the methods on the test frames of the simulated movie. */
    public Comparison run(long seed, ProgressMonitor monitor) {
        Lineage truth = new SimulateOperation(simulation).run();
        int split = (int) Math.round(simulation.frames() * TRAIN_SHARE);
        Lineage training = truth.frames(0, split - 1);
        Lineage test = truth.frames(split, simulation.frames() - 1);
        CompareOperation compare = new CompareOperation(
                new CompareOperation.Settings(methods, null, seed, EvaluationSettings.DEFAULTS));
        return compare.run(List.of(training), test, monitor);
    }
}
