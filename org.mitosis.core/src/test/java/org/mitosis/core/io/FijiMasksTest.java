package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Label masks between Mitosis and Fiji, through ImageJ 1's own TIFF reader and writer (Fiji's core):
 * Fiji opens the tracked masks we write with the same pixel values, and we read the label stacks and
 * 32-bit label images Fiji saves.
 */
class FijiMasksTest {

    @TempDir
    Path dir;

    @Test
    void fijiOpensTheTrackedMasksPixelForPixel() throws IOException {
        Path masks = Files.createDirectories(dir.resolve("masks"));
        CtcReaderTest.writeMask(masks.resolve("a.tif"), new int[][] {{5, 5, 0, 8}, {5, 0, 0, 8}});
        CtcReaderTest.writeMask(masks.resolve("b.tif"), new int[][] {{0, 2, 2, 0}, {0, 2, 0, 3}});
        Lineage result = new Lineage(LabelMasks.read(masks), List.of(new Link(new CellRef(0, 5), new CellRef(1, 2)),
                new Link(new CellRef(0, 8), new CellRef(1, 3))));

        for (Path file : TrackedMasks.write(result, LabelMasks.open(masks), dir.resolve("out"), ProgressMonitor.NONE)) {
            ImagePlus fiji = new Opener().openImage(file.toString());
            assertNotNull(fiji, "Fiji opens " + file);
            assertEquals(ImagePlus.GRAY16, fiji.getType());
            BufferedImage ours = ImageIO.read(file.toFile());
            for (int y = 0; y < ours.getHeight(); y++) {
                for (int x = 0; x < ours.getWidth(); x++) {
                    assertEquals(ours.getRaster().getSample(x, y, 0), fiji.getProcessor().get(x, y), file + " (" + x + ", " + y + ")");
                }
            }
        }
        int[] tracks = new int[2];
        ImagePlus last = new Opener().openImage(dir.resolve("out").resolve("mask001.tif").toString());
        tracks[0] = last.getProcessor().get(1, 0);
        tracks[1] = last.getProcessor().get(3, 1);
        assertTrue(tracks[0] > 0 && tracks[1] > 0 && tracks[0] != tracks[1], "two tracks continue: " + tracks[0] + ", " + tracks[1]);
    }

    /** Beyond 65,535 tracks the masks are 32-bit integers, which Fiji opens as 32-bit images holding the same ids. */
    @Test
    void fijiOpens32BitTrackedMasks() throws IOException {
        int side = 260;
        FloatProcessor labels = new FloatProcessor(side, side);
        for (int i = 0; i < side * side; i++) {
            labels.setf(i, i + 1);
        }
        Path masks = Files.createDirectories(dir.resolve("wide"));
        assertTrue(new FileSaver(new ImagePlus("wide", labels)).saveAsTiff(masks.resolve("f0.tif").toString()));
        Lineage result = Lineage.unlinked(LabelMasks.read(masks));

        Path file = TrackedMasks.write(result, LabelMasks.open(masks), dir.resolve("out"), ProgressMonitor.NONE).get(0);

        ImagePlus fiji = new Opener().openImage(file.toString());
        assertEquals(ImagePlus.GRAY32, fiji.getType());
        BufferedImage ours = ImageIO.read(file.toFile());
        assertEquals(32, ours.getSampleModel().getSampleSize(0));
        int largest = 0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int id = ours.getRaster().getSample(x, y, 0);
                assertEquals(id, fiji.getProcessor().getf(x, y), 0);
                largest = Math.max(largest, id);
            }
        }
        assertTrue(largest > 0xFFFF, "largest track id " + largest);
    }

    /** A label stack as Fiji saves a time-lapse (an ImageJ hyperstack of frames) reads frame by frame. */
    @Test
    void readsALabelStackSavedByFiji() {
        ImageStack stack = new ImageStack(6, 4);
        for (int t = 0; t < 3; t++) {
            ShortProcessor labels = new ShortProcessor(6, 4);
            labels.set(t, 1, 300 + t);
            labels.set(t + 1, 1, 300 + t);
            labels.set(5, 3, 7);
            stack.addSlice(labels);
        }
        ImagePlus movie = new ImagePlus("labels", stack);
        movie.setDimensions(1, 1, 3);
        movie.setOpenAsHyperStack(true);
        Path file = dir.resolve("labels.tif");
        assertTrue(new FileSaver(movie).saveAsTiffStack(file.toString()));

        CellSequence cells = LabelMasks.read(file);

        assertEquals(3, cells.frameCount());
        for (int t = 0; t < 3; t++) {
            List<Cell> frame = cells.cellsIn(t);
            assertEquals(List.of(7, 300 + t), frame.stream().map(Cell::id).toList());
            assertEquals(t + 0.5, frame.get(1).x(), 1e-12);
        }
    }

    /** Fiji keeps label images past 65,535 labels, or after some filters, as 32-bit float: read as whole labels. */
    @Test
    void readsAFloatLabelImageSavedByFiji() {
        FloatProcessor labels = new FloatProcessor(5, 2);
        labels.setf(1, 0, 70001f);
        labels.setf(2, 0, 70001f);
        labels.setf(4, 1, 12f);
        Path file = dir.resolve("float-labels.tif");
        assertTrue(new FileSaver(new ImagePlus("float", labels)).saveAsTiff(file.toString()));

        List<Cell> cells = LabelMaskReader.read(file, 0);

        assertEquals(List.of(12, 70001), cells.stream().map(Cell::id).toList());
        assertArrayEquals(new double[] {1.5, 0}, new double[] {cells.get(1).x(), cells.get(1).y()}, 1e-12);
    }
}
