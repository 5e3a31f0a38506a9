package org.mitosis.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class LabelTransferTest {

    /** Parent 1 at frame 0 divides into 2 and 3; cell 4 continues as 5. */
    private static Lineage truth() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 100, 100), new Cell(0, 4, 300, 300),
                new Cell(1, 2, 92, 100), new Cell(1, 3, 108, 100), new Cell(1, 5, 305, 300)));
        return new Lineage(cells, List.of(Link.of(0, 1, 1, 2), Link.of(0, 1, 1, 3), Link.of(0, 4, 1, 5)));
    }

    @Test
    void jitteredCellsInheritEveryLinkIncludingTheDivision() {
        CellSequence detected = CellSequence.of(List.of(new Cell(0, 10, 102, 99), new Cell(0, 40, 297, 303),
                new Cell(1, 20, 91, 102), new Cell(1, 30, 110, 98), new Cell(1, 50, 306, 299)));
        Lineage labelled = LabelTransfer.onto(truth(), detected, EvaluationSettings.DEFAULTS);
        assertSame(detected, labelled.cells());
        assertEquals(List.of(Link.of(0, 10, 1, 20), Link.of(0, 10, 1, 30), Link.of(0, 40, 1, 50)), labelled.links());
        assertEquals(List.of(new CellRef(0, 10)), labelled.divisions());
    }

    @Test
    void missedDaughterLeavesAContinuationAndSpuriousOrFarCellsStayUnlinked() {
        CellSequence detected = CellSequence.of(List.of(new Cell(0, 10, 101, 100), new Cell(0, 40, 330, 300),
                new Cell(1, 20, 93, 100), new Cell(1, 50, 305, 301), new Cell(1, 99, 600, 600)));
        Lineage labelled = LabelTransfer.onto(truth(), detected, EvaluationSettings.DEFAULTS);
        // Cell 40 lies 30 px from truth cell 4 (beyond the 10 px radius): no match, so 4→5 is lost.
        assertEquals(List.of(Link.of(0, 10, 1, 20)), labelled.links());
        assertTrue(labelled.divisions().isEmpty());
    }

    @Test
    void theTruthsOwnCellsGiveTheTruthBack() {
        Lineage truth = truth();
        assertSame(truth, LabelTransfer.onto(truth, truth.cells(), EvaluationSettings.DEFAULTS));
    }
}
