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
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
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

    /** Labels are the samples as stored: a palette mask's indices, never its colours; colour refused. */
    @Test
    void readsPaletteIndicesAsLabelsAndRefusesColour() throws IOException {
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

        Path rgb = dir.resolve("rgb.png");
        ImageIO.write(new BufferedImage(3, 1, BufferedImage.TYPE_3BYTE_BGR), "png",
                rgb.toFile());
        assertTrue(assertThrows(BadInputException.class, () -> LabelMaskReader.read(rgb, 0)).problem()
                .startsWith("not a label mask: 3 channel(s)"));
    }

    /**
     * ilastik saves 32-bit integer labels and Fiji may save a label image as 32-bit float: both are
     * read, labels beyond 16 bits included; a float with a fraction, or a negative label, is refused
     * naming the pixel.
     */
    @Test
    void reads32BitIntegerAndWholeFloatLabels() throws IOException {
        for (int type : new int[] {DataBuffer.TYPE_INT, DataBuffer.TYPE_FLOAT}) {
            Path file = dir.resolve("wide" + type + ".tif");
            write32(file, type, new double[][] {{0, 70000, 70000}, {5, 0, 0}});
            List<Cell> cells = LabelMaskReader.read(file, 2);
            assertEquals(List.of(5, 70000), cells.stream().map(Cell::id).toList());
            assertEquals(1.5, cells.get(1).x(), 1e-12);
            assertEquals(1, cells.get(0).y(), 1e-12);
        }
        Path fraction = dir.resolve("fraction.tif");
        write32(fraction, DataBuffer.TYPE_FLOAT, new double[][] {{0, 1.5}});
        assertEquals("not a label mask: value 1.5 at pixel (1, 0), whole numbers from 0 (the background) expected",
                assertThrows(BadInputException.class, () -> LabelMaskReader.read(fraction, 0)).problem());
        Path negative = dir.resolve("negative.tif");
        write32(negative, DataBuffer.TYPE_INT, new double[][] {{0, 0}, {-3, 0}});
        assertEquals("not a label mask: label -3 at pixel (0, 1), labels from 1 expected (0 the background)",
                assertThrows(BadInputException.class, () -> LabelMaskReader.read(negative, 0)).problem());
    }

    /**
     * A grey-level picture given for masks has each gray scattered over the frame, a binary mask
     * every cell under label 1: both are refused, saying why, instead of giving nonsense cells.
     */
    @Test
    void refusesAGreyPictureAndABinaryMask() throws IOException {
        int[][] gray = new int[40][60];
        Random random = new Random(3);
        for (int[] row : gray) {
            for (int x = 0; x < row.length; x++) {
                row[x] = 1 + random.nextInt(30);
            }
        }
        Path picture = dir.resolve("picture.tif");
        CtcReaderTest.writeMask(picture, gray);
        String problem = assertThrows(BadInputException.class, () -> LabelMaskReader.read(picture, 0)).problem();
        assertTrue(problem.startsWith("not a label mask: 30 of its 30 labels are each in separate pieces (label "), problem);
        assertTrue(problem.contains("a grey-level picture, a binary mask or a segmentation into classes cannot be tracked"),
                problem);

        Path binary = dir.resolve("binary.tif");
        CtcReaderTest.writeMask(binary, new int[][] {
            {1, 1, 0, 0, 0, 0},
            {1, 1, 0, 0, 1, 0},
            {0, 0, 0, 0, 1, 1},
            {0, 1, 0, 0, 0, 0}});
        assertTrue(assertThrows(BadInputException.class, () -> LabelMaskReader.read(binary, 0)).problem()
                .startsWith("not a label mask: 1 of its 1 labels are each in separate pieces (label 1 in 3)"));
    }

    /**
     * ilastik's Simple Segmentation (background 1, every cell 2) and a label mask whose background is
     * not 0 are refused too, saying what a label mask is.
     */
    @Test
    void refusesClassesAndABackgroundNotLabelledZero() throws IOException {
        Path classes = dir.resolve("classes.tif");
        CtcReaderTest.writeMask(classes, new int[][] {
            {1, 1, 1, 1, 1, 1},
            {1, 2, 1, 1, 2, 1},
            {1, 1, 1, 1, 1, 1}});
        String problem = assertThrows(BadInputException.class, () -> LabelMaskReader.read(classes, 0)).problem();
        assertTrue(problem.startsWith("not a label mask: 1 of its 2 labels are each in separate pieces (label 2 in 2)"),
                problem);
        assertTrue(problem.contains("ilastik (Object Identities)"), problem);

        Path background = dir.resolve("background.tif");
        CtcReaderTest.writeMask(background, new int[][] {
            {9, 9, 9, 9, 9, 9},
            {9, 2, 9, 9, 3, 3},
            {9, 9, 9, 9, 9, 9}});
        assertTrue(assertThrows(BadInputException.class, () -> LabelMaskReader.read(background, 0)).problem()
                .startsWith("not a label mask: label 9 covers 83 % of the frame, as a background would; "), "background 9");
    }

    /**
     * Pieces join across rows and through diagonals (8-connected): a U and a diagonal chain are one
     * piece each; a label with a stray fragment among whole ones is still one cell, its centroid
     * over both pieces.
     */
    @Test
    void countsPiecesEightConnectedAndKeepsAFragmentedCell() throws IOException {
        Path mask = dir.resolve("pieces.tif");
        CtcReaderTest.writeMask(mask, new int[][] {
            {1, 0, 1, 0, 2, 0, 0, 0},
            {1, 0, 1, 0, 0, 2, 0, 3},
            {1, 1, 1, 0, 0, 0, 2, 0},
            {0, 0, 0, 0, 0, 0, 0, 0},
            {4, 4, 0, 0, 0, 0, 0, 4}});

        List<Cell> cells = LabelMaskReader.read(mask, 0);

        assertEquals(List.of(1, 2, 3, 4), cells.stream().map(Cell::id).toList());
        assertEquals((0 + 1 + 7) / 3.0, cells.get(3).x(), 1e-12, "label 4 in two pieces: one cell");
        assertEquals(4, cells.get(3).y(), 1e-12);
        assertEquals(1, LabelPiecesProbe.pieces(new int[][] {{1, 0, 1}, {1, 0, 1}, {1, 1, 1}})[0], "a U");
        assertEquals(1, LabelPiecesProbe.pieces(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})[0], "a diagonal");
        assertEquals(2, LabelPiecesProbe.pieces(new int[][] {{1, 0, 1}, {1, 0, 1}, {0, 0, 1}})[0], "two bars");
    }

    /**
     * A 16-bit TIFF deflated with horizontal differencing (as tifffile writes with a predictor), which
     * the JDK's reader cannot decode, is refused saying how to save it instead.
     */
    @Test
    void namesTheFixForATiffWithAPredictor() throws IOException {
        // The row 0, 7, 7, 0 as differences from the pixel to its left.
        short[] differenced = {0, 7, 0, -7};
        ByteBuffer pixels = ByteBuffer.allocate(2 * differenced.length).order(ByteOrder.LITTLE_ENDIAN);
        for (short v : differenced) {
            pixels.putShort(v);
        }
        Deflater deflater = new Deflater();
        deflater.setInput(pixels.array());
        deflater.finish();
        byte[] body = new byte[64];
        int length = deflater.deflate(body);
        int[][] tags = {{256, 4}, {257, 1}, {258, 16}, {259, 8}, {262, 1}, {273, 0}, {277, 1}, {278, 1}, {279, length},
            {317, 2}};
        int dataAt = 8 + 2 + 12 * tags.length + 4;
        ByteBuffer tiff = ByteBuffer.allocate(dataAt + length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) tags.length);
        for (int[] tag : tags) {
            boolean offset = tag[0] == 273 || tag[0] == 279;
            tiff.putShort((short) tag[0]).putShort((short) (offset ? 4 : 3)).putInt(1);
            tiff.putInt(tag[0] == 273 ? dataAt : tag[1]);
        }
        tiff.putInt(0).put(body, 0, length);
        Path file = Files.write(dir.resolve("predictor.tif"), tiff.array());

        String problem = assertThrows(BadInputException.class, () -> LabelMaskReader.read(file, 0)).problem();

        assertTrue(problem.startsWith("a TIFF compressed with a predictor ("), problem);
        assertTrue(problem.contains("save it uncompressed, or as PNG"), problem);
    }

    /** Feeds rows of label indices (0 = background) to {@link LabelPieces}. */
    private static final class LabelPiecesProbe {
        static int[] pieces(int[][] labels) {
            LabelPieces pieces = new LabelPieces();
            int max = 0;
            for (int[] row : labels) {
                int[] index = new int[row.length];
                for (int x = 0; x < row.length; x++) {
                    index[x] = row[x] - 1;
                    max = Math.max(max, row[x]);
                }
                pieces.addRow(index, row.length);
            }
            return pieces.pieces(max);
        }
    }

    private static void write32(Path file, int type, double[][] values) throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), new int[] {32},
                false, false, Transparency.OPAQUE, type);
        WritableRaster raster = model.createCompatibleWritableRaster(values[0].length, values.length);
        for (int y = 0; y < values.length; y++) {
            for (int x = 0; x < values[0].length; x++) {
                raster.setSample(x, y, 0, values[y][x]);
            }
        }
        assertTrue(ImageIO.write(new BufferedImage(model, raster, false, null), "tiff", file.toFile()));
    }
}
