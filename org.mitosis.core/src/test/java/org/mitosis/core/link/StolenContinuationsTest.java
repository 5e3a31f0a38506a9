package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class StolenContinuationsTest {

    @Test
    void aDaughterNearerToACellThatEndedGoesBackToIt() {
        // Cell 2 ends at frame 0 although cell 22, 2 px away at frame 1, is its continuation; cell 1 took 22 as a daughter.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 28, 10),
                new Cell(1, 11, 11, 10), new Cell(1, 22, 27, 11)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 1, 11), Link.of(0, 1, 1, 22)));
        Lineage repaired = new StolenContinuations(20).repair(linked);
        assertEquals(Set.of(Link.of(0, 1, 1, 11), Link.of(0, 2, 1, 22)), Set.copyOf(repaired.links()));
        assertTrue(repaired.divisions().isEmpty());
    }

    @Test
    void aTrueDaughterBesideHerMotherStaysWhereANeighbourEnds() {
        // Daughter 22 lies 7 px from her mother 1 and 9 px from cell 2, which ends.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 26, 10),
                new Cell(1, 11, 9, 10), new Cell(1, 22, 17, 10)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 1, 11), Link.of(0, 1, 1, 22)));
        assertSame(linked, new StolenContinuations(20).repair(linked));
    }

    @Test
    void eachEndedCellAndEachDivisionTakePartOnceLargestGainFirst() {
        // Mother 1's daughters 22 and 33 both lie nearer to ended cell 2 than to 1; 33 is the nearer one and
        // goes back, 22 stays with her mother (a division loses at most one daughter, cell 2 takes one).
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 30, 10),
                new Cell(1, 22, 24, 10), new Cell(1, 33, 30, 11)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 1, 22), Link.of(0, 1, 1, 33)));
        Lineage repaired = new StolenContinuations(20).repair(linked);
        assertEquals(Set.of(Link.of(0, 1, 1, 22), Link.of(0, 2, 1, 33)), Set.copyOf(repaired.links()));
    }

    @Test
    void anEndedCellOutOfReachOrWithoutDivisionsChangesNothing() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 60, 10),
                new Cell(1, 11, 11, 10), new Cell(1, 22, 35, 10)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 1, 11), Link.of(0, 1, 1, 22)));
        assertSame(linked, new StolenContinuations(20).repair(linked), "cell 2 is 25 px from 22, beyond 20");
        Lineage single = new Lineage(cells, List.of(Link.of(0, 1, 1, 11)));
        assertSame(single, new StolenContinuations(20).repair(single));
        assertThrows(IllegalArgumentException.class, () -> new StolenContinuations(0));
        assertThrows(IllegalArgumentException.class, () -> new StolenContinuations(Double.POSITIVE_INFINITY));
    }
}
