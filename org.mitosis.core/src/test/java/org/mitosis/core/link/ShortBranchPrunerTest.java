package org.mitosis.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class ShortBranchPrunerTest {

    /** Cell 1 lives in frames 0..last; at frame divisionFrame+1 a daughter 2 appears for daughterFrames frames. */
    private static Lineage division(int last, int divisionFrame, int daughterFrames) {
        List<Cell> cells = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int f = 0; f <= last; f++) {
            cells.add(new Cell(f, 1, 50 + f, 50));
            if (f > 0) {
                links.add(Link.of(f - 1, 1, f, 1));
            }
        }
        for (int k = 0; k < daughterFrames; k++) {
            int f = divisionFrame + 1 + k;
            cells.add(new Cell(f, 2, 60 + f, 50));
            links.add(k == 0 ? Link.of(divisionFrame, 1, f, 2) : Link.of(f - 1, 2, f, 2));
        }
        return new Lineage(CellSequence.of(cells), links);
    }

    @Test
    void dropsTheLinkToADaughterThatVanishesAtOnce() {
        Lineage lineage = division(9, 3, 1);
        Lineage pruned = new ShortBranchPruner(3).prune(lineage);
        assertEquals(List.of(), pruned.divisions());
        assertEquals(lineage.links().size() - 1, pruned.links().size());
        assertEquals(List.of(new CellRef(4, 1)), pruned.successors(new CellRef(3, 1)));
    }

    @Test
    void keepsLongDaughtersAndEverythingWithOneFrame() {
        Lineage lineage = division(9, 3, 3);
        assertSame(lineage, new ShortBranchPruner(3).prune(lineage));
        Lineage shortOne = division(9, 3, 1);
        assertSame(shortOne, new ShortBranchPruner(1).prune(shortOne));
    }

    @Test
    void aDaughterBornAtTheEndOfTheMovieIsKept() {
        Lineage lineage = division(9, 8, 1);
        assertEquals(List.of(new CellRef(8, 1)), new ShortBranchPruner(3).prune(lineage).divisions());
    }

    @Test
    void aBranchCountsItsCellsNotTheFramesAGapSpans() {
        // The daughter at frame 4 is joined over a gap to a cell at frame 6: two cells over three frames.
        List<Cell> cells = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int f = 0; f <= 9; f++) {
            cells.add(new Cell(f, 1, 50, 50));
            if (f > 0) {
                links.add(Link.of(f - 1, 1, f, 1));
            }
        }
        cells.add(new Cell(4, 2, 60, 50));
        cells.add(new Cell(6, 2, 61, 50));
        links.add(Link.of(3, 1, 4, 2));
        links.add(Link.of(4, 2, 6, 2));
        Lineage lineage = new Lineage(CellSequence.of(cells), links);
        assertEquals(List.of(), new ShortBranchPruner(3).prune(lineage).divisions());
        assertEquals(1, new ShortBranchPruner(2).prune(lineage).divisions().size());
    }

    @Test
    void rejectsAMinimumBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new ShortBranchPruner(0));
    }
}
