package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class LongGapCloserTest {

    /** One cell per frame 0-9 at (10 + f, 10), missed in frames {@code missed}, linked wherever frames follow. */
    private static Lineage trackMissing(int... missed) {
        List<Cell> cells = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            final int frame = f;
            if (Arrays.stream(missed).noneMatch(m -> m == frame)) {
                cells.add(new Cell(f, 1, 10 + f, 10));
            }
        }
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).frame() == cells.get(i - 1).frame() + 1) {
                links.add(new Link(cells.get(i - 1).ref(), cells.get(i).ref()));
            }
        }
        return new Lineage(CellSequence.of(cells, 0, 9), links);
    }

    @Test
    void joinsATrackAcrossTwoMissedFramesOnlyWhereAllowed() {
        Lineage broken = trackMissing(4, 5);
        Lineage closed = new LongGapCloser(5, 2).close(broken);
        assertEquals(broken.links().size() + 1, closed.links().size());
        assertTrue(closed.links().contains(Link.of(3, 1, 6, 1)));
        assertEquals(1, closed.tracks().size());
        assertSame(broken, new LongGapCloser(5, 1).close(broken), "one missed frame at most: the model's own step");
        Lineage threeMissed = trackMissing(4, 5, 6);
        assertSame(threeMissed, new LongGapCloser(5, 2).close(threeMissed), "three missed frames need 3");
        assertEquals(1, new LongGapCloser(5, 3).close(threeMissed).tracks().size());
    }

    @Test
    void reachGrowsWithTheSquareRootOfTheFramesSpanned() {
        // The end at frame 3 and the start at frame 6 lie 3 px apart: within 2.5 · √(3/2) = 3.06 px, not 2.4 · √(3/2) = 2.94.
        Lineage broken = trackMissing(4, 5);
        assertEquals(1, new LongGapCloser(2.5, 2).close(broken).tracks().size());
        assertSame(broken, new LongGapCloser(2.4, 2).close(broken));
    }

    @Test
    void pairsEndsWithTheNearestStarts() {
        // Tracks 1 and 2 end at frame 0; starts 3 and 4 at frame 3 (two missed frames), crossed in id order.
        // Cell 5 divides at frame 0 into 6 and 7: its daughters have a predecessor and are no starts.
        List<Cell> cells = List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 40, 10), new Cell(3, 3, 42, 11),
                new Cell(3, 4, 12, 9), new Cell(0, 5, 11, 30), new Cell(1, 6, 8, 30), new Cell(1, 7, 14, 30));
        Lineage lineage = new Lineage(CellSequence.of(cells), List.of(Link.of(0, 5, 1, 6), Link.of(0, 5, 1, 7)));
        Lineage closed = new LongGapCloser(10, 2).close(lineage);
        assertTrue(closed.links().contains(Link.of(0, 1, 3, 4)), closed.links().toString());
        assertTrue(closed.links().contains(Link.of(0, 2, 3, 3)), closed.links().toString());
        assertEquals(lineage.divisions(), closed.divisions());
        assertEquals(4, closed.links().size());
    }

    @Test
    void aCellReappearingAfterTwoMissedFramesLeavesTheNeighbourItWasGivenTo() {
        // Cell 2 (25, 10) is missed at frames 1 and 2; at frame 3 the frame-pair linker made it neighbour 1's "daughter".
        List<Cell> cells = List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 25, 10), new Cell(1, 1, 10, 10),
                new Cell(2, 1, 10, 10), new Cell(3, 1, 10, 10), new Cell(3, 2, 24, 10));
        Lineage linked = new Lineage(CellSequence.of(cells),
                List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 1), Link.of(2, 1, 3, 1), Link.of(2, 1, 3, 2)));
        Lineage closed = new LongGapCloser(10, 2).close(linked);
        assertTrue(closed.divisions().isEmpty(), closed.links().toString());
        assertTrue(closed.links().contains(Link.of(0, 2, 3, 2)));
        assertEquals(4, closed.links().size());
        // A true daughter 6 px from her mother stays hers, though a track ended 9 px away.
        List<Cell> near = List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 25, 10), new Cell(1, 1, 10, 10),
                new Cell(2, 1, 10, 10), new Cell(3, 1, 10, 10), new Cell(3, 3, 16, 10));
        Lineage division = new Lineage(CellSequence.of(near),
                List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 1), Link.of(2, 1, 3, 1), Link.of(2, 1, 3, 3)));
        assertSame(division, new LongGapCloser(10, 2).close(division));
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new LongGapCloser(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new LongGapCloser(5, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LongGapCloser(5, 11));
        assertTrue(e.getMessage().contains("1 to 10"), e.getMessage());
    }
}
