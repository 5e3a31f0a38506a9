package org.mitosis.core.ops;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.graph.CellGraphs;
import org.mitosis.core.graph.DistanceGate;
import org.mitosis.core.graph.GraphSettings;

/**
 * Builds the cell graphs of a sequence (each cell joined to its k nearest neighbours, edge features
 * (x_s, y_s, x_t, y_t)) and the candidate pairs between consecutive frames within a distance gate,
 * for inspection; the GNN models build the same graphs internally with the gate they learned.
 */
public final class GraphOperation {

    private final GraphSettings settings;
    private final DistanceGate gate;

    /**
     * @param gateRadius candidate pairs join cells at most this far apart, px, {@code > 0}
     * @throws IllegalArgumentException listing every invalid setting
     */
    public GraphOperation(GraphSettings settings, double gateRadius) {
        this.settings = settings.validate();
        this.gate = new DistanceGate(gateRadius);
    }

    public CellGraphs run(CellSequence cells) {
        return CellGraphs.build(cells, settings, gate);
    }
}
