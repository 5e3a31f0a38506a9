package org.mitosis.core.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.FieldOfView;
import org.mitosis.core.graph.NodeFeatures;
import org.mitosis.core.ops.ReadCellsOperation;
import org.mitosis.core.qp.AdmmQpSolver;
import org.mitosis.core.qp.DeferredConsistency;
import org.mitosis.core.testing.SharedData;
import org.mitosis.core.train.GnnTrackingModel;
import org.mitosis.core.train.ModelFiles;

/**
 * The shipped C2C12 GNN-DOL on real frame pairs (F0009, frames 500-600, annotated cells): the QP with
 * its consistency weights asked for on demand has the whole problem's optimum, to the bit, from a
 * fraction of the weights (and so of the consistency head's and the last edge update's work).
 */
class DeferredConsistencyRealFramesTest {

    @Test
    void theShippedModelsProblemsAreSolvedFromAFractionOfTheWeights() throws Exception {
        Path data = SharedData.require("c2c12-F0009");
        Path modelFile = Path.of(System.getProperty("mitosis.root", "..")).resolve("models/c2c12-gnn-dol.zip");
        GnnModel model = ((GnnTrackingModel) ModelFiles.readTracking(modelFile)).model();
        CellSequence cells = model.fit(ReadCellsOperation.read(data, 500, 600).cells());
        GnnNetwork network = GnnNetwork.forInference(model.parameters().copy());
        FieldOfView fov = FieldOfView.of(cells);
        NodeFeatures nf = new NodeFeatures(model.graph(), fov);
        GraphPairFactory factory = new GraphPairFactory(model.graph(), model.gate(), model.scaler(), fov);
        AdmmQpSolver solver = new AdmmQpSolver();
        int terms = 0;
        int asked = 0;
        GraphPairFactory.WholeFrame before = factory.whole(GnnLinker.frame(cells, cells.firstFrame(), nf));
        for (int f = cells.firstFrame(); f < cells.lastFrame(); f++) {
            GraphPairFactory.WholeFrame after = factory.whole(GnnLinker.frame(cells, f + 1, nf));
            CandidatePairs pairs = factory.candidates(before.data(), after.data());
            GraphPair gp = factory.build(before, after, pairs);
            DeferredConsistency deferred = network.problem(gp, network.embed(before.graph(), before.features()),
                    network.embed(after.graph(), after.features()));
            double[] z = solver.solve(deferred).z();
            terms += deferred.terms();
            asked += deferred.askedTerms();
            double[] whole = solver.solve(deferred.whole()).z();
            assertArrayEquals(whole, z, "frame " + f);
            before = after;
        }
        assertTrue(terms > 10_000, "consistency terms: " + terms);
        assertTrue(asked < terms / 4, asked + " of " + terms + " weights asked for");
    }
}
