package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.testing.SharedData;

class LabelMasksTest {

    @TempDir
    Path dir;

    /** Frame i of a mask with one cell at column i + 1 and one at column 5. */
    private static int[][] mask(int i) {
        int[][] m = new int[3][7];
        m[1][i + 1] = 4;
        m[2][5] = 9;
        return m;
    }

    @Test
    void readsAFolderInNaturalNameOrderAndAStackAlike() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("masks"));
        String[] names = {"t1_masks.png", "t2_masks.png", "t10_masks.png"};
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            BufferedImage image = image(mask(i));
            ImageIO.write(image, "png", folder.resolve(names[i]).toFile());
            pages.add(image);
        }
        Path stack = TiffStacks.write(dir.resolve("masks.tif"), pages, null);

        CellSequence fromFolder = LabelMasks.read(folder);
        CellSequence fromStack = LabelMasks.read(stack);

        for (CellSequence cells : List.of(fromFolder, fromStack)) {
            assertEquals(0, cells.firstFrame());
            assertEquals(2, cells.lastFrame());
            for (int f = 0; f <= 2; f++) {
                List<Cell> frame = cells.cellsIn(f);
                assertEquals(List.of(4, 9), frame.stream().map(Cell::id).toList());
                assertEquals(f + 1, frame.get(0).x(), 1e-12, "t10 is the third frame, not the second");
                assertEquals(LabelMaskReader.SHAPE_FEATURES, frame.get(0).featureCount());
            }
        }
        Lineage input = CellInputs.read(folder);
        assertTrue(input.links().isEmpty());
        assertEquals(6, input.cells().size());
        assertEquals(3, CellInputs.read(stack, 1, 2).cells().cellsIn(2).get(0).x(), 1e-12);
    }

    /**
     * Cellpose saves {@code <image>_cp_masks.png} beside each image it segments: in such a folder the
     * masks are the frames, and the grey images beside them are left alone (read, they would be refused);
     * opened as the movie, the folder's frames are those images.
     */
    @Test
    void takesOnlyTheMasksOfAFolderWhereCellposeLeftThemBesideTheImages() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cellpose"));
        String[] images = {"img_1", "img_2", "img_10"};
        for (int i = 0; i < images.length; i++) {
            int[][] grey = new int[3][7];
            for (int[] row : grey) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = 1 + (x * 5 + i) % 4;
                }
            }
            ImageIO.write(image(grey), "png", folder.resolve(images[i] + ".png").toFile());
            ImageIO.write(image(mask(i)), "png", folder.resolve(images[i] + "_cp_masks.png").toFile());
        }

        CellSequence cells = CellInputs.read(folder).cells();

        assertEquals(3, cells.frameCount());
        for (int f = 0; f < 3; f++) {
            assertEquals(f + 1, cells.cellsIn(f).get(0).x(), 1e-12, "img_10's masks are the third frame");
        }
        ImageSequence movie = ImageSequence.open(folder);
        assertEquals(3, movie.frameCount(), "the movie is the images beside the masks");
        assertEquals(folder.resolve("img_10.png"), movie.file(2));
    }

    /** Only the frames asked for are decoded: a broken mask elsewhere does not matter, and is named where read. */
    @Test
    void decodesOnlyTheFramesAskedForAndNamesABrokenOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("masks"));
        Files.writeString(folder.resolve("m0.png"), "not an image");
        ImageIO.write(image(mask(1)), "png", folder.resolve("m1.png").toFile());

        assertEquals(2, CellInputs.read(folder, 1, 1).cells().cellsIn(1).size());
        BadInputException e = assertThrows(BadInputException.class, () -> CellInputs.read(folder));
        assertEquals(folder.resolve("m0.png"), e.file());
    }

    @Test
    void namesTheBadPageOfAStack() throws IOException {
        BufferedImage colour = new BufferedImage(7, 3, BufferedImage.TYPE_3BYTE_BGR);
        Path stack = TiffStacks.write(dir.resolve("s.tif"), List.of(image(mask(0)), colour, image(mask(2))), null);

        BadInputException e = assertThrows(BadInputException.class, () -> LabelMasks.read(stack));

        assertEquals(stack, e.file());
        assertTrue(e.problem().startsWith("page 1 of 3: not a label mask: 3 channel(s)"), e.problem());
    }

    /** An annotation's folder holds label masks too, but is read as the annotation it is. */
    @Test
    void takesAnAnnotationFolderForItsAnnotation() throws IOException {
        Path ctc = Files.createDirectories(dir.resolve("ctc"));
        CtcReaderTest.writeMask(ctc.resolve("man_track0.tif"), mask(0));
        Files.writeString(ctc.resolve(CtcReader.TRACK_FILE), "4 0 0 0\n9 0 0 0\n");
        Path images = Files.createDirectories(dir.resolve("images"));
        CtcReaderTest.writeMask(images.resolve("a.tif"), mask(0));

        assertFalse(CellInputs.isLabelMasks(ctc));
        assertTrue(CellInputs.isLabelMasks(images));
        assertTrue(CellInputs.isLabelMasks(images.resolve("a.tif")));
        assertFalse(CellInputs.isLabelMasks(Files.writeString(dir.resolve("cells.csv"), "frame,id,x,y\n")));
        assertEquals(2, CellInputs.read(ctc).cells().size());
    }

    /**
     * The epidermis annotation's 15 masks, as a plain folder of label images (no track file) and as
     * one stack, give exactly the cells its annotation gives: what a tracker sees from a
     * segmentation is what it sees from the annotated folder.
     */
    @Test
    void readsTheRealEpidermisMasksAsTheAnnotationDoes() throws IOException {
        Path folder = epidermisSegmentation(dir, 0, 14);
        List<BufferedImage> pages = new ArrayList<>();
        for (int t = 0; t < 15; t++) {
            pages.add(ImageIO.read(folder.resolve("man_track" + t + ".tif").toFile()));
        }
        Path stack = TiffStacks.write(dir.resolve("segmentation.tif"), pages, null);
        CellSequence annotated = CtcReader.read(SharedData.require("epidermis-area1")).cells();

        for (Path input : List.of(folder, stack)) {
            CellSequence cells = CellInputs.read(input).cells();
            assertEquals(annotated.size(), cells.size(), input.toString());
            for (int f = 0; f < 15; f++) {
                List<Cell> expected = annotated.cellsIn(f);
                List<Cell> actual = cells.cellsIn(f);
                assertEquals(expected.size(), actual.size());
                for (int i = 0; i < expected.size(); i++) {
                    Cell a = actual.get(i);
                    Cell e = expected.get(i);
                    assertEquals(e.id(), a.id());
                    assertEquals(e.x(), a.x(), 0);
                    assertEquals(e.y(), a.y(), 0);
                    assertEquals(e.feature(0), a.feature(0), 0);
                    assertEquals(e.feature(1), a.feature(1), 0);
                }
            }
        }
    }

    /**
     * The real epidermis annotation's masks of frames {@code first..last} as a segmentation: a folder
     * of label images without the track file (links to the shared data, which is never copied).
     */
    static Path epidermisSegmentation(Path dir, int first, int last) throws IOException {
        Path tra = SharedData.require("epidermis-area1/TRA/man_track.txt").getParent();
        Path folder = Files.createDirectories(dir.resolve("segmentation"));
        for (int t = first; t <= last; t++) {
            Path mask = tra.resolve("man_track" + t + ".tif");
            Files.createSymbolicLink(folder.resolve(mask.getFileName()), mask.toAbsolutePath());
        }
        return folder;
    }

    static BufferedImage image(int[][] labels) {
        BufferedImage image = new BufferedImage(labels[0].length, labels.length, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < labels.length; y++) {
            for (int x = 0; x < labels[0].length; x++) {
                image.getRaster().setSample(x, y, 0, labels[y][x]);
            }
        }
        return image;
    }
}
