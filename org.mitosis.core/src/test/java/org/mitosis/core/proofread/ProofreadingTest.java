package org.mitosis.core.proofread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class ProofreadingTest {

    private static final CellRef A = new CellRef(0, 1);
    private static final CellRef A_NEAR = new CellRef(1, 11);
    private static final CellRef A_FAR = new CellRef(1, 12);
    private static final CellRef B = new CellRef(0, 2);
    private static final CellRef B1 = new CellRef(1, 21);
    private static final CellRef B2 = new CellRef(1, 22);
    private static final CellRef C = new CellRef(1, 3);
    private static final CellRef C1 = new CellRef(2, 31);
    private static final CellRef C2 = new CellRef(2, 32);

    /**
     * Frame 0: A at (0, 0) and B at (100, 0); frame 1: A's successors at 4 px (listed second) and 9 px,
     * B's two daughters, and C at (200, 0), which divides into two cells of frame 2.
     */
    private static Lineage result() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 100, 0),
                new Cell(1, 12, 9, 0), new Cell(1, 11, 0, 4), new Cell(1, 21, 95, 0), new Cell(1, 22, 105, 0),
                new Cell(1, 3, 200, 0), new Cell(2, 31, 195, 0), new Cell(2, 32, 205, 0)));
        return new Lineage(cells, List.of(new Link(A, A_FAR), new Link(A, A_NEAR), new Link(B, B1), new Link(B, B2),
                new Link(C, C1), new Link(C, C2)));
    }

    @Test
    void aRejectedDivisionContinuesIntoTheNearestDaughterAndTheOtherBeginsATrack() {
        Lineage result = result();
        ReviewedLineage reviewed = Proofreading.apply(result, List.of(
                new DivisionVerdict(A, List.of(A_NEAR, A_FAR), false),
                new DivisionVerdict(B, List.of(B2, B1), true)));
        Lineage l = reviewed.lineage();
        assertEquals(List.of(A_NEAR), l.successors(A));
        assertTrue(l.predecessor(A_FAR).isEmpty(), "the farther one begins a track of her own");
        assertEquals(List.of(B, C), l.divisions(), "confirmed and unreviewed divisions stay");
        assertEquals(List.of(B), reviewed.confirmed());
        assertEquals(List.of(A), reviewed.rejected());
        assertEquals(List.of(A_FAR), reviewed.detached());
        assertEquals(List.of(C), reviewed.unreviewed());
        assertEquals(result.cells().size(), l.cells().size(), "no cell is dropped");
        assertEquals(result.links().size() - 1, l.links().size());
        assertEquals("divisions: 1 confirmed, 1 rejected and undone, 1 not reviewed (kept)",
                reviewed.toLine());
    }

    @Test
    void theReaderMayNameTheDaughterTheMotherContinuesAs() {
        ReviewedLineage reviewed = Proofreading.apply(result(), List.of(
                new DivisionVerdict(A, List.of(A_NEAR, A_FAR), false, Optional.of(A_FAR))));
        assertEquals(List.of(A_FAR), reviewed.lineage().successors(A));
        assertEquals(List.of(A_NEAR), reviewed.detached());
        String notADaughter = assertThrows(IllegalArgumentException.class, () -> Proofreading.apply(result(),
                List.of(new DivisionVerdict(A, List.of(A_NEAR, A_FAR), false, Optional.of(B1))))).getMessage();
        assertEquals("verdict 1: cell 1 in frame 0 cannot continue as [1:21], which is not one of her "
                + "daughters [1:11, 1:12]", notADaughter);
    }

    @Test
    void withoutVerdictsNothingChanges() {
        Lineage result = result();
        ReviewedLineage reviewed = Proofreading.apply(result, List.of());
        assertEquals(result.links(), reviewed.lineage().links());
        assertEquals(List.of(A, B, C), reviewed.unreviewed());
    }

    @Test
    void verdictsThatDoNotFitTheResultAreRefusedNamingTheMother() {
        Lineage result = result();
        String unknown = assertThrows(IllegalArgumentException.class, () -> Proofreading.apply(result,
                List.of(new DivisionVerdict(new CellRef(0, 9), List.of(A_NEAR, A_FAR), true)))).getMessage();
        assertEquals("verdict 1: the result has no cell 9 in frame 0", unknown);
        String notDividing = assertThrows(IllegalArgumentException.class, () -> Proofreading.apply(result,
                List.of(new DivisionVerdict(A_NEAR, List.of(C), false)))).getMessage();
        assertTrue(notDividing.endsWith("cell 11 in frame 1 does not divide in the result (0 successors)"), notDividing);
        String otherDaughters = assertThrows(IllegalArgumentException.class, () -> Proofreading.apply(result,
                List.of(new DivisionVerdict(A, List.of(A_NEAR, B1), false)))).getMessage();
        assertTrue(otherDaughters.contains("divides into [1:11, 1:12] in the result, not into [1:11, 1:21]"),
                otherDaughters);
        String fewer = assertThrows(IllegalArgumentException.class, () -> Proofreading.apply(result,
                List.of(new DivisionVerdict(A, List.of(A_NEAR), false)))).getMessage();
        assertTrue(fewer.contains("not into [1:11]"), fewer);
        String twice = assertThrows(IllegalArgumentException.class, () -> Proofreading.apply(result,
                List.of(new DivisionVerdict(A, List.of(A_NEAR, A_FAR), false),
                        new DivisionVerdict(A, List.of(A_FAR, A_NEAR), true)))).getMessage();
        assertEquals("verdict 2: a second verdict on cell 1 in frame 0, the first is on verdict 1", twice);
    }
}
