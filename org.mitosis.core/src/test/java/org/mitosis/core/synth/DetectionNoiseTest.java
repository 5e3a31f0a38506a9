package org.mitosis.core.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.io.CtcReader;
import org.mitosis.core.testing.SharedData;

class DetectionNoiseTest {

    private static CellSequence realCells() {
        return CtcReader.read(SharedData.require("c2c12-F0009/man_track.txt").getParent()).cells().frames(0, 199);
    }

    @Test
    void jittersEveryPositionWithTheGivenSpread() {
        CellSequence truth = realCells();
        CellSequence noisy = new DetectionNoise(new DetectionNoise.Settings(3, 0, 0, 7)).apply(truth);

        List<Cell> a = truth.cells().toList();
        List<Cell> b = noisy.cells().toList();
        assertEquals(a.size(), b.size());
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).frame(), b.get(i).frame());
            double dx = b.get(i).x() - a.get(i).x();
            double dy = b.get(i).y() - a.get(i).y();
            sum += dx + dy;
            sumSq += dx * dx + dy * dy;
        }
        int n = 2 * a.size();
        double mean = sum / n;
        double std = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(0, mean, 0.05, "mean shift");
        assertEquals(3, std, 0.05, "jitter std over " + n + " coordinates");
    }

    @Test
    void missesAndAddsTheGivenFractions() {
        CellSequence truth = realCells();
        CellSequence missed = new DetectionNoise(new DetectionNoise.Settings(0, 0.05, 0, 3)).apply(truth);
        double kept = (double) missed.size() / truth.size();
        assertEquals(0.95, kept, 0.01, missed.size() + " of " + truth.size() + " kept");

        CellSequence added = new DetectionNoise(new DetectionNoise.Settings(0, 0, 0.1, 3)).apply(truth);
        assertEquals(1.1, (double) added.size() / truth.size(), 0.01);
        double minX = truth.cells().mapToDouble(Cell::x).min().orElseThrow();
        double maxX = truth.cells().mapToDouble(Cell::x).max().orElseThrow();
        assertTrue(added.cells().allMatch(c -> c.x() >= minX && c.x() <= maxX), "spurious cells lie in the bounding box");
        for (int f = truth.firstFrame(); f <= truth.lastFrame(); f++) {
            int extra = added.cellsIn(f).size() - truth.cellsIn(f).size();
            assertTrue(Math.abs(extra - 0.1 * truth.cellsIn(f).size()) < 1, "frame " + f + ": " + extra + " spurious");
        }
    }

    @Test
    void isReproducibleAndGivesFreshUniqueIds() {
        CellSequence truth = realCells();
        DetectionNoise noise = new DetectionNoise(DetectionNoise.Settings.defaults());
        CellSequence once = noise.apply(truth);
        assertEquals(once.cells().toList(), noise.apply(truth).cells().toList());
        assertTrue(!once.cells().toList().equals(
                new DetectionNoise(new DetectionNoise.Settings(2, 0.05, 0.05, 2)).apply(truth).cells().toList()));
        Set<Integer> ids = new HashSet<>();
        assertTrue(once.cells().allMatch(c -> ids.add(c.id())), "ids unique in the whole sequence");
        assertEquals(truth.firstFrame(), once.firstFrame());
        assertEquals(truth.lastFrame(), once.lastFrame());
    }

    @Test
    void describesItselfForPeople() {
        assertEquals("sigma 2.0 px, 5.0 % missed, 2.0 % spurious, seed 7",
                new DetectionNoise.Settings(2, 0.05, 0.02, 7).description());
    }

    @Test
    void listsEveryInvalidSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DetectionNoise(new DetectionNoise.Settings(-1, 1, Double.NaN, 0)));
        assertTrue(e.getMessage().contains("sigma") && e.getMessage().contains("miss")
                && e.getMessage().contains("spurious"), e.getMessage());
    }
}
