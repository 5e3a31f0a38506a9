package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.monitor.CanceledException;
import org.mitosis.core.monitor.ProgressMonitor;

class LapLinkerTest {

    private static final LapLinker LAP = new LapLinker(LapSettings.DEFAULTS);

    private static Lineage link(Linker linker, Cell... cells) {
        return linker.link(CellSequence.of(List.of(cells)), ProgressMonitor.NONE);
    }

    @Test
    void handlesEmptySingleAndEmptyFrames() {
        assertTrue(link(LAP).links().isEmpty());
        assertTrue(link(LAP, new Cell(4, 1, 10, 10)).links().isEmpty());
        Lineage gap = link(LAP, new Cell(0, 1, 10, 10), new Cell(2, 1, 10, 10));
        assertTrue(gap.links().isEmpty(), "no gap closing by default; frame 1 is empty");
        assertEquals(3, gap.cells().frameCount());
    }

    @Test
    void followsTwoCellsAndKeepsTheirIds() {
        Lineage l = link(LAP, new Cell(0, 1, 0, 0), new Cell(0, 2, 30, 0),
                new Cell(1, 7, 3, 1), new Cell(1, 5, 28, 2));
        assertEquals(List.of(Link.of(0, 1, 1, 7), Link.of(0, 2, 1, 5)), l.links());
        assertTrue(l.divisions().isEmpty());
    }

    @Test
    void findsADivisionAndABirth() {
        Lineage l = link(LAP, new Cell(0, 1, 50, 50), new Cell(1, 1, 44, 50), new Cell(1, 2, 57, 50),
                new Cell(1, 3, 300, 300));
        assertEquals(List.of(new CellRef(0, 1)), l.divisions());
        assertEquals(2, l.links().size());
        assertTrue(l.predecessor(new CellRef(1, 3)).isEmpty());
    }

    @Test
    void aHighSplitCostForbidsDivisions() {
        LapLinker noSplit = new LapLinker(new LapSettings(20, 10_000, 400, 400, false, 20, 1));
        Lineage l = link(noSplit, new Cell(0, 1, 50, 50), new Cell(1, 1, 44, 50), new Cell(1, 2, 57, 50));
        assertTrue(l.divisions().isEmpty());
        assertEquals(1, l.links().size());
        assertEquals(new CellRef(1, 1), l.links().get(0).target(), "the nearer cell continues");
    }

    @Test
    void closesAOneFrameGapWhenAsked() {
        Cell[] cells = {new Cell(0, 1, 10, 10), new Cell(1, 1, 11, 10), new Cell(3, 1, 13, 10),
            new Cell(4, 1, 14, 10), new Cell(2, 9, 200, 200)};
        assertEquals(2, link(LAP, cells).links().size());
        LapLinker gaps = new LapLinker(new LapSettings(20, 100, 400, 400, true, 20, 1));
        Lineage l = link(gaps, cells);
        assertTrue(l.links().contains(Link.of(1, 1, 3, 1)), l.links().toString());
        assertEquals(3, l.links().size());
    }

    @Test
    void prunesADivisionWhoseDaughterVanishesAtOnce() {
        List<Cell> cells = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            cells.add(new Cell(f, 1, 50 + f, 50));
        }
        cells.add(new Cell(1, 2, 60, 50));
        Lineage kept = LAP.link(CellSequence.of(cells), ProgressMonitor.NONE);
        assertEquals(1, kept.divisions().size());
        LapLinker pruning = new LapLinker(new LapSettings(20, 100, 400, 400, false, 20, 3));
        Lineage pruned = pruning.link(CellSequence.of(cells), ProgressMonitor.NONE);
        assertTrue(pruned.divisions().isEmpty());
        assertTrue(pruned.links().contains(Link.of(0, 1, 1, 1)));
        assertEquals(5, pruned.links().size());
    }

    @Test
    void linksThousandsOfCellsPerFrame() {
        Random random = new Random(11);
        List<Cell> cells = new ArrayList<>();
        List<Link> truthLinks = new ArrayList<>();
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 60) * 40 + random.nextDouble() * 10;
            y[i] = (i / 60) * 40 + random.nextDouble() * 10;
        }
        for (int f = 0; f < 4; f++) {
            for (int i = 0; i < n; i++) {
                x[i] += random.nextGaussian();
                y[i] += random.nextGaussian();
                cells.add(new Cell(f, i, x[i], y[i]));
                if (f > 0) {
                    truthLinks.add(Link.of(f - 1, i, f, i));
                }
            }
        }
        CellSequence seq = CellSequence.of(cells);
        Lineage truth = new Lineage(seq, truthLinks);
        EvaluationReport r = Evaluation.evaluate(truth, LAP.link(seq, ProgressMonitor.NONE), EvaluationSettings.DEFAULTS);
        assertEquals(1.0, r.link().f1(), "synthetic well-separated cells: " + r.toTable());
        assertEquals(0, r.division().fp());
    }

    @Test
    void reportsProgressAndStopsWhenCanceled() {
        CellSequence seq = CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(1, 1, 0, 0), new Cell(2, 1, 0, 0)));
        List<Double> progress = new ArrayList<>();
        LAP.link(seq, new ProgressMonitor() {
            @Override
            public void setProgress(double fraction, String message) {
                progress.add(fraction);
            }

            @Override
            public void checkCanceled() {
                // never
            }
        });
        assertEquals(List.of(0.5, 1.0), progress);
        AtomicInteger checks = new AtomicInteger();
        assertThrows(CanceledException.class, () -> LAP.link(seq, new ProgressMonitor() {
            @Override
            public void setProgress(double fraction, String message) {
                // ignored
            }

            @Override
            public void checkCanceled() {
                if (checks.incrementAndGet() > 1) {
                    throw new CanceledException();
                }
            }
        }));
        assertEquals(2, checks.get());
    }

    @Test
    void settingsListEveryProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LapLinker(new LapSettings(0, -1, Double.NaN, 0, true, Double.POSITIVE_INFINITY, 0)));
        for (String word : new String[] {"max distance", "split", "birth", "death", "gap", "daughter"}) {
            assertTrue(e.getMessage().contains(word), e.getMessage());
        }
        assertEquals(LapSettings.DEFAULTS, LapSettings.DEFAULTS.validate());
    }
}
