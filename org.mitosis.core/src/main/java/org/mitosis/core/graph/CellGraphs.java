package org.mitosis.core.graph;

import java.util.ArrayList;
import java.util.List;
import org.mitosis.core.cells.CellSequence;

/**
 * The graphs of a whole sequence: one k-nearest-neighbour {@link CellGraph} per frame, and the
 * gated {@link CandidatePairs} between each frame and the next.
 *
 * @param cells the cells the graphs were built on
 * @param frames one graph per frame, from the first frame of {@code cells}
 * @param pairs candidate pairs from frame {@code first + t} to {@code first + t + 1}, one fewer than frames
 * @param settings the graph settings used
 * @param gate the distance gate used for the candidates
 */
public record CellGraphs(CellSequence cells, List<CellGraph> frames, List<CandidatePairs> pairs, GraphSettings settings,
        DistanceGate gate) {

    public CellGraphs {
        frames = List.copyOf(frames);
        pairs = List.copyOf(pairs);
        if (frames.size() != cells.frameCount() || pairs.size() != Math.max(0, frames.size() - 1)) {
            throw new IllegalArgumentException(frames.size() + " graphs and " + pairs.size() + " candidate sets for "
                    + cells.frameCount() + " frames");
        }
    }

    /** Builds the graphs of every frame and the candidates between consecutive frames. O(cells · log cells). */
    public static CellGraphs build(CellSequence cells, GraphSettings settings, DistanceGate gate) {
        settings.validate();
        FieldOfView fov = FieldOfView.of(cells);
        List<CellGraph> graphs = new ArrayList<>();
        List<CandidatePairs> pairs = new ArrayList<>();
        for (int f = cells.firstFrame(); f <= cells.lastFrame(); f++) {
            graphs.add(CellGraph.build(cells.cellsIn(f), settings.neighbours(), fov));
            if (f < cells.lastFrame()) {
                pairs.add(CandidatePairs.between(cells.cellsIn(f), cells.cellsIn(f + 1), gate, settings.maxSourcesPerTarget()));
            }
        }
        return new CellGraphs(cells, graphs, pairs, settings, gate);
    }
}
