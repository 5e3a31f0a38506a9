package org.mitosis.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.testing.F0009;

class CycleScoresTest {

    /**
     * Frames 0-14, two families 200 px apart. Family 1: track 1 (0-2) divides into 2 (3-8, divides
     * into 4 and 5) and 3 (3-10, divides into 6 and 7). Family 2: track 11 (0-4) divides into 12
     * (5-9, divides into 14 and 15) and 13 (5-14). A family's tracks lie 3 px apart, so each division
     * matches the nearest of its own family's.
     */
    private static Lineage truth() {
        Map<Integer, int[]> spans = Map.ofEntries(Map.entry(1, new int[]{0, 2}), Map.entry(2, new int[]{3, 8}),
                Map.entry(3, new int[]{3, 10}), Map.entry(4, new int[]{9, 14}), Map.entry(5, new int[]{9, 14}),
                Map.entry(6, new int[]{11, 14}), Map.entry(7, new int[]{11, 14}), Map.entry(11, new int[]{0, 4}),
                Map.entry(12, new int[]{5, 9}), Map.entry(13, new int[]{5, 14}), Map.entry(14, new int[]{10, 14}),
                Map.entry(15, new int[]{10, 14}));
        List<Cell> cells = new ArrayList<>();
        spans.forEach((id, span) -> {
            for (int f = span[0]; f <= span[1]; f++) {
                cells.add(new Cell(f, id, (id > 10 ? 400 : 200) + 3 * (id % 10), 0));
            }
        });
        return Lineage.fromTrackIds(CellSequence.of(cells),
                Map.of(2, 1, 3, 1, 4, 2, 5, 2, 6, 3, 7, 3, 12, 11, 13, 11, 14, 12, 15, 12));
    }

    private static CycleScores score(Lineage truth, Lineage result) {
        return Evaluation.evaluate(truth, result, EvaluationSettings.DEFAULTS).cycles();
    }

    private static Lineage replaced(Lineage lineage, List<Link> removed, List<Link> added) {
        List<Link> links = new ArrayList<>(lineage.links());
        assertTrue(links.removeAll(removed), "the links to remove exist");
        links.addAll(added);
        return new Lineage(lineage.cells(), links);
    }

    @Test
    void theTruthGivesBackEachOfItsCyclesExactly() {
        CycleScores s = score(truth(), truth());
        // Tracks 2, 3 and 12 are seen from birth to division.
        assertEquals(new CycleScores(3, 0, 0, 1, 1, 1, 0), s);
        EvaluationReport report = Evaluation.evaluate(truth(), truth(), EvaluationSettings.DEFAULTS);
        assertEquals(s, report.cycles(), "every evaluation scores the cycles");
        assertTrue(report.toJson().contains("\"cycles\""), report.toJson());
        assertTrue(report.toTable().contains("cell cycles"), report.toTable());
    }

    @Test
    void aBrokenTrackLosesItsCycle() {
        Lineage broken = replaced(truth(), List.of(new Link(new CellRef(5, 3), new CellRef(6, 3))), List.of());
        CycleScores s = score(truth(), broken);
        assertEquals(2, s.tp());
        assertEquals(0, s.fp(), "neither half is a complete cycle");
        assertEquals(1, s.fn());
    }

    @Test
    void aDivisionOneFrameLateStillMatchesWithItsLengthOff() {
        // Track 2 takes cell 4 of frame 9 as its own and divides there, into cells 4 and 5 of frame 10; cell 5 of
        // frame 9 is left alone. The division matches the truth's at frame 8 within the frame tolerance.
        Lineage late = replaced(truth(),
                List.of(new Link(new CellRef(8, 2), new CellRef(9, 5)), new Link(new CellRef(9, 5), new CellRef(10, 5))),
                List.of(new Link(new CellRef(9, 4), new CellRef(10, 5))));
        CycleScores s = score(truth(), late);
        assertEquals(3, s.tp(), s.toLine());
        assertEquals(0, s.fp(), s.toLine());
        assertEquals(1.0 / 3, s.meanAbsoluteLengthError(), 1e-12, "track 2 is one frame longer");
    }

    @Test
    void aCycleThatEndsInAnotherFamilyIsFalse() {
        // Tracks 3 and 13 swap at frame 6: the track born at track 11's division now ends at track 3's division.
        Lineage swapped = replaced(truth(),
                List.of(new Link(new CellRef(5, 3), new CellRef(6, 3)), new Link(new CellRef(5, 13), new CellRef(6, 13))),
                List.of(new Link(new CellRef(5, 3), new CellRef(6, 13)), new Link(new CellRef(5, 13), new CellRef(6, 3))));
        CycleScores s = score(truth(), swapped);
        assertEquals(2, s.tp(), s.toLine());
        assertEquals(1, s.fp(), s.toLine());
        assertEquals(1, s.fn(), s.toLine());
    }

    @Test
    void realF0009AgainstItselfAndWithTracksBroken() {
        Lineage truth = F0009.truth();
        CycleScores self = score(truth, truth);
        assertEquals(new CycleScores(190, 0, 0, 1, 1, 1, 0), self);
        // Cut every 50th link that is not a division's: each cut can break at most one complete cycle.
        List<Link> cut = new ArrayList<>();
        List<Link> links = truth.links().stream().filter(l -> truth.successors(l.source()).size() == 1).toList();
        for (int i = 0; i < links.size(); i += 50) {
            cut.add(links.get(i));
        }
        CycleScores broken = score(truth, replaced(truth, cut, List.of()));
        assertTrue(broken.fn() > 0 && broken.fn() <= cut.size(), broken.toLine());
        assertEquals(0, broken.fp(), broken.toLine());
    }
}
