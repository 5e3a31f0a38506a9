package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.FieldOfView;
import org.mitosis.core.graph.NodeFeatures;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Links cells of consecutive frames with a trained GNN: per frame pair, all cells of both frames
 * (within the model's distance gate) go through the network, whose link values z are rounded to
 * links under the constraints (a target has one source or appears, a source has at most two
 * targets). Cell ids and any truth are ignored; only positions (and features) count.
 *
 * <p>Not thread-safe (it holds one network). Cost: O(n² log n) per frame for the graphs plus one
 * network pass per frame pair.
 */
public final class GnnLinker {

    private final GnnModel model;
    private final GnnNetwork network;
    private final LinkRounding rounding;

    public GnnLinker(GnnModel model) {
        this.model = model;
        this.network = new GnnNetwork(model.parameters().copy());
        this.rounding = new LinkRounding(model.threshold());
    }

    /**
     * @return the lineage over the same cells, with links between consecutive frames only
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    public Lineage link(CellSequence cells, ProgressMonitor monitor) {
        FieldOfView fov = FieldOfView.of(cells);
        NodeFeatures nf = new NodeFeatures(model.graph(), fov);
        GraphPairFactory factory = new GraphPairFactory(model.graph(), model.gate(), model.scaler(), fov);
        List<Link> links = new ArrayList<>();
        FrameData before = frame(cells, cells.firstFrame(), nf);
        for (int f = cells.firstFrame(); f < cells.lastFrame(); f++) {
            monitor.checkCanceled();
            FrameData after = frame(cells, f + 1, nf);
            CandidatePairs pairs = factory.candidates(before, after);
            if (pairs.size() > 0) {
                GraphPair gp = factory.build(before, after, pairs, before.all(), after.all(), null);
                for (int p : rounding.round(pairs, linkValues(gp))) {
                    links.add(new Link(before.cells().get(pairs.source(p)).ref(), after.cells().get(pairs.target(p)).ref()));
                }
            }
            before = after;
            monitor.setProgress((f - cells.firstFrame() + 1.0) / Math.max(1, cells.frameCount() - 1),
                    "linked frame " + f + " to " + (f + 1));
        }
        return new Lineage(cells, links);
    }

    /** The relaxed link value z of every candidate pair of {@code gp}. */
    double[] linkValues(GraphPair gp) {
        double[] s = network.scores(List.of(gp));
        for (int p = 0; p < s.length; p++) {
            s[p] = 1 / (1 + Math.exp(-s[p]));
        }
        return s;
    }

    static FrameData frame(CellSequence cells, int f, NodeFeatures nf) {
        return new FrameData(cells.cellsIn(f), nf.compute(cells.cellsIn(f)));
    }
}
