package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;
import org.mitosis.core.testing.F0009;

class StageDriftTest {

    /** A random walk of {@code step} px a frame in a random direction, from 0 at the first frame. */
    static double[][] walk(int frames, double step, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] d = new double[frames][2];
        for (int f = 1; f < frames; f++) {
            double a = random.nextDouble(2 * Math.PI);
            d[f][0] = d[f - 1][0] + step * Math.cos(a);
            d[f][1] = d[f - 1][1] + step * Math.sin(a);
        }
        return d;
    }

    /** The lineage with every cell of frame f moved by {@code drift[f - first]}, links kept. */
    static Lineage drifted(Lineage lineage, double[][] drift) {
        int first = lineage.cells().firstFrame();
        List<Cell> cells = new ArrayList<>();
        lineage.cells().cells().forEach(c -> cells.add(c.shifted(drift[c.frame() - first][0], drift[c.frame() - first][1])));
        return new Lineage(CellSequence.of(cells, first, lineage.cells().lastFrame()), lineage.links());
    }

    @Test
    void findsASimulatedMoviesDriftAndTakesItOff() {
        Lineage movie = new TimeLapseSimulator(SimulationSettings.defaults()).simulate();
        int frames = movie.cells().frameCount();
        double[][] drift = walk(frames, 6, 11);
        CellSequence moved = drifted(movie, drift).cells();

        StageDrift estimate = StageDrift.estimate(moved);
        // Linking reads each frame pair's step; the sum of the steps may wander as their errors add up.
        double worst = 0;
        for (int f = 1; f < frames; f++) {
            int frame = movie.cells().firstFrame() + f;
            double ex = estimate.x(frame) - estimate.x(frame - 1) - (drift[f][0] - drift[f - 1][0]);
            double ey = estimate.y(frame) - estimate.y(frame - 1) - (drift[f][1] - drift[f - 1][1]);
            worst = Math.max(worst, Math.hypot(ex, ey));
        }
        assertTrue(worst < 1.5, "each step within 1.5 px of the 6 px the stage moved: worst " + worst);
        CellSequence back = estimate.removedFrom(moved);
        assertEquals(moved.size(), back.size());
        int last = back.lastFrame();
        Cell c = back.cellsIn(last).get(0);
        Cell was = moved.get(c.ref());
        assertEquals(was.x() - estimate.x(last), c.x(), 1e-9);
        assertEquals(was.y() - estimate.y(last), c.y(), 1e-9);
        assertEquals(was.id(), c.id());
    }

    @Test
    void aStillMovieHasNoDriftAndSparseFramesCountAsStill() {
        Lineage movie = new TimeLapseSimulator(SimulationSettings.defaults()).simulate();
        StageDrift still = StageDrift.estimate(movie.cells());
        for (int f = movie.cells().firstFrame() + 1; f <= movie.cells().lastFrame(); f++) {
            double step = Math.hypot(still.x(f) - still.x(f - 1), still.y(f) - still.y(f - 1));
            assertTrue(step < 1.5, "frame " + f + ": a step of " + step + " px");
        }
        CellSequence two = CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 30, 0), new Cell(1, 1, 50, 50),
                new Cell(1, 2, 80, 50)));
        StageDrift sparse = StageDrift.estimate(two);
        assertEquals(0, sparse.x(1));
        assertEquals(0, sparse.y(1));
        assertEquals(0, StageDrift.estimate(CellSequence.of(List.of())).removedFrom(CellSequence.of(List.of())).size());
    }

    /**
     * Real cells, drifted as a stage would drift: F0009 frames 600-779 moved by a random walk of
     * 8 px a frame, linked by a LAP trained on frames 0-599. Measured: 0.983 as they are, 0.938
     * drifted, 0.983 with the drift taken off.
     */
    @Test
    void takingTheDriftOffRealCellsGivesBackTheLinksOfTheStillMovie() {
        Lineage all = F0009.truth();
        Lineage test = all.frames(600, 779);
        Lineage moved = drifted(test, walk(test.cells().frameCount(), 8, 3));
        StageDrift estimate = StageDrift.estimate(moved.cells());
        CellSequence back = estimate.removedFrom(moved.cells());
        LapLinker lap = new LapLinker(LapTraining.fit(List.of(all.frames(0, 599)), ProgressMonitor.NONE));

        double still = f1(test, lap.link(test.cells(), ProgressMonitor.NONE));
        double drifting = f1(moved, lap.link(moved.cells(), ProgressMonitor.NONE));
        double corrected = f1(moved, new Lineage(moved.cells(), lap.link(back, ProgressMonitor.NONE).links()));
        assertTrue(corrected >= still - 0.005 && corrected > drifting + 0.02,
                "still " + still + ", drifting " + drifting + ", corrected " + corrected);
    }

    private static double f1(Lineage truth, Lineage result) {
        EvaluationReport r = Evaluation.evaluate(truth, result, EvaluationSettings.DEFAULTS);
        return r.division().f1();
    }
}
