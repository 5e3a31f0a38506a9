package org.mitosis.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;

class CellGraphTest {

    private static final FieldOfView FOV = new FieldOfView(0, 0, 100, 100);

    private static List<Cell> cells(double... xy) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            out.add(new Cell(0, i / 2 + 1, xy[i], xy[i + 1]));
        }
        return out;
    }

    @Test
    void framesWithFewCellsGiveFewOrNoEdges() {
        assertEquals(0, CellGraph.build(cells(), 2, FOV).edgeCount());
        assertEquals(0, CellGraph.build(cells(5, 5), 2, FOV).edgeCount());
        assertEquals(1, CellGraph.build(cells(5, 5, 9, 9), 2, FOV).edgeCount());
        assertEquals(3, CellGraph.build(cells(5, 5, 9, 9, 50, 50), 2, FOV).edgeCount());
    }

    @Test
    void joinsNearestNeighboursNotFarthest() {
        // a chain of 5 cells 10 px apart and one far away: with k = 1 the far cell joins only its nearest
        CellGraph g = CellGraph.build(cells(0, 0, 10, 0, 20, 0, 30, 0, 40, 0, 95, 95), 1, FOV);
        assertTrue(g.edgeBetween(0, 1) >= 0);
        assertTrue(g.edgeBetween(3, 4) >= 0);
        assertTrue(g.edgeBetween(4, 5) >= 0, "the far cell's nearest is cell 4");
        assertEquals(-1, g.edgeBetween(0, 5));
        for (int e = 0; e < g.edgeCount(); e++) {
            assertTrue(g.edgeSource(e) < g.edgeTarget(e));
        }
    }

    @Test
    void edgeFeaturesArePositionsRelativeToTheFieldCentre() {
        CellGraph g = CellGraph.build(cells(50, 50, 100, 100), 2, FOV);
        double h = Math.hypot(100, 100) / 2;
        assertArrayEquals(new double[] {0, 0, 50 / h, 50 / h}, g.edgeFeature(0), 1e-12);
    }

    @Test
    void aggregationWeightsSumToOnePerNode() {
        CellGraph g = CellGraph.build(cells(1, 2, 30, 5, 60, 70, 10, 90, 80, 20, 45, 45), 2, FOV);
        double[][] w = g.aggregationWeights();
        double[] sum = new double[g.nodeCount()];
        for (int e = 0; e < g.edgeCount(); e++) {
            sum[g.edgeSource(e)] += w[0][e];
            sum[g.edgeTarget(e)] += w[1][e];
            assertTrue(w[0][e] >= 0 && w[1][e] >= 0);
        }
        for (double s : sum) {
            assertEquals(1, s, 1e-12);
        }
    }

    @Test
    void nodeFeaturesDescribeNeighboursDensityAndBorder() {
        GraphSettings s = GraphSettings.defaults();
        NodeFeatures nf = new NodeFeatures(s, FOV);
        double[][] f = nf.compute(CellSequence.of(cells(50, 50, 53, 54, 90, 50)), 0);
        assertEquals(nf.length(0), f[0].length);
        assertEquals(1, f[0][0] / 0.6, 1e-12, "unit direction to the nearest cell, x");
        assertEquals(Math.log1p(5), f[0][2], 1e-12);
        assertEquals(Math.log1p(2), f[0][3 * s.featureNeighbours()], 1e-12, "both others lie within 60 px");
        assertEquals(Math.log1p(10), f[2][3 * s.featureNeighbours() + 2], 1e-12, "10 px from the right border");
        assertEquals(Math.log1p(2 * FOV.halfDiagonal()), f[0][8], 1e-12, "a missing third neighbour");
        double[][] own = nf.compute(CellSequence.of(List.of(new Cell(0, 1, 5, 5, new double[] {7, 8}))), 0);
        assertEquals(nf.length(2), own[0].length);
        assertEquals(8, own[0][own[0].length - 1]);
    }

    @Test
    void temporalContextShowsACellMissedInTheFrameBetween() {
        // cell 1 sits still at (50, 50); cell 2 at (80, 50) is missed in frame 1 and lost after frame 3
        List<Cell> all = new ArrayList<>();
        for (int f = 0; f <= 4; f++) {
            all.add(new Cell(f, 1, 50, 50));
            if (f != 1 && f <= 3) {
                all.add(new Cell(f, 2, 80, 50));
            }
        }
        CellSequence seq = CellSequence.of(all);
        GraphSettings s = GraphSettings.defaults();
        NodeFeatures nf = new NodeFeatures(s, FOV);
        int at = 3 * s.featureNeighbours() + 3;
        double far = Math.log1p(2 * FOV.halfDiagonal());

        double[][] f2 = nf.compute(seq, 2);
        assertEquals(nf.length(0), f2[0].length);
        assertEquals(0, f2[0][at], 1e-12, "cell 1 two frames back is where it is");
        assertEquals(0, f2[0][at + 1], 1e-12, "and was there in frame 1 too");
        assertEquals(0, f2[1][at], 1e-12);
        assertEquals(Math.log1p(30), f2[1][at + 1], 1e-12, "cell 2 of frame 0 has nobody closer than cell 1 in frame 1");
        assertEquals(Math.log1p(30), f2[1][at + 2], 1e-12, "two frames ahead, cell 1 is the nearest to lost cell 2");
        assertEquals(0, f2[1][at + 3], 1e-12, "and cell 1 was there in frame 3 too");

        double[][] f0 = nf.compute(seq, 0);
        assertEquals(far, f0[0][at], 1e-12, "nothing known before the first frame");
        assertEquals(0, f0[0][at + 1], 1e-12);
        assertEquals(0, f0[0][at + 2], 1e-12);

        double[][] alone = nf.compute(CellSequence.of(seq.cellsIn(2)), 2);
        assertEquals(far, alone[1][at + 2], 1e-12, "a frame alone has no neighbouring frames");
        assertArrayEquals(java.util.Arrays.copyOf(f2[1], at), java.util.Arrays.copyOf(alone[1], at), 1e-12,
                "the frame's own part does not depend on the others");
    }

    @Test
    void keptGridsGiveTheFeaturesOfFreshOnesInAnyOrderAndAcrossSequences() {
        java.util.Random random = new java.util.Random(5);
        List<CellSequence> sequences = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            List<Cell> all = new ArrayList<>();
            for (int f = 0; f < 9; f++) {
                for (int id = 1; id <= 3 + random.nextInt(8); id++) {
                    all.add(new Cell(f, id, 100 * random.nextDouble(), 100 * random.nextDouble()));
                }
            }
            sequences.add(CellSequence.of(all));
        }
        GraphSettings settings = GraphSettings.defaults();
        NodeFeatures kept = new NodeFeatures(settings, FOV);
        int[] order = {0, 1, 2, 3, 8, 4, 4, 7, 2, 5, 6, 0};
        for (int k = 0; k < order.length; k++) {
            CellSequence seq = sequences.get(k % 2);
            double[][] fresh = new NodeFeatures(settings, FOV).compute(seq, order[k]);
            double[][] reused = kept.compute(seq, order[k]);
            assertEquals(fresh.length, reused.length);
            for (int i = 0; i < fresh.length; i++) {
                assertArrayEquals(fresh[i], reused[i], 0.0, "frame " + order[k] + ", cell " + i);
            }
        }
    }

    @Test
    void withoutTemporalContextTheFeaturesAreTheFramesOwn() {
        GraphSettings d = GraphSettings.defaults();
        GraphSettings off = d.withTemporalContext(false);
        NodeFeatures nf = new NodeFeatures(off, FOV);
        assertEquals(3 * d.featureNeighbours() + 3, nf.length(0));
        CellSequence seq = CellSequence.of(List.of(new Cell(0, 1, 5, 5, new double[] {3}), new Cell(1, 1, 6, 5, new double[] {7})));
        assertArrayEquals(nf.compute(CellSequence.of(seq.cellsIn(1)), 1)[0], nf.compute(seq, 1)[0]);
        assertEquals(7, nf.compute(seq, 1)[0][nf.length(0)]);
    }
}
