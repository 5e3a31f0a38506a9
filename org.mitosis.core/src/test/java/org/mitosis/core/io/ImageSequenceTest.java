package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.testing.SharedData;

class ImageSequenceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealEightBitPngFrames() {
        Path folder = SharedData.require("c2c12-F0009-frames700-709/0000.png").getParent();
        ImageSequence seq = ImageSequence.open(folder);

        assertEquals(10, seq.frameCount());
        assertEquals("0009.png", seq.file(9).getFileName().toString());
        GrayImage frame = seq.read(3);
        assertEquals(1392, frame.width());
        assertEquals(1040, frame.height());
        assertEquals(8, frame.bitDepth());
        float[] px = frame.toFloatArray();
        assertEquals(1392 * 1040, px.length);
        double mean = 0;
        float max = 0;
        for (float v : px) {
            mean += v / px.length;
            max = Math.max(max, v);
        }
        assertTrue(mean > 20 && mean < 235 && max <= 255, "mean " + mean + ", max " + max);
        assertEquals(frame.value(700, 500), (int) px[500 * 1392 + 700]);
    }

    @Test
    void readsSixteenBitTiffsInNaturalOrder() {
        Path tra = SharedData.require("epidermis-area1/TRA/man_track0.tif").getParent();
        ImageSequence seq = ImageSequence.open(tra);

        assertEquals(15, seq.frameCount(), "the track file is not an image");
        assertEquals("man_track2.tif", seq.file(2).getFileName().toString());
        assertEquals("man_track10.tif", seq.file(10).getFileName().toString());
        GrayImage mask = seq.read(10);
        assertEquals(16, mask.bitDepth());
        assertEquals(460, mask.width());
        // the labels of the mask are the cells of frame 10
        List<Integer> labels = LabelMaskReader.read(seq.file(10), 10).stream().map(Cell::id).toList();
        int maxLabel = 0;
        for (short s : mask.toShortArray()) {
            maxLabel = Math.max(maxLabel, Short.toUnsignedInt(s));
        }
        assertEquals(labels.get(labels.size() - 1), maxLabel);
    }

    @Test
    void keepsSixteenBitValuesAboveTheSignedRange() throws IOException {
        BufferedImage im = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_GRAY);
        int[] values = {0, 1, 255, 256, 40000, 65535};
        im.getRaster().setPixels(0, 0, 3, 2, values);
        ImageIO.write(im, "png", dir.resolve("a.png").toFile());
        GrayImage g = ImageSequence.open(dir).read(0);

        assertArrayEquals(new float[] {0, 1, 255, 256, 40000, 65535}, g.toFloatArray());
        assertEquals(65535, g.value(2, 1));
        assertEquals(65535, g.maxValue());
    }

    @Test
    void ordersNamesNaturally() {
        List<String> names = new ArrayList<>(List.of("t10.tif", "t2.tif", "t1.tif", "t002.tif", "s3.png", "t1a.tif"));
        names.sort(ImageSequence::compareNatural);
        assertEquals(List.of("s3.png", "t1.tif", "t1a.tif", "t002.tif", "t2.tif", "t10.tif"), names);
    }

    @Test
    void rejectsFoldersWithoutImagesAndFilesThatAreNotImages() throws IOException {
        assertThrows(BadInputException.class, () -> ImageSequence.open(dir));
        Files.writeString(dir.resolve("0.png"), "not a png");
        ImageSequence seq = ImageSequence.open(dir);
        BadInputException e = assertThrows(BadInputException.class, () -> seq.read(0));
        assertEquals(dir.resolve("0.png"), e.file());
        BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(rgb, "png", dir.resolve("1.png").toFile());
        BadInputException color = assertThrows(BadInputException.class, () -> ImageSequence.open(dir).read(1));
        assertTrue(color.problem().contains("grayscale"), color.problem());
    }

    @Test
    void survivesFuzzedPngs() throws IOException {
        BufferedImage im = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 64; i++) {
            im.getRaster().setSample(i % 8, i / 8, 0, i * 3);
        }
        Path png = dir.resolve("0.png");
        ImageIO.write(im, "png", png.toFile());
        ImageSequence seq = ImageSequence.open(dir);
        assertEquals(189, seq.read(0).value(7, 7));
        int rejected = Fuzz.run(png, Files.readAllBytes(png), 300, 11, p -> seq.read(0));
        assertTrue(rejected > 50, rejected + " rejected");
    }
}
