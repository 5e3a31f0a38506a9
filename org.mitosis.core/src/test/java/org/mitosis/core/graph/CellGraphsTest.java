package org.mitosis.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.GraphOperation;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;

/** Whole-sequence graphs on a synthetic movie. */
class CellGraphsTest {

    @Test
    void everyFrameHasAGraphAndCandidatesStayInsideTheGate() {
        Lineage truth = new TimeLapseSimulator(SimulationSettings.defaults()).simulate();
        CellGraphs graphs = new GraphOperation(GraphSettings.defaults(), 25).run(truth.cells());
        assertEquals(truth.cells().frameCount(), graphs.frames().size());
        assertEquals(truth.cells().frameCount() - 1, graphs.pairs().size());
        for (int t = 0; t < graphs.pairs().size(); t++) {
            CellGraph g = graphs.frames().get(t);
            assertTrue(g.edgeCount() >= g.nodeCount(), "2-NN graph has at least n edges once duplicates merge");
            CandidatePairs p = graphs.pairs().get(t);
            int frame = truth.cells().firstFrame() + t;
            for (int k = 0; k < p.size(); k++) {
                Cell a = truth.cells().cellsIn(frame).get(p.source(k));
                Cell b = truth.cells().cellsIn(frame + 1).get(p.target(k));
                assertTrue(a.distanceTo(b) <= 25 + 1e-9, "candidate beyond the gate");
            }
        }
    }
}
