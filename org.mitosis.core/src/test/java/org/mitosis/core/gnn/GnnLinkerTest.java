package org.mitosis.core.gnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.FeatureScaler;
import org.mitosis.core.graph.FieldOfView;
import org.mitosis.core.graph.GraphSettings;
import org.mitosis.core.graph.NodeFeatures;
import org.mitosis.core.link.LapLinker;
import org.mitosis.core.link.LapSettings;
import org.mitosis.core.monitor.CanceledException;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;
import org.mitosis.core.testing.Cancel;

/** Untrained networks on awkward sequences (empty frames, single cells): the linker's plumbing; the LAP inside GNN-DOL. */
class GnnLinkerTest {

    private static GnnModel untrained(GnnConfig.Head head, CellSequence cells) {
        NodeFeatures nf = new NodeFeatures(GraphSettings.defaults(), FieldOfView.of(cells));
        List<double[]> rows = new ArrayList<>();
        for (int f = cells.firstFrame(); f <= cells.lastFrame(); f++) {
            rows.addAll(List.of(nf.compute(cells, f)));
        }
        GnnConfig config = new GnnConfig(nf.length(0), 6, 2, head, 1.0);
        return new GnnModel(GraphSettings.defaults(), new DistanceGate(30), FeatureScaler.fit(rows),
                GnnParameters.initial(config, 9), 9, 0.5, 0.6, 1, false);
    }

    private static CellSequence awkward() {
        Random rnd = new Random(3);
        List<Cell> cells = new ArrayList<>();
        int[] counts = {3, 0, 1, 1, 2, 12, 12};
        for (int f = 0; f < counts.length; f++) {
            for (int i = 0; i < counts[f]; i++) {
                cells.add(new Cell(f, i + 1, 20 + rnd.nextDouble() * 60, 20 + rnd.nextDouble() * 60));
            }
        }
        return CellSequence.of(cells);
    }

    @Test
    void bothHeadsLinkSequencesWithEmptyAndSingleCellFrames() {
        CellSequence cells = awkward();
        for (GnnConfig.Head head : GnnConfig.Head.values()) {
            Lineage l = new GnnLinker(untrained(head, cells)).link(cells, ProgressMonitor.NONE);
            assertEquals(cells, l.cells());
            for (CellRef c : cells.cells().map(Cell::ref).toList()) {
                assertTrue(l.successors(c).size() <= 2, head + ": " + c);
            }
            l.links().forEach(k -> assertEquals(1, k.span()));
            l.links().forEach(k -> assertTrue(cells.get(k.source()).distanceTo(cells.get(k.target())) <= 30));
        }
        Lineage empty = new GnnLinker(untrained(GnnConfig.Head.NAIVE, cells)).link(CellSequence.of(List.of()),
                ProgressMonitor.NONE);
        assertTrue(empty.links().isEmpty());
    }

    @Test
    void cancellationStopsLinking() {
        CellSequence cells = awkward();
        assertThrows(CanceledException.class,
                () -> new GnnLinker(untrained(GnnConfig.Head.NAIVE, cells)).link(cells, Cancel.after(0)));
    }

    @Test
    void aPositionsModelIgnoresTheCellsOwnFeaturesAndAFeatureModelNeedsThem() {
        CellSequence plain = awkward();
        CellSequence shaped = CellSequence.of(plain.cells().map(c -> c.withFeatures(new double[] {c.x() / 10, 1})).toList());
        GnnModel positions = untrained(GnnConfig.Head.DOL, plain);
        assertEquals(0, positions.cellFeatures());
        assertEquals(new GnnLinker(positions).link(plain, ProgressMonitor.NONE).links(),
                new GnnLinker(positions).link(shaped, ProgressMonitor.NONE).links());

        NodeFeatures nf = new NodeFeatures(GraphSettings.defaults(), FieldOfView.of(shaped));
        GnnModel withShapes = new GnnModel(GraphSettings.defaults(), new DistanceGate(30),
                FeatureScaler.fit(List.of(nf.compute(shaped, 5))),
                GnnParameters.initial(new GnnConfig(nf.length(2), 6, 2, GnnConfig.Head.DOL, 1.0), 9), 9, 0.5, 0.6, 1, false);
        assertEquals(2, withShapes.cellFeatures());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GnnLinker(withShapes).link(plain, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("trained on cells with 2 features"), e.getMessage());
    }

    @Test
    void untrainedGnnDolWithLapPriorsLinksLikeThatLap() {
        // SYNTHETIC: dividing, entering and leaving cells, one-frame moves well inside the gate.
        CellSequence cells = new TimeLapseSimulator(new SimulationSettings(12, 25, 300, 300, 8, 3, 6, 1, 0.5, 4))
                .simulate().cells().renumbered();
        DistanceGate gate = new DistanceGate(30);
        LapSettings lap = new LapSettings(30, 40, 300, 200, false, 30, 1);
        NodeFeatures nf = new NodeFeatures(GraphSettings.defaults(), FieldOfView.of(cells));
        List<double[]> rows = new ArrayList<>();
        for (int f = cells.firstFrame(); f <= cells.lastFrame(); f++) {
            rows.addAll(List.of(nf.compute(cells, f)));
        }
        // γ small: the QP's linear limit; the consistency weights softplus(−60) ≈ 0.
        GnnConfig config = new GnnConfig(nf.length(0), 6, 1, GnnConfig.Head.DOL, 1e-3).withLapPriors(lap, gate);
        assertEquals((300 + 200) / 900.0, config.appearPrior(), 1e-12);
        assertEquals((40 + 200) / 900.0, config.splitPrior(), 1e-12);
        // Untrained: the cost heads' learned parts start at zero; only the consistency terms are switched off.
        GnnParameters p = GnnParameters.initial(config, 5);
        Arrays.fill(p.arrays().get("consist.W2"), 0);
        Arrays.fill(p.arrays().get("consist.b2"), -60);
        GnnModel model = new GnnModel(GraphSettings.defaults(), gate, FeatureScaler.fit(rows), p, 5, 0.5, 0.5, 1, false);

        Lineage byDol = new GnnLinker(model).link(cells, ProgressMonitor.NONE);
        Lineage byLap = new LapLinker(lap).link(cells, ProgressMonitor.NONE);
        assertTrue(byLap.divisions().size() >= 2, "the sequence should hold divisions: " + byLap.divisions());
        assertTrue(byLap.links().size() > 200, "links: " + byLap.links().size());
        assertEquals(new java.util.HashSet<>(byLap.links()), new java.util.HashSet<>(byDol.links()));
    }
}
