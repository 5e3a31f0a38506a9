package org.mitosis.core.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellSequenceTest {

    @Test
    void withoutFeaturesKeepsPositionsIdsAndFramesOnly() {
        CellSequence cells = CellSequence.of(List.of(new Cell(2, 7, 1.5, 2.5, new double[] {3, 4}),
                new Cell(4, 8, 5, 6, new double[] {9, 10})), 1, 5);
        CellSequence plain = cells.withoutFeatures();
        assertEquals(0, plain.featureCount());
        assertEquals(1, plain.firstFrame());
        assertEquals(5, plain.lastFrame());
        assertEquals(new Cell(2, 7, 1.5, 2.5), plain.get(new CellRef(2, 7)));
        assertEquals(new Cell(4, 8, 5, 6), plain.get(new CellRef(4, 8)));
        assertSame(plain, plain.withoutFeatures());
    }
}
