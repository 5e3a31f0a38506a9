package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.cells.Track;
import org.mitosis.core.link.NearestNeighbourLinker;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.testing.SharedData;

class TrackedMasksTest {

    @TempDir
    Path dir;

    /**
     * A cell that continues under new labels and one that divides: each written mask holds, on
     * exactly the pixels of each cell, the id of the track that the result gives that cell.
     */
    @Test
    void paintsEachCellWithItsTrackId() throws IOException {
        Path masks = Files.createDirectories(dir.resolve("masks"));
        CtcReaderTest.writeMask(masks.resolve("f0.tif"), new int[][] {
            {7, 7, 0, 0, 0, 0},
            {7, 7, 0, 0, 3, 3},
            {0, 0, 0, 0, 3, 3}});
        CtcReaderTest.writeMask(masks.resolve("f1.tif"), new int[][] {
            {0, 1, 1, 0, 0, 2},
            {0, 1, 1, 0, 0, 2},
            {0, 0, 0, 0, 5, 5}});
        CellSequence cells = LabelMasks.read(masks);
        Lineage result = new Lineage(cells, List.of(
                new Link(new CellRef(0, 7), new CellRef(1, 1)),
                new Link(new CellRef(0, 3), new CellRef(1, 2)),
                new Link(new CellRef(0, 3), new CellRef(1, 5))));

        Path out = dir.resolve("result");
        List<Path> written = TrackedMasks.write(result, LabelMasks.open(masks), out, ProgressMonitor.NONE);

        assertEquals(List.of(out.resolve("mask000.tif"), out.resolve("mask001.tif")), written);
        assertConsistent(result, written);
        // The dividing cell's daughters begin tracks of their own, whose parent is hers.
        int[][] f1 = pixels(written.get(1));
        int mother = trackAt(result, new CellRef(0, 3));
        assertEquals(mother, parentOf(result, f1[0][5]));
        assertEquals(mother, parentOf(result, f1[2][4]));
        assertEquals(trackAt(result, new CellRef(0, 7)), f1[0][1]);
        assertEquals(0, f1[2][0]);
    }

    /**
     * A result corrected after it was written (a division undone by proofreading) is painted into the
     * written result's own tracked masks: their labels are the old tracks, their pixels the cells.
     */
    @Test
    void repaintsAWrittenResultsMasksWithCorrectedTracks() throws IOException {
        Path masks = Files.createDirectories(dir.resolve("masks"));
        CtcReaderTest.writeMask(masks.resolve("f0.tif"), new int[][] {{3, 3, 0, 0, 0, 0}});
        CtcReaderTest.writeMask(masks.resolve("f1.tif"), new int[][] {{1, 1, 0, 0, 2, 2}});
        CellSequence cells = LabelMasks.read(masks);
        Lineage divided = new Lineage(cells, List.of(new Link(new CellRef(0, 3), new CellRef(1, 1)),
                new Link(new CellRef(0, 3), new CellRef(1, 2))));
        Path written = dir.resolve("result");
        TrackedMasks.write(divided, LabelMasks.open(masks), written, ProgressMonitor.NONE);
        CtcTrackFile.write(divided, written.resolve(CtcReader.RESULT_TRACK_FILE));
        Lineage undone = new Lineage(cells, List.of(new Link(new CellRef(0, 3), new CellRef(1, 1))));

        assertTrue(TrackedMasks.isIn(written));
        List<Path> repainted = TrackedMasks.rewrite(undone, written, dir.resolve("checked"), ProgressMonitor.NONE);

        assertConsistent(undone, repainted);
        assertEquals(3, divided.tracks().size());
        assertEquals(2, undone.tracks().size());
        Lineage longer = Lineage.unlinked(CellSequence.of(List.of(new Cell(0, 1, 0.5, 0), new Cell(2, 2, 0, 0))));
        assertEquals("has no tracked mask of frame 2, which the result holds", assertThrows(BadInputException.class,
                () -> TrackedMasks.rewrite(longer, written, dir.resolve("x"), ProgressMonitor.NONE)).problem());
    }

