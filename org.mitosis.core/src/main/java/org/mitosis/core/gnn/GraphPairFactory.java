package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.FeatureScaler;
import org.mitosis.core.graph.FieldOfView;
import org.mitosis.core.graph.GraphSettings;

/**
 * Builds the network's input for frames t and t+1, either whole (inference) or restricted to a
 * training sub-problem's cells. Candidate pairs and their features always come from the whole
 * frames, node features too; only the cell graphs are built on the kept cells (as in the paper).
 */
public final class GraphPairFactory {

    private final GraphSettings settings;
    private final DistanceGate gate;
    private final FeatureScaler scaler;
    private final FieldOfView fov;

    /**
     * @throws IllegalArgumentException for unusable settings
     */
    public GraphPairFactory(GraphSettings settings, DistanceGate gate, FeatureScaler scaler, FieldOfView fov) {
        this.settings = settings.validate();
        this.gate = gate;
        this.scaler = scaler;
        this.fov = fov;
    }

    /** All candidate pairs between the whole frames. */
    public CandidatePairs candidates(FrameData before, FrameData after) {
        return CandidatePairs.between(before.cells(), after.cells(), gate, settings.maxSourcesPerTarget());
    }

    /**
     * A whole frame's cell graph and standardised node features, built once per frame at inference
     * and shared by the two frame pairs the frame belongs to.
     */
    record WholeFrame(FrameData data, CellGraph graph, double[][] features) {
    }

    /** {@code frame} whole, as {@link #build} with every cell kept sees it. */
    WholeFrame whole(FrameData frame) {
        return new WholeFrame(frame, CellGraph.build(frame.cells(), settings.neighbours(), fov), scaled(frame, frame.all()));
    }

    /** The graph pair of two whole frames: {@link #build} keeping every cell, at inference (no labels). */
    GraphPair build(WholeFrame before, WholeFrame after, CandidatePairs pairs) {
        return new GraphPair(before.graph(), before.features(), after.graph(), after.features(), pairs, null);
    }

    /**
     * @param pairs {@link #candidates} of the two frames
     * @param keepBefore indices of the kept cells of frame t
     * @param keepAfter indices of the kept cells of frame t+1
     * @param truth whether (source, target) is a true link; null at inference
     */
    public GraphPair build(FrameData before, FrameData after, CandidatePairs pairs, int[] keepBefore, int[] keepAfter,
            BiPredicate<Cell, Cell> truth) {
        List<Cell> a = pick(before.cells(), keepBefore);
        List<Cell> b = pick(after.cells(), keepAfter);
        CandidatePairs cp = keepBefore.length == before.cells().size() && keepAfter.length == after.cells().size()
                && isIdentity(keepBefore) && isIdentity(keepAfter) ? pairs : pairs.restrict(keepBefore, keepAfter);
        double[] labels = null;
        if (truth != null) {
            labels = new double[cp.size()];
            for (int p = 0; p < cp.size(); p++) {
                labels[p] = truth.test(a.get(cp.source(p)), b.get(cp.target(p))) ? 1 : 0;
            }
        }
        return new GraphPair(CellGraph.build(a, settings.neighbours(), fov), scaled(before, keepBefore),
                CellGraph.build(b, settings.neighbours(), fov), scaled(after, keepAfter), cp, labels);
    }

    private static boolean isIdentity(int[] keep) {
        for (int i = 0; i < keep.length; i++) {
            if (keep[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static List<Cell> pick(List<Cell> cells, int[] keep) {
        List<Cell> out = new ArrayList<>(keep.length);
        for (int i : keep) {
            out.add(cells.get(i));
        }
        return out;
    }

    private double[][] scaled(FrameData frame, int[] keep) {
        double[][] out = new double[keep.length][];
        for (int k = 0; k < keep.length; k++) {
            out[k] = scaler.apply(frame.rawFeatures()[keep[k]]);
        }
        return out;
    }
}
