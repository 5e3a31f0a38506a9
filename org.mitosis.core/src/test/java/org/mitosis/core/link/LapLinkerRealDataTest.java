package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.testing.F0009;

/**
 * The project's LAP target on real data: train on C2C12 F0009 frames 0-599, test on 600-779.
 * Measured (see the package documentation): clean division F1 0.983, link F1 0.9999; perturbed
 * division F1 0.84, link F1 0.998. Each test trains once (72 candidates, under a minute).
 */
class LapLinkerRealDataTest {

    @Test
    void meetsTheTargetOnAnnotatedPositions() {
        Lineage all = F0009.truth();
        Lineage test = all.frames(600, 779);
        LapSettings s = LapTraining.fit(List.of(all.frames(0, 599)), ProgressMonitor.NONE);
        EvaluationReport r = Evaluation.evaluate(test, new LapLinker(s).link(test.cells(), ProgressMonitor.NONE),
                EvaluationSettings.DEFAULTS);
        assertTrue(r.division().f1() >= 0.95, r.toTable());
        assertTrue(r.link().f1() >= 0.99, r.toTable());
    }

    @Test
    void staysUsefulOnPerturbedDetections() {
        Lineage all = F0009.truth();
        Lineage train = all.frames(0, 599);
        Lineage test = all.frames(600, 779);
        CellSequence noisyTrain = new DetectionNoise(new DetectionNoise.Settings(2, 0.05, 0.02, 1)).apply(train.cells());
        CellSequence noisyTest = new DetectionNoise(new DetectionNoise.Settings(2, 0.05, 0.02, 2)).apply(test.cells());
        LapSettings s = LapTraining.fit(List.of(train), List.of(noisyTrain), ProgressMonitor.NONE);
        EvaluationReport r = Evaluation.evaluate(test, new LapLinker(s).link(noisyTest, ProgressMonitor.NONE),
                EvaluationSettings.DEFAULTS);
        assertTrue(r.division().f1() >= 0.75, r.toTable());
        assertTrue(r.link().f1() >= 0.99, r.toTable());
    }
}
