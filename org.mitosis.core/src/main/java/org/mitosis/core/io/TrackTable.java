package org.mitosis.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;

/**
 * Collects the rows of an annotation in which a cell's id is its track id, checks them as they
 * come (one row per track and frame, one parent per track), and builds the lineage with
 * {@link Lineage#fromTrackIds}.
 */
final class TrackTable {

    /** No parent given for the row. */
    static final int NO_PARENT = -1;

    private final Path file;
    private final List<Cell> cells = new ArrayList<>();
    private final Map<CellRef, Long> lineOfCell = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();
    private final Map<Integer, Integer> parentGiven = new HashMap<>();
    private final Map<Integer, Long> parentLine = new HashMap<>();
    private final Map<Integer, Integer> firstFrame = new HashMap<>();

    TrackTable(Path file) {
        this.file = file;
    }

    /**
     * @param parent parent track id, or {@link #NO_PARENT}
     * @throws BadInputException if the track already has a cell in this frame, or a different
     *         parent on an earlier line
     */
    void add(long line, Cell cell, int parent) {
        Long earlier = lineOfCell.putIfAbsent(cell.ref(), line);
        if (earlier != null) {
            throw new BadInputException(file, line, "track " + cell.id() + " has a second cell in frame "
                    + cell.frame() + " (the first is on line " + earlier + ")");
        }
        if (parent != NO_PARENT && parent == cell.id()) {
            throw new BadInputException(file, line, "track " + cell.id() + " names itself as parent");
        }
        Integer old = parentGiven.putIfAbsent(cell.id(), parent);
        if (old != null && old != parent) {
            throw new BadInputException(file, line, "track " + cell.id() + " has " + describe(parent)
                    + " here but " + describe(old) + " on line " + parentLine.get(cell.id()));
        }
        parentLine.putIfAbsent(cell.id(), line);
        if (parent != NO_PARENT) {
            parents.put(cell.id(), parent);
        }
        firstFrame.merge(cell.id(), cell.frame(), Math::min);
        cells.add(cell);
    }

    private static String describe(int parent) {
        return parent == NO_PARENT ? "no parent" : "parent " + parent;
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    List<Cell> cells() {
        return cells;
    }

    /**
     * The lineage with the parents given on the rows. A parent track that has no cell is accepted
     * only for a track that starts in the table's first frame: its parent ended before the table
     * begins. A parent must start before its child.
     *
     * @throws BadInputException naming the first line of a track whose parent never exists
     */
    Lineage lineage() {
        int first = cells.stream().mapToInt(Cell::frame).min().orElse(0);
        for (Map.Entry<Integer, Integer> e : parents.entrySet()) {
            int child = e.getKey();
            Integer parentStart = firstFrame.get(e.getValue());
            if (parentStart == null && firstFrame.get(child) != first) {
                throw new BadInputException(file, parentLine.get(child), "parent " + e.getValue() + " of track "
                        + child + " never exists, and track " + child + " starts after the first frame " + first);
            }
            if (parentStart != null && parentStart >= firstFrame.get(child)) {
                throw new BadInputException(file, parentLine.get(child), "parent " + e.getValue() + " of track "
                        + child + " starts in frame " + parentStart + ", not before its child");
            }
        }
        return lineage(parents);
    }

    /** The lineage with the given parent of each track. */
    Lineage lineage(Map<Integer, Integer> parentOfTrack) {
        return Lineage.fromTrackIds(CellSequence.of(cells), parentOfTrack);
    }
}
