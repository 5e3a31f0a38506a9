package org.mitosis.core.link;

import java.util.List;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.testing.F0009;

/**
 * Benchmark (prints figures; not a test): LAP linker trained on real C2C12 F0009 frames 0-599 and
 * tested on frames 600-779, on the annotated positions and on perturbed ones (2 px jitter, 5%
 * missed, 2% spurious; seeded), with the nearest-neighbour linker as a baseline.
 */
public final class LapBenchmark {


    private LapBenchmark() {
    }

    public static void main(String[] args) {
        Lineage all = F0009.truth();
        Lineage train = all.frames(0, 599);
        Lineage test = all.frames(600, 779);
        long t0 = System.nanoTime();
        LapSettings clean = LapTraining.fit(List.of(train), ProgressMonitor.NONE);
        System.out.printf("training on clean frames 0-599: %.1f s -> %s%n", (System.nanoTime() - t0) / 1e9, clean);
        report("LAP, clean test", test, test.cells(), new LapLinker(clean));
        report("nearest neighbour 20 px, clean test", test, test.cells(), new NearestNeighbourLinker(20));

        CellSequence noisyTrain = new DetectionNoise(new DetectionNoise.Settings(2, 0.05, 0.02, 1)).apply(train.cells());
        CellSequence noisyTest = new DetectionNoise(new DetectionNoise.Settings(2, 0.05, 0.02, 2)).apply(test.cells());
        report("LAP trained clean, perturbed test", test, noisyTest, new LapLinker(clean));
        t0 = System.nanoTime();
        LapSettings noisy = LapTraining.fit(List.of(train), List.of(noisyTrain), ProgressMonitor.NONE);
        System.out.printf("training on perturbed frames 0-599: %.1f s -> %s%n", (System.nanoTime() - t0) / 1e9, noisy);
        report("LAP trained perturbed, perturbed test", test, noisyTest, new LapLinker(noisy));
        report("nearest neighbour 20 px, perturbed test", test, noisyTest, new NearestNeighbourLinker(20));
    }

    private static void report(String label, Lineage truth, CellSequence cells, Linker linker) {
        long t0 = System.nanoTime();
        Lineage result = linker.link(cells, ProgressMonitor.NONE);
        double ms = (System.nanoTime() - t0) / 1e6;
        EvaluationReport r = Evaluation.evaluate(truth, result, EvaluationSettings.DEFAULTS);
        System.out.printf("== %s (linking %.0f ms)%n%s", label, ms, r.toTable());
    }
}
