package org.mitosis.core.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageTest {

    /** Track 1 lives in frames 0-1 and divides into 2 and 3; 4 continues 3 as a single child. */
    private static Lineage divisionAndContinuation() {
        CellSequence cells = CellSequence.of(List.of(
                new Cell(0, 1, 10, 10), new Cell(1, 1, 11, 10),
                new Cell(2, 2, 5, 10), new Cell(2, 3, 17, 10), new Cell(3, 2, 5, 11),
                new Cell(3, 3, 18, 10), new Cell(4, 4, 19, 10)));
        return Lineage.fromTrackIds(cells, Map.of(2, 1, 3, 1, 4, 3));
    }

    @Test
    void trackIdsBecomeLinksAndDivisions() {
        Lineage l = divisionAndContinuation();
        assertEquals(6, l.links().size());
        assertEquals(List.of(new CellRef(1, 1)), l.divisions());
        assertEquals(List.of(new CellRef(2, 2), new CellRef(2, 3)), l.successors(new CellRef(1, 1)));
        assertEquals(new CellRef(3, 3), l.predecessor(new CellRef(4, 4)).orElseThrow());
    }

    @Test
    void singleChildContinuesItsParentsTrack() {
        List<Track> tracks = divisionAndContinuation().tracks();
        assertEquals(3, tracks.size());
        assertEquals(0, tracks.get(0).parent());
        assertEquals(1, tracks.get(1).parent());
        assertEquals(1, tracks.get(2).parent());
        assertEquals(4, tracks.get(2).endFrame(), "cell 4 continues track 3, it is not a division");
    }

    @Test
    void rejectsTwoPredecessors() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 0, 0), new Cell(1, 1, 0, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new Lineage(cells, List.of(Link.of(0, 1, 1, 1), Link.of(0, 2, 1, 1))));
    }

    @Test
    void rejectsDuplicateIdsAndLinksBackInTime() {
        assertThrows(IllegalArgumentException.class,
                () -> CellSequence.of(List.of(new Cell(3, 1, 0, 0), new Cell(3, 1, 5, 5))));
        assertThrows(IllegalArgumentException.class, () -> Link.of(2, 1, 2, 1));
    }

    @Test
    void frameWindowKeepsInnerLinksOnly() {
        Lineage sub = divisionAndContinuation().frames(2, 4);
        assertEquals(2, sub.cells().firstFrame());
        assertEquals(3, sub.links().size());
        assertEquals(List.of(), sub.divisions());
    }

    @Test
    void withoutFeaturesKeepsCellsAndLinksAndDropsOnlyTheFeatures() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10, 10, new double[] {0.5, 2}),
                new Cell(1, 2, 11, 10, new double[] {0.4, 3})));
        Lineage l = new Lineage(cells, List.of(new Link(new CellRef(0, 1), new CellRef(1, 2))));
        Lineage positions = l.withoutFeatures();
        assertEquals(0, positions.cells().featureCount());
        assertEquals(l.links(), positions.links());
        assertEquals(11, positions.cells().get(new CellRef(1, 2)).x());
        assertEquals(2, l.cells().featureCount(), "the original keeps its features");
        assertSame(positions, positions.withoutFeatures());
    }
}
