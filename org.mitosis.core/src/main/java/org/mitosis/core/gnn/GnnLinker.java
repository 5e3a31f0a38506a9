package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.FieldOfView;
import org.mitosis.core.graph.NodeFeatures;
import org.mitosis.core.link.Linker;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.qp.AdmmQpSolver;
import org.mitosis.core.qp.QpSolution;
import org.mitosis.core.qp.QpStatus;

/**
 * Links cells of consecutive frames with a trained GNN: per frame pair, all cells of both frames
 * (within the model's distance gate) go through the network, whose link values z are rounded to
 * links under the constraints (a target has one source or appears, a source has at most two
 * targets) by {@link LinkRounding}; divisions whose daughter branches end too soon are then pruned
 * ({@link GnnModel#round}). Cell ids and any truth are ignored; only positions (and features) count. With the
 * DOL head, z is the solution of the correspondence QP ({@link AdmmQpSolver}), which asks for the
 * consistency weights it needs ({@link org.mitosis.core.qp.DeferredConsistency}); a solver failure is
 * an {@link IllegalStateException}, never a silently missing frame pair.
 *
 * <p>Not thread-safe (it holds one network). Cost: O(n² log n) per frame for the graphs, the message
 * passing once per frame (a frame's embeddings serve both of its frame pairs) and the heads once per
 * frame pair.
 */
public final class GnnLinker implements Linker {

    private final GnnModel model;
    private final GnnNetwork network;
    private final AdmmQpSolver solver = new AdmmQpSolver();

    public GnnLinker(GnnModel model) {
        this.model = model;
        this.network = GnnNetwork.forInference(model.parameters().copy());
    }

    /**
     * @return the lineage over the same cells, with links between consecutive frames only
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    @Override
    public Lineage link(CellSequence cells, ProgressMonitor monitor) {
        return model.round(predict(cells, monitor));
    }

    /**
     * The relaxed link values of all frame pairs, before rounding. Features of the cells' own are
     * dropped where the model was trained on positions only.
     *
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     * @throws IllegalArgumentException when the model needs features of the cells' own that they lack
     */
    public LinkValues predict(CellSequence input, ProgressMonitor monitor) {
        CellSequence cells = model.fit(input);
        FieldOfView fov = FieldOfView.of(cells);
        NodeFeatures nf = new NodeFeatures(model.graph(), fov);
        GraphPairFactory factory = new GraphPairFactory(model.graph(), model.gate(), model.scaler(), fov);
        List<LinkValues.FramePair> out = new ArrayList<>();
        GraphPairFactory.WholeFrame before = factory.whole(frame(cells, cells.firstFrame(), nf));
        GnnForwardPass.Embedding beforeEmbedding = null;
        for (int f = cells.firstFrame(); f < cells.lastFrame(); f++) {
            monitor.checkCanceled();
            GraphPairFactory.WholeFrame after = factory.whole(frame(cells, f + 1, nf));
            GnnForwardPass.Embedding afterEmbedding = null;
            CandidatePairs pairs = factory.candidates(before.data(), after.data());
            if (pairs.size() > 0) {
                if (beforeEmbedding == null) {
                    beforeEmbedding = network.embed(before.graph(), before.features());
                }
                afterEmbedding = network.embed(after.graph(), after.features());
                GraphPair gp = factory.build(before, after, pairs);
                out.add(new LinkValues.FramePair(before.data().cells(), after.data().cells(), pairs,
                        linkLogOdds(gp, beforeEmbedding, afterEmbedding)));
            }
            before = after;
            beforeEmbedding = afterEmbedding;
            monitor.setProgress((f - cells.firstFrame() + 1.0) / Math.max(1, cells.frameCount() - 1),
                    "linked frame " + f + " to " + (f + 1));
        }
        return new LinkValues(cells, out);
    }

    /**
     * The log-odds of every candidate pair of {@code gp} being a link: the naive head's logit, or
     * {@code logit(z)} of GNN-DOL's QP solution; from its frames' embeddings.
     *
     * @throws IllegalStateException when the QP solver fails
     */
    private double[] linkLogOdds(GraphPair gp, GnnForwardPass.Embedding before, GnnForwardPass.Embedding after) {
        if (network.config().head() == GnnConfig.Head.DOL) {
            QpSolution sol = solver.solve(network.problem(gp, before, after));
            if (sol.status() == QpStatus.FAILED) {
                throw new IllegalStateException("the QP solver failed on " + gp.pairs().size() + " candidate pairs");
            }
            double[] z = sol.z();
            for (int p = 0; p < z.length; p++) {
                z[p] = LinkRounding.logit(z[p]);
            }
            return z;
        }
        return network.scores(gp, before, after);
    }

    static FrameData frame(CellSequence cells, int f, NodeFeatures nf) {
        return new FrameData(cells.cellsIn(f), nf.compute(cells, f));
    }
}
