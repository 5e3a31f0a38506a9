package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

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

    /** Labels are the samples as stored: a palette mask's indices, never its colours; float or colour refused. */
    @Test
    void readsPaletteIndicesAsLabelsAndRefusesFloatAndColour() throws IOException {
        byte[] lut = new byte[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = (byte) (255 - i);
        }
        BufferedImage palette = new BufferedImage(3, 1,
                BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 256, lut, lut, lut));
        palette.getRaster().setSample(1, 0, 0, 9);
        Path png = dir.resolve("palette.png");
        ImageIO.write(palette, "png", png.toFile());
        List<Cell> cells = LabelMaskReader.read(png, 0);
        assertEquals(1, cells.size());
        assertEquals(9, cells.get(0).id(), "the index, not the palette's gray 246");
        assertEquals(1, cells.get(0).x(), 1e-12);

        ComponentColorModel floats = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_FLOAT);
        BufferedImage real = new BufferedImage(floats, floats.createCompatibleWritableRaster(3, 1),
                false, null);
        Path tif = dir.resolve("float.tif");
        ImageIO.write(real, "tiff", tif.toFile());
        BadInputException f = assertThrows(BadInputException.class, () -> LabelMaskReader.read(tif, 0));
        assertEquals("not a label mask: 1 channel(s) of 32-bit floating-point samples, one channel of 8- or 16-bit "
                + "integer labels expected", f.problem());
        Path rgb = dir.resolve("rgb.png");
        ImageIO.write(new BufferedImage(3, 1, BufferedImage.TYPE_3BYTE_BGR), "png",
                rgb.toFile());
        assertTrue(assertThrows(BadInputException.class, () -> LabelMaskReader.read(rgb, 0)).problem()
                .startsWith("not a label mask: 3 channel(s)"));
    }
}
