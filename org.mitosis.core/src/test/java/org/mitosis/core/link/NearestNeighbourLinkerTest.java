package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.monitor.ProgressMonitor;

class NearestNeighbourLinkerTest {

    private final NearestNeighbourLinker linker = new NearestNeighbourLinker(10);

    @Test
    void eachCellTakesItsNearestPredecessorWithinReach() {
        Lineage l = linker.link(CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 12, 0),
                new Cell(1, 1, 5, 0), new Cell(1, 2, 30, 0))), ProgressMonitor.NONE);
        assertEquals(List.of(Link.of(0, 1, 1, 1)), l.links(), "5 px from cell 1, 7 px from cell 2: nearest wins; cell 2 in frame 1 is out of reach");
    }

    @Test
    void aCellTakenByThreeKeepsTheTwoNearest() {
        Lineage l = linker.link(CellSequence.of(List.of(new Cell(0, 1, 0, 0),
                new Cell(1, 1, 3, 0), new Cell(1, 2, -4, 0), new Cell(1, 3, 0, 8))), ProgressMonitor.NONE);
        assertEquals(List.of(new CellRef(0, 1)), l.divisions());
        assertEquals(List.of(new CellRef(1, 1), new CellRef(1, 2)), l.successors(new CellRef(0, 1)));
        assertTrue(l.predecessor(new CellRef(1, 3)).isEmpty());
    }

    @Test
    void handlesEmptyInputAndRejectsBadDistances() {
        assertTrue(linker.link(CellSequence.of(List.of()), ProgressMonitor.NONE).links().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new NearestNeighbourLinker(0));
        assertThrows(IllegalArgumentException.class, () -> new NearestNeighbourLinker(Double.NaN));
    }
}
