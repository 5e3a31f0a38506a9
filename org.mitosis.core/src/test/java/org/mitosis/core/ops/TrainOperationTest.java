package org.mitosis.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;
import org.mitosis.core.train.LapModel;
import org.mitosis.core.train.TrainingCells;

/** Training on perturbed truth cells (synthetic movies). */
class TrainOperationTest {

    private static Lineage movie(long seed) {
        return new TimeLapseSimulator(new SimulationSettings(20, 30, 300, 300, 8, 3, 15, 3, 0.3, seed)).simulate();
    }

    @Test
    void learnsFromEachTruthPerturbedWithItsOwnSeed() {
        List<Lineage> truths = List.of(movie(11), movie(12));
        DetectionNoise.Settings noise = new DetectionNoise.Settings(3, 0.1, 0.05, 5);
        TrainOperation op = new TrainOperation(new TrainSettings("lap", 1));

        LapModel perturbed = (LapModel) op.runOnPerturbed(truths, noise, ProgressMonitor.NONE);
        // The same as perturbing truth k with seed 5 + k and training on those cells.
        LapModel byHand = (LapModel) op.run(truths, List.of(
                new PerturbOperation(new DetectionNoise.Settings(3, 0.1, 0.05, 5)).run(truths.get(0).cells()),
                new PerturbOperation(new DetectionNoise.Settings(3, 0.1, 0.05, 6)).run(truths.get(1).cells())),
                ProgressMonitor.NONE);
        assertEquals(byHand.settings(), perturbed.settings());
        // Missed and spurious cells change what the LAP's costs are tuned on.
        LapModel exact = (LapModel) op.run(truths, ProgressMonitor.NONE);
        assertNotEquals(exact.settings(), perturbed.settings());
        // Each model records what it learned from; the LAP's seed is its perturbation's, none without one.
        assertEquals(TrainingCells.perturbed(noise), perturbed.trainingCells().get());
        assertEquals(5, perturbed.seed());
        assertEquals(TrainingCells.GIVEN, byHand.trainingCells().get());
        assertEquals(TrainingCells.ANNOTATED, exact.trainingCells().get());
        assertEquals(0, exact.seed());
        // The entry for an optional perturbation: either of the two.
        assertEquals(perturbed.settings(), ((LapModel) op.run(truths, noise, ProgressMonitor.NONE)).settings());
        assertEquals(exact.settings(), ((LapModel) op.run(truths, (DetectionNoise.Settings) null, ProgressMonitor.NONE))
                .settings());
    }
}
