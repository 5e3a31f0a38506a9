package org.mitosis.core.gnn;

import java.util.List;

import org.mitosis.core.cells.Cell;

/**
 * The cells of one whole frame with their raw (unscaled) node features, computed once per frame.
 *
 * @param cells the frame's cells
 * @param rawFeatures one row per cell, in the same order
 */
public record FrameData(List<Cell> cells, double[][] rawFeatures) {

    public FrameData {
        cells = List.copyOf(cells);
        if (rawFeatures.length != cells.size()) {
            throw new IllegalArgumentException(rawFeatures.length + " feature rows for " + cells.size() + " cells");
        }
    }

    /** Every index 0..size-1: the whole frame. */
    public int[] all() {
        int[] a = new int[cells.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return a;
    }
}
