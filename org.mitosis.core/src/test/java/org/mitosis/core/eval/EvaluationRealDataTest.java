package org.mitosis.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.testing.F0009;

/** The yardstick on the real C2C12 F0009 annotation (frames 0-299): itself, jittered, damaged. */
class EvaluationRealDataTest {

    @Test
    void scoresTheAnnotationAndDamagedCopies() {
        Lineage truth = F0009.truth().frames(0, 299);
        EvaluationReport self = Evaluation.evaluate(truth, truth, EvaluationSettings.DEFAULTS);
        assertEquals(truth.divisions().size(), self.division().tp());
        assertEquals(1.0, self.division().strictF1());
        assertEquals(1.0, self.link().f1());
        assertTrue(self.correspondence().size() > 10);

        Random random = new Random(3);
        List<Cell> jittered = new ArrayList<>();
        truth.cells().cells().forEach(c -> jittered.add(new Cell(c.frame(), c.id(),
                c.x() + 2 * random.nextGaussian(), c.y() + 2 * random.nextGaussian())));
        Lineage moved = new Lineage(CellSequence.of(jittered), truth.links());
        EvaluationReport jitter = Evaluation.evaluate(truth, moved, EvaluationSettings.DEFAULTS);
        assertTrue(jitter.division().f1() > 0.97, jitter.toTable());
        assertTrue(jitter.link().f1() > 0.99, jitter.toTable());

        List<Link> kept = new ArrayList<>();
        for (Link l : truth.links()) {
            if (random.nextDouble() >= 0.1) {
                kept.add(l);
            }
        }
        EvaluationReport broken = Evaluation.evaluate(truth, new Lineage(truth.cells(), kept), EvaluationSettings.DEFAULTS);
        assertEquals(1.0, broken.link().precision());
        assertEquals(0.9, broken.link().recall(), 0.01);
        assertTrue(broken.division().recall() < 0.9, broken.toTable());
        assertEquals(0, broken.division().fp());
    }
}
