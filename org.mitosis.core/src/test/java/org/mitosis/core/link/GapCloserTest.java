package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class GapCloserTest {

    @Test
    void joinsEachEndToTheNearestStartTwoFramesLater() {
        // Two cells missed at frame 1; their tracks resume at frame 2, crossed in id order.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 40, 10),
                new Cell(2, 3, 42, 11), new Cell(2, 4, 12, 9), new Cell(3, 3, 43, 12), new Cell(3, 4, 13, 9)));
        Lineage broken = new Lineage(cells, List.of(Link.of(2, 3, 3, 3), Link.of(2, 4, 3, 4)));
        Lineage closed = new GapCloser(10).close(broken);
        assertEquals(4, closed.links().size());
        assertTrue(closed.links().contains(Link.of(0, 1, 2, 4)));
        assertTrue(closed.links().contains(Link.of(0, 2, 2, 3)));
    }

    @Test
    void leavesFarStartsLinkedEndsAndGaplessLineagesAlone() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(1, 1, 11, 10),
                new Cell(2, 1, 12, 10), new Cell(2, 9, 80, 80)));
        Lineage lineage = new Lineage(cells, List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 1)));
        assertSame(lineage, new GapCloser(10).close(lineage), "cell 9 is 95 px from any end");
        assertThrows(IllegalArgumentException.class, () -> new GapCloser(0));
    }

    @Test
    void aCellReappearingAfterAMissedFrameLeavesTheNeighbourItWasGivenTo() {
        // Cell 2 is missed at frame 1; at frame 2 the frame-pair linker made it neighbour 1's "daughter".
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 25, 10),
                new Cell(1, 1, 10, 10), new Cell(2, 1, 10, 10), new Cell(2, 2, 24, 10)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 1), Link.of(1, 1, 2, 2)));
        Lineage closed = new GapCloser(10).close(linked);
        assertTrue(closed.divisions().isEmpty(), closed.links().toString());
        assertTrue(closed.links().contains(Link.of(0, 2, 2, 2)));
        assertEquals(3, closed.links().size());
    }

    @Test
    void aTrueDaughterNearerToItsMotherThanToAnEndedTrackStays() {
        // Mother 1 divides at frame 1 into 1 (continuation) and 3, 6 px away; track 2 ended at frame 0, 9 px from 3.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 25, 10),
                new Cell(1, 1, 10, 10), new Cell(2, 1, 10, 10), new Cell(2, 3, 16, 10)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 1), Link.of(1, 1, 2, 3)));
        assertSame(linked, new GapCloser(10).close(linked));
    }

    @Test
    void aClosedGapSavesADaughterFromPruning() {
        // Mother 1 divides at frame 1; daughter 3 is missed at frame 3 and found again at frame 4.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 50, 50), new Cell(1, 1, 50, 50),
                new Cell(2, 2, 45, 50), new Cell(2, 3, 56, 50), new Cell(3, 2, 44, 50), new Cell(4, 2, 43, 50),
                new Cell(4, 30, 58, 50), new Cell(5, 2, 42, 50), new Cell(5, 30, 59, 50)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 2), Link.of(1, 1, 2, 3),
                Link.of(2, 2, 3, 2), Link.of(3, 2, 4, 2), Link.of(4, 2, 5, 2), Link.of(4, 30, 5, 30)));
        ShortBranchPruner pruner = new ShortBranchPruner(3);
        assertTrue(pruner.prune(linked).divisions().isEmpty(), "the broken daughter branch lasts one frame");
        assertEquals(1, pruner.prune(new GapCloser(10).close(linked)).divisions().size());
    }

    @Test
    void aTrackThatTookItsNeighbourWhileItsCellWasMissedGivesItBack() {
        // Cell 1 is missed at frame 1; its track took cell 2 there, whose own track then ended, and
        // cell 2 "divided" into itself and the reappearing cell 1.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 22, 10),
                new Cell(1, 2, 22, 10), new Cell(2, 1, 11, 10), new Cell(2, 2, 22, 11)));
        Lineage theft = new Lineage(cells, List.of(Link.of(0, 1, 1, 2), Link.of(1, 2, 2, 2), Link.of(1, 2, 2, 1)));

        Lineage mended = new GapCloser(15).close(theft);

        assertEquals(Set.of(Link.of(0, 1, 2, 1), Link.of(0, 2, 1, 2), Link.of(1, 2, 2, 2)), Set.copyOf(mended.links()));
        assertTrue(mended.divisions().isEmpty());
    }

    @Test
    void twoNeighboursMissedInTurnGetTheirTracksBack() {
        // Cell 2 is missed at frame 1 and cell 1 at frame 2: track 1 took cell 2 at frame 2, track 2
        // ended at frame 0, and cell 2 "divided" into itself and the reappearing cell 1.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 2, 10, 26),
                new Cell(1, 1, 10, 10), new Cell(2, 2, 11, 26), new Cell(3, 1, 10, 11), new Cell(3, 2, 11, 27)));
        Lineage theft = new Lineage(cells, List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 2), Link.of(2, 2, 3, 1),
                Link.of(2, 2, 3, 2)));

        Lineage mended = new GapCloser(20).close(theft);

        assertEquals(Set.of(Link.of(0, 1, 1, 1), Link.of(0, 2, 2, 2), Link.of(1, 1, 3, 1), Link.of(2, 2, 3, 2)),
                Set.copyOf(mended.links()));
        assertTrue(mended.divisions().isEmpty());
    }

    @Test
    void aTrueDivisionBesideAnEndedTrackKeepsItsDaughters() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10), new Cell(0, 9, 30, 10),
                new Cell(1, 1, 10, 10), new Cell(2, 2, 5, 10), new Cell(2, 3, 15, 10)));
        Lineage division = new Lineage(cells, List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 2), Link.of(1, 1, 2, 3)));

        assertSame(division, new GapCloser(25).close(division), "threads through the ended cell 9 are 400 px² longer");
    }

    @Test
    void aMotherMissedInTheFrameSheDividesInKeepsBothDaughters() {
        // Mother 1 is missed at frame 1, where she divides; both daughters start at frame 2.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 50, 50), new Cell(2, 2, 44, 50),
                new Cell(2, 3, 57, 50), new Cell(3, 2, 43, 50), new Cell(3, 3, 58, 50)));
        Lineage orphans = new Lineage(cells, List.of(Link.of(2, 2, 3, 2), Link.of(2, 3, 3, 3)));

        Lineage closed = new GapCloser(10).close(orphans);

        assertTrue(closed.links().containsAll(List.of(Link.of(0, 1, 2, 2), Link.of(0, 1, 2, 3))), closed.links().toString());
        assertEquals(List.of(new CellRef(0, 1)), closed.divisions());
    }

    @Test
    void aGapAlreadyClosedByTheLinkerGainsTheOtherDaughter() {
        // The frame-pair linker closed the gap to daughter 2 (LAP's gap rows); daughter 3 appeared.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 50, 50), new Cell(2, 2, 44, 50),
                new Cell(2, 3, 57, 50)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 2, 2)));

        assertEquals(Set.of(Link.of(0, 1, 2, 2), Link.of(0, 1, 2, 3)), Set.copyOf(new GapCloser(10).close(linked).links()));
    }

    @Test
    void aClosedGapTakesNoSecondDaughterOutOfReachOrClaimedByANearerGap() {
        // Gaps 1 -> 2 and 5 -> 6 are closed; orphan 3 lies 14 px from 1 (beyond reach), orphan 7
        // lies 7.5 px from 5 and 8.5 px from 1: only 5 divides.
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 50, 50), new Cell(0, 5, 50, 66),
                new Cell(2, 2, 48, 50), new Cell(2, 3, 64, 50), new Cell(2, 6, 52, 66), new Cell(2, 7, 50, 58.5)));
        Lineage linked = new Lineage(cells, List.of(Link.of(0, 1, 2, 2), Link.of(0, 5, 2, 6)));

        Lineage closed = new GapCloser(10).close(linked);

        assertEquals(Set.of(Link.of(0, 1, 2, 2), Link.of(0, 5, 2, 6), Link.of(0, 5, 2, 7)), Set.copyOf(closed.links()));
    }
}
