package org.mitosis.core.cells;

/**
 * Identifies one cell: its frame and its id, which is unique within that frame.
 *
 * @param frame 0-based frame index
 * @param id cell id, unique within the frame
 */
public record CellRef(int frame, int id) implements Comparable<CellRef> {

    @Override
    public int compareTo(CellRef o) {
        int c = Integer.compare(frame, o.frame);
        return c != 0 ? c : Integer.compare(id, o.id);
    }

    @Override
    public String toString() {
        return "cell " + id + " in frame " + frame;
    }
}
