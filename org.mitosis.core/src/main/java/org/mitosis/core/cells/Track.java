package org.mitosis.core.cells;

import java.util.List;

/**
 * A cell's life between divisions, as in the Cell Tracking Challenge's {@code man_track.txt}: the
 * chain of cells from its first frame to its last, and the track it divided from.
 *
 * @param id track id, {@code >= 1}
 * @param parent id of the parent track, 0 for none
 * @param cells the track's cells in frame order (frames may skip across a closed gap)
 */
public record Track(int id, int parent, List<CellRef> cells) {

    public Track {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("track " + id + " has no cell");
        }
    }

    public int startFrame() {
        return cells.get(0).frame();
    }

    public int endFrame() {
        return cells.get(cells.size() - 1).frame();
    }
}