    /** Masks that are not the ones the result was tracked from are refused, not painted with wrong tracks. */
    @Test
    void refusesOtherMasks() throws IOException {
        Path masks = Files.createDirectories(dir.resolve("masks"));
        CtcReaderTest.writeMask(masks.resolve("f0.tif"), new int[][] {{1, 0, 2}});
        Lineage moved = Lineage.unlinked(CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 2.5, 0))));
        Lineage longer = Lineage.unlinked(CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(1, 2, 2, 0))));
        Lineage more = Lineage.unlinked(CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(0, 2, 2, 0),
                new Cell(0, 3, 9, 9))));
        ImageSequence open = LabelMasks.open(masks);

        BadInputException a = assertThrows(BadInputException.class,
                () -> TrackedMasks.write(moved, open, dir.resolve("a"), ProgressMonitor.NONE));
        assertEquals("the result's cell 2 at (2.5, 0.0) has no label of its own there in frame 0: the result was not "
                + "tracked from these masks", a.problem());
        assertTrue(assertThrows(BadInputException.class,
                () -> TrackedMasks.write(longer, open, dir.resolve("b"), ProgressMonitor.NONE)).problem()
                .startsWith("holds 1 masks, the result reaches frame 1"));
        assertEquals("holds 2 cells, the result 3 in frame 0: the result was not tracked from these masks",
                assertThrows(BadInputException.class,
                        () -> TrackedMasks.write(more, open, dir.resolve("c"), ProgressMonitor.NONE)).problem());
    }

    /** Track ids beyond 16 bits are kept whole: the mask is then written with 32-bit labels. */
    @Test
    void writes32BitMasksForMoreThan65535Tracks() throws IOException {
        int side = 260;
        int[][] labels = new int[side][side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                labels[y][x] = 1 + y * side + x;
            }
        }
        Path masks = Files.createDirectories(dir.resolve("masks"));
        writeIntMask(masks.resolve("f0.tif"), labels);
        Lineage result = Lineage.unlinked(LabelMasks.read(masks));
        assertTrue(result.tracks().stream().anyMatch(t -> t.id() > 0xFFFF));

        List<Path> written = TrackedMasks.write(result, LabelMasks.open(masks), dir.resolve("out"), ProgressMonitor.NONE);

        BufferedImage back = ImageIO.read(written.get(0).toFile());
        assertEquals(32, back.getSampleModel().getSampleSize(0));
        assertConsistent(result, written);
    }

    @Test
    void namesMasksWithThreeDigitsOrAsManyAsTheLastFrameNeeds() {
        assertEquals("mask007.tif", TrackedMasks.fileName(7, 779));
        assertEquals("mask0007.tif", TrackedMasks.fileName(7, 1000));
    }

    /**
     * The real epidermis annotation's masks as a segmentation, linked and painted back: every track
     * of the result covers exactly the pixels of its cells, frame by frame.
     */
    @Test
    void paintsTheRealEpidermisTracks() throws IOException {
        Path folder = LabelMasksTest.epidermisSegmentation(dir, 10, 14);
        Lineage result = new NearestNeighbourLinker(15).link(LabelMasks.read(folder).renumbered(), ProgressMonitor.NONE);

        List<Path> written = TrackedMasks.write(result, LabelMasks.open(folder), dir.resolve("out"), ProgressMonitor.NONE);

        assertEquals(5, written.size());
        assertTrue(result.links().size() > 1000, "links: " + result.links().size());
        assertConsistent(result, written);
    }

    /**
     * What the example workflow {@code 05_Track_Segmented_Movie} does by default: the annotated
     * folder's own lineage (frames 10-14) painted into the masks of its {@code TRA} folder, which
     * hold all 15 frames.
     */
    @Test
    void paintsAnAnnotationIntoItsOwnMasks() throws IOException {
        Path tra = SharedData.require("epidermis-area1/TRA/man_track.txt").getParent();
        Lineage annotation = CellInputs.read(tra, 10, 14);

        List<Path> written = TrackedMasks.write(annotation, LabelMasks.open(tra), dir.resolve("out"), ProgressMonitor.NONE);

        assertEquals(List.of("mask010.tif", "mask011.tif", "mask012.tif", "mask013.tif", "mask014.tif"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(annotation.divisions().size() > 50, "divisions: " + annotation.divisions().size());
        assertConsistent(annotation, written);
    }

    /** Each written mask's cells are the result's cells of that frame, each under its track's id. */
    private static void assertConsistent(Lineage result, List<Path> written) {
        int first = result.cells().firstFrame();
        List<Map<Integer, Cell>> painted = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Map<Integer, Cell> byTrack = new HashMap<>();
            LabelMaskReader.read(written.get(i), first + i).forEach(c -> byTrack.put(c.id(), c));
            painted.add(byTrack);
        }
        int cells = 0;
        for (Track t : result.tracks()) {
            for (CellRef ref : t.cells()) {
                Cell c = result.cells().get(ref);
                Cell p = painted.get(ref.frame() - first).get(t.id());
                assertNotNull(p, "track " + t.id() + " in frame " + ref.frame());
                assertEquals(c.x(), p.x(), 1e-9);
                assertEquals(c.y(), p.y(), 1e-9);
                cells++;
            }
        }
        assertEquals(result.cells().size(), cells);
        assertEquals(cells, painted.stream().mapToInt(Map::size).sum(), "no other labels painted");
    }

    private static int trackAt(Lineage result, CellRef ref) {
        return result.tracks().stream().filter(t -> t.cells().contains(ref)).findFirst().orElseThrow().id();
    }

    private static int parentOf(Lineage result, int track) {
        return result.tracks().stream().filter(t -> t.id() == track).findFirst().orElseThrow().parent();
    }

    private static int[][] pixels(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        int[][] p = new int[image.getHeight()][image.getWidth()];
        for (int y = 0; y < p.length; y++) {
            image.getRaster().getSamples(0, y, p[0].length, 1, 0, p[y]);
        }
        return p;
    }

    private static void writeIntMask(Path file, int[][] labels) throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), new int[] {32},
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_INT);
        WritableRaster raster = model.createCompatibleWritableRaster(labels[0].length, labels.length);
        for (int y = 0; y < labels.length; y++) {
            raster.setSamples(0, y, labels[0].length, 1, 0, labels[y]);
        }
        assertTrue(ImageIO.write(new BufferedImage(model, raster, false, null), "tiff", file.toFile()));
    }
}
