package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;

class LabelMaskReaderTest {

    @TempDir
    Path dir;

    @Test
    void givesEachCellItsRelativeAreaAndElongation() throws IOException {
        Path mask = dir.resolve("m.tif");
        CtcReaderTest.writeMask(mask, new int[][] {
            {1, 1, 1, 1, 0, 0},
            {0, 0, 0, 0, 2, 2},
            {3, 0, 0, 0, 2, 2},
            {0, 0, 0, 0, 0, 0}});

        List<Cell> cells = LabelMaskReader.read(mask, 4);

        assertEquals(3, cells.size());
        for (Cell c : cells) {
            assertEquals(LabelMaskReader.SHAPE_FEATURES, c.featureCount());
            assertEquals(4, c.frame());
        }
        // Median area 4: the bar and the square have relative area 1, the lone pixel 1/4.
        assertEquals(0, cells.get(0).feature(0), 1e-12);
        assertEquals(0, cells.get(1).feature(0), 1e-12);
        assertEquals(Math.log(0.25), cells.get(2).feature(0), 1e-12);
        // Bar 4 x 1: variances 5/4 + 1/12 and 1/12 along its axes, axis ratio 4.
        assertEquals(Math.log(4), cells.get(0).feature(1), 1e-12);
        assertEquals(0, cells.get(1).feature(1), 1e-12);
        assertEquals(0, cells.get(2).feature(1), 1e-12);
        assertEquals(1.5, cells.get(0).x(), 1e-12);
        assertEquals(4.5, cells.get(1).x(), 1e-12);
        assertEquals(1.5, cells.get(1).y(), 1e-12);
    }

    @Test
    void elongationDoesNotDependOnTheDirection() throws IOException {
        Path across = dir.resolve("across.tif");
        Path down = dir.resolve("down.tif");
        Path diagonal = dir.resolve("diagonal.tif");
        CtcReaderTest.writeMask(across, new int[][] {{7, 7, 7}, {0, 0, 0}, {0, 0, 0}});
        CtcReaderTest.writeMask(down, new int[][] {{0, 7, 0}, {0, 7, 0}, {0, 7, 0}});
        CtcReaderTest.writeMask(diagonal, new int[][] {{7, 0, 0}, {0, 7, 0}, {0, 0, 7}});

        double a = LabelMaskReader.read(across, 0).get(0).feature(1);
        double d = LabelMaskReader.read(down, 0).get(0).feature(1);
        double g = LabelMaskReader.read(diagonal, 0).get(0).feature(1);

        assertEquals(a, d, 1e-12);
        // The diagonal's pixel centres lie √2 farther apart, so it is the more elongated of the two.
        assertTrue(g > a, g + " vs " + a);
    }

    @Test
    void rejectsAFileThatIsNotAnImage() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tif"), "not an image");

        BadInputException e = assertThrows(BadInputException.class, () -> LabelMaskReader.read(bad, 0));

        assertTrue(e.getMessage().contains("bad.tif"), e.getMessage());
    }
}
