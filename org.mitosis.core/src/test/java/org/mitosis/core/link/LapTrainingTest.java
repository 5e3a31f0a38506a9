package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.ProgressMonitor;

/** Training on SYNTHETIC lineages (random walks that divide), seeded. */
class LapTrainingTest {

    /** Cells on a coarse grid take 0.8 px Gaussian steps; 2% per frame divide, daughters 10 px apart. */
    static Lineage simulate(long seed, int frames) {
        Random random = new Random(seed);
        List<Cell> cells = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Cell> alive = new ArrayList<>();
        int nextId = 1;
        for (int i = 0; i < 40; i++) {
            Cell c = new Cell(0, nextId++, 60 + (i % 8) * 80 + random.nextDouble() * 20, 60 + (i / 8) * 80 + random.nextDouble() * 20);
            cells.add(c);
            alive.add(c);
        }
        for (int f = 1; f < frames; f++) {
            List<Cell> next = new ArrayList<>();
            for (Cell c : alive) {
                if (random.nextDouble() < 0.02) {
                    double angle = random.nextDouble() * Math.PI;
                    for (int s = -1; s <= 1; s += 2) {
                        Cell d = new Cell(f, nextId++, c.x() + s * 5 * Math.cos(angle), c.y() + s * 5 * Math.sin(angle));
                        next.add(d);
                        links.add(new Link(c.ref(), d.ref()));
                    }
                } else {
                    Cell d = new Cell(f, nextId++, c.x() + 0.8 * random.nextGaussian(), c.y() + 0.8 * random.nextGaussian());
                    next.add(d);
                    links.add(new Link(c.ref(), d.ref()));
                }
            }
            cells.addAll(next);
            alive = next;
        }
        return new Lineage(CellSequence.of(cells), links);
    }

    @Test
    void fitsSettingsThatGeneraliseToAnotherSimulation() {
        Lineage train = simulate(1, 40);
        LapSettings fitted = LapTraining.fit(List.of(train), ProgressMonitor.NONE);
        assertTrue(LapTraining.grid(List.of(train)).contains(fitted));
        Lineage test = simulate(2, 40);
        EvaluationReport r = Evaluation.evaluate(test, new LapLinker(fitted).link(test.cells(), ProgressMonitor.NONE),
                EvaluationSettings.DEFAULTS);
        assertTrue(r.division().tp() > 10, r.toTable());
        assertTrue(r.division().f1() >= 0.9, "synthetic: " + r.toTable());
        assertTrue(r.link().f1() >= 0.99, "synthetic: " + r.toTable());
    }

    @Test
    void theGridScalesWithTheData() {
        Lineage small = simulate(3, 30);
        List<Cell> doubled = small.cells().cells().map(c -> new Cell(c.frame(), c.id(), 2 * c.x(), 2 * c.y())).toList();
        Lineage big = new Lineage(CellSequence.of(doubled), small.links());
        List<LapSettings> a = LapTraining.grid(List.of(small));
        List<LapSettings> b = LapTraining.grid(List.of(big));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(2 * a.get(i).maxDistance(), b.get(i).maxDistance(), 1e-9);
            assertEquals(4 * a.get(i).birthCost(), b.get(i).birthCost(), 1e-6);
        }
    }

    @Test
    void rejectsUnusableTrainingData() {
        Lineage unlinked = Lineage.unlinked(CellSequence.of(List.of(new Cell(0, 1, 0, 0))));
        assertThrows(IllegalArgumentException.class, () -> LapTraining.fit(List.of(unlinked), ProgressMonitor.NONE));
        assertThrows(IllegalArgumentException.class, () -> LapTraining.fit(List.of(), ProgressMonitor.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> LapTraining.fit(List.of(unlinked), List.of(), ProgressMonitor.NONE));
    }
}
