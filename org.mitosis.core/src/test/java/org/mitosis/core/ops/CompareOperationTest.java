package org.mitosis.core.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;

class CompareOperationTest {

    @Test
    void blocksCoverTheFramesInNearlyEqualParts() {
        List<int[]> b = CompareOperation.blocks(10, 39, 4);
        assertEquals(4, b.size());
        assertArrayEquals(new int[] {10, 16}, b.get(0));
        assertArrayEquals(new int[] {32, 39}, b.get(3));
        for (int k = 1; k < b.size(); k++) {
            assertEquals(b.get(k - 1)[1] + 1, b.get(k)[0], "contiguous");
        }
        assertThrows(IllegalArgumentException.class, () -> CompareOperation.blocks(0, 30, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompareOperation.blocks(0, 13, 3));
        assertTrue(e.getMessage().contains("too few for 3 folds"), e.getMessage());
    }

    @Test
    void crossValidationLinksEveryBlockAndScoresTheDivisionsInsideThem() {
        Lineage truth = new TimeLapseSimulator(new SimulationSettings(30, 30, 300, 300, 8, 3, 15, 3, 0.3, 11)).simulate();
        CompareOperation op = new CompareOperation(new CompareOperation.Settings(List.of("lap"), null, 3,
                EvaluationSettings.DEFAULTS));
        Comparison c = op.crossValidate(truth, 3, List.of(), ProgressMonitor.NONE);
        Lineage pooled = c.rows().get(0).result();
        assertEquals(truth.cells().size(), pooled.cells().size(), "every block's cells are linked");
        for (Link l : pooled.links()) {
            assertTrue(l.source().frame() / 10 == l.target().frame() / 10, "no link across a block border: " + l);
        }
        long inside = truth.divisions().stream().filter(m -> truth.successors(m).stream()
                .allMatch(d -> d.frame() / 10 == m.frame() / 10)).count();
        long across = truth.divisions().size() - inside;
        assertTrue(inside > 5 && across > 0, inside + " divisions inside blocks, " + across + " across");
        var d = c.rows().get(0).report().division();
        assertEquals(inside, d.tp() + d.fn(), "the truth's divisions inside the blocks, and only those");
        assertTrue(d.f1() > 0.5, "the LAP finds the simulated divisions: " + d);
        assertTrue(c.toTable().contains("3-fold cross-validation over time, blocks of frames 0-9 10-19 20-29"), c.toTable());
    }
}
