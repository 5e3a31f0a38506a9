package org.mitosis.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class CandidatePairsTest {

    private final List<Cell> before = List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 10, 0), new Cell(0, 3, 20, 0),
            new Cell(0, 4, 200, 200));
    private final List<Cell> after = List.of(new Cell(1, 1, 1, 0), new Cell(1, 2, 19, 0), new Cell(1, 3, 300, 300));

    @Test
    void keepsAtMostKNearestSourcesWithinTheGate() {
        CandidatePairs cp = CandidatePairs.between(before, after, new DistanceGate(15), 2);
        assertEquals(4, cp.size(), "two sources for each of the first two targets, none for the far one");
        assertEquals(0, cp.source(0), "nearest source first");
        assertEquals(1, cp.source(1));
        assertEquals(2, cp.source(2));
        assertEquals(1, cp.source(3));
        assertEquals(-1, cp.indexOf(3, 2));
        assertEquals(CandidatePairs.FEATURES, cp.features(0).length);
        assertEquals(1 / 15.0, cp.features(0)[2], 1e-12);
    }

    @Test
    void theSisterMidpointFeatureFindsTheMotherBetweenItsDaughters() {
        List<Cell> mother = List.of(new Cell(0, 1, 100, 100));
        List<Cell> daughters = List.of(new Cell(1, 1, 92, 101), new Cell(1, 2, 108, 99), new Cell(1, 3, 104, 110));
        CandidatePairs cp = CandidatePairs.between(mother, daughters, new DistanceGate(20), 3);
        int last = CandidatePairs.FEATURES - 1;
        // Targets 0 and 1 straddle the source: their midpoint is the source itself.
        assertEquals(0, cp.features(cp.indexOf(0, 0))[last], 1e-12);
        assertEquals(0, cp.features(cp.indexOf(0, 1))[last], 1e-12);
        // Target 2's best partner is target 0: midpoint (98, 105.5), 5.85 px from the source.
        assertEquals(Math.hypot(2, 5.5) / 20, cp.features(cp.indexOf(0, 2))[last], 1e-12);
        CandidatePairs alone = CandidatePairs.between(mother, daughters.subList(0, 1), new DistanceGate(20), 3);
        assertEquals(3, alone.features(0)[last], 1e-12, "no other candidate target: 3 gate radii");
    }

    @Test
    void restrictionKeepsFullFrameFeatures() {
        CandidatePairs cp = CandidatePairs.between(before, after, new DistanceGate(15), 2);
        CandidatePairs sub = cp.restrict(new int[] {1, 2}, new int[] {1});
        assertEquals(2, sub.size());
        assertEquals(2, sub.sourceCount());
        assertEquals(1, sub.targetCount());
        assertEquals(1, sub.source(0), "cell index 2 became 1");
        assertArrayEquals(cp.features(2), sub.features(0));
        assertThrows(IllegalArgumentException.class, () -> cp.restrict(new int[] {1, 1}, new int[] {0}));
    }

    @Test
    void gateIsAQuantileOfTrueDisplacementTimesMargin() {
        CellSequence seq = CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 50, 0), new Cell(1, 1, 3, 4),
                new Cell(1, 2, 50, 10)));
        Lineage truth = new Lineage(seq, List.of(Link.of(0, 1, 1, 1), Link.of(0, 2, 1, 2)));
        assertEquals(15, DistanceGate.fit(truth, 1.0, 1.5).radius(), 1e-12);
        assertEquals(7.5, DistanceGate.fit(truth, 0.5, 1.5).radius(), 1e-12);
        assertEquals(0.5, new DistanceGate(6).keptFraction(truth), 1e-12);
    }

    @Test
    void scalerStandardisesAndRoundTrips() throws IOException {
        FeatureScaler s = FeatureScaler.fit(List.of(new double[] {1, 5}, new double[] {3, 5}));
        assertArrayEquals(new double[] {1, 0}, s.apply(new double[] {3, 5}), 1e-12);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        s.writeTo(new DataOutputStream(bytes));
        FeatureScaler back = FeatureScaler.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(s, back);
    }

    @Test
    void settingsListEveryProblem() {
        GraphSettings bad = new GraphSettings(0, 0, -1, 0, 2, 0.5, false);
        assertEquals(6, bad.problems().size());
        assertTrue(GraphSettings.defaults().problems().isEmpty());
    }
}
