package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.FieldOfView;
import org.mitosis.core.graph.GraphSettings;
import org.mitosis.core.graph.NodeFeatures;

/** Small random graph pairs for network tests (synthetic). */
final class TestGraphs {

    private TestGraphs() {
    }

    static List<Cell> randomFrame(Random rnd, int frame, int n) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new Cell(frame, i + 1, rnd.nextDouble() * 100, rnd.nextDouble() * 100));
        }
        return cells;
    }

    /** Frame t+1 = frame t moved a little; labels from identity, each pair labelled 1 when ids match. */
    static GraphPair randomPair(Random rnd, int m) {
        List<Cell> a = randomFrame(rnd, 0, m);
        List<Cell> b = new ArrayList<>();
        for (Cell c : a) {
            b.add(new Cell(1, c.id(), c.x() + rnd.nextGaussian() * 2, c.y() + rnd.nextGaussian() * 2));
        }
        FieldOfView fov = new FieldOfView(0, 0, 100, 100);
        GraphSettings s = GraphSettings.defaults();
        NodeFeatures nf = new NodeFeatures(s, fov);
        CandidatePairs cp = CandidatePairs.between(a, b, new DistanceGate(40), 3);
        double[] labels = new double[cp.size()];
        for (int p = 0; p < cp.size(); p++) {
            labels[p] = a.get(cp.source(p)).id() == b.get(cp.target(p)).id() ? 1 : 0;
        }
        return new GraphPair(CellGraph.build(a, 2, fov), nf.compute(CellSequence.of(a), 0), CellGraph.build(b, 2, fov),
                nf.compute(CellSequence.of(b), 1),
                cp, labels);
    }

    /**
     * {@code p} with GNN-DOL's cost heads' zero-initialised last layers (costs at their priors) and
     * the consistency head's last layer set to random values: at the start every gradient before the
     * cost heads' last layers vanishes, which checks of gradients and of paths would pass blindly.
     */
    static GnnParameters awayFromTheStart(GnnParameters p, Random rnd) {
        for (String last : List.of("out.W", "appear.W2", "split.W2", "consist.W2", "consist.b2")) {
            double[] w = p.arrays().get(last);
            for (int k = 0; k < w.length; k++) {
                w[k] = rnd.nextDouble() - 0.5;
            }
        }
        return p;
    }

    static int nodeFeatures() {
        return new NodeFeatures(GraphSettings.defaults(), new FieldOfView(0, 0, 1, 1)).length(0);
    }
}
