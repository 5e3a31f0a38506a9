package org.mitosis.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

class SubProblemSamplerTest {

    /** 40 cells at frame 0; the first {@code dividing} divide, the others continue. */
    private static Lineage frames(int dividing) {
        List<Cell> cells = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int next = 1000;
        for (int i = 0; i < 40; i++) {
            cells.add(new Cell(0, i, 30 * i, 0));
            if (i < dividing) {
                for (int d = 0; d < 2; d++) {
                    cells.add(new Cell(1, next, 30 * i + 8 * d, 5));
                    links.add(Link.of(0, i, 1, next++));
                }
            } else {
                cells.add(new Cell(1, next, 30 * i, 1));
                links.add(Link.of(0, i, 1, next++));
            }
        }
        return new Lineage(CellSequence.of(cells), links);
    }

    private static long daughters(Lineage truth, List<Cell> after, int[] targets) {
        long n = 0;
        for (int j : targets) {
            if (truth.successors(truth.predecessor(after.get(j).ref()).orElseThrow()).size() == 2) {
                n++;
            }
        }
        return n;
    }

    @Test
    void rareDivisionsAreAllTakenAsInThePaper() {
        Lineage truth = frames(3);
        List<Cell> before = truth.cells().cellsIn(0);
        List<Cell> after = truth.cells().cellsIn(1);
        int[][] keep = new SubProblemSampler(truth, 30).sample(before, after, new Random(1));
        assertEquals(30, keep[1].length);
        assertEquals(6, daughters(truth, after, keep[1]), "every daughter");
        assertEquals(30, keep[0].length, "sources: the parents and predecessors, filled to 30");
    }

    @Test
    void denseDivisionsFillAtMostHalfTheTargetsWithSistersTogether() {
        Lineage truth = frames(20);
        List<Cell> before = truth.cells().cellsIn(0);
        List<Cell> after = truth.cells().cellsIn(1);
        int[][] keep = new SubProblemSampler(truth, 30).sample(before, after, new Random(2));
        assertEquals(30, keep[1].length);
        long d = daughters(truth, after, keep[1]);
        assertEquals(14, d, "7 sister pairs fit in half of 30 targets");
        assertTrue(keep[1].length - d >= 15, "the rest continue");
        for (int j : keep[1]) {
            Cell parent = truth.cells().get(truth.predecessor(after.get(j).ref()).orElseThrow());
            assertTrue(java.util.Arrays.stream(keep[0]).anyMatch(i -> before.get(i).equals(parent)),
                    "every kept target's predecessor is kept");
        }
    }

    @Test
    void theOtherCellsAreTheDaughtersNeighboursSoTheyContestThem() {
        Lineage truth = frames(1);
        List<Cell> before = truth.cells().cellsIn(0);
        List<Cell> after = truth.cells().cellsIn(1);
        int[][] keep = new SubProblemSampler(truth, 6).sample(before, after, new Random(3));
        // The daughters lie at x = 0 and 8; the nearest others continue cells 1..4 (x = 30..120).
        assertEquals(List.of(0.0, 8.0, 30.0, 60.0, 90.0, 120.0),
                java.util.Arrays.stream(keep[1]).mapToObj(j -> after.get(j).x()).sorted().toList());
        assertEquals(List.of(0.0, 30.0, 60.0, 90.0, 120.0, 150.0),
                java.util.Arrays.stream(keep[0]).mapToObj(i -> before.get(i).x()).sorted().toList());
    }

    @Test
    void withoutDivisionsTheCellsLieAroundOneRandomCell() {
        Lineage truth = frames(0);
        List<Cell> after = truth.cells().cellsIn(1);
        int[][] keep = new SubProblemSampler(truth, 5).sample(truth.cells().cellsIn(0), after, new Random(4));
        double span = after.get(keep[1][keep[1].length - 1]).x() - after.get(keep[1][0]).x();
        assertEquals(4 * 30.0, span, "five neighbouring cells of a row 30 px apart");
    }
}
