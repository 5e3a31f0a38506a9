package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.testing.SharedData;

class CtcReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheC2c12AnnotationWithItsOneBasedTable() {
        Path folder = SharedData.require("c2c12-F0009/man_track.txt").getParent();
        Map<Integer, CtcTrack> tracks = CtcTrackFile.read(folder.resolve("man_track.txt"));
        Lineage truth = CtcReader.read(folder);

        assertEquals(613, tracks.size());
        assertEquals(85576, truth.cells().size(), "one cell per table row");
        assertEquals(0, truth.cells().firstFrame(), "the table's frames 1..780 are shifted to man_track's 0..779");
        assertEquals(779, truth.cells().lastFrame());
        // 246 binary divisions plus track 170 with three daughters; single-child tracks are continuations
        assertEquals(247, truth.divisions().size());
        CellRef parentOf170 = truth.divisions().stream().filter(d -> truth.successors(d).size() == 3).findFirst().orElseThrow();
        assertEquals(170, parentOf170.id());
        assertEquals(tracks.get(170).end(), parentOf170.frame());
        int singleChildParents = 4;
        assertEquals(613 - singleChildParents, truth.tracks().size(), "a single child continues its parent's track");
        Map<Integer, Long> cellsPerTrack = truth.cells().cells()
                .collect(Collectors.groupingBy(Cell::id, Collectors.counting()));
        for (CtcTrack t : tracks.values()) {
            assertEquals(t.end() - t.start() + 1, cellsPerTrack.get(t.id()), "cells of track " + t.id());
        }
    }

    @Test
    void readsTheEpidermisTableWithRowColumnCentroids() throws IOException {
        Path folder = SharedData.require("epidermis-area1/TRA/man_track.txt").getParent().getParent();
        Lineage truth = CtcReader.readTable(folder.resolve("TRA").resolve(CtcReader.TRACK_FILE), folder.resolve("regionprops.csv"));

        assertEquals(335, truth.divisions().size());
        assertEquals(0, truth.cells().firstFrame());
        assertEquals(14, truth.cells().lastFrame());
        assertEquals(Files.readAllLines(folder.resolve("regionprops.csv")).size() - 1, truth.cells().size());
        // first data row: track 8, centroid-0 (row) 382.587..., centroid-1 (column) 16.479..., frame 0
        Cell c = truth.cells().get(new CellRef(0, 8));
        assertEquals(16.479713603818617, c.x(), 1e-12);
        assertEquals(382.5871121718377, c.y(), 1e-12);
    }

    @Test
    void labelMaskCentroidsAgreeWithTheTable() {
        Path tra = SharedData.require("epidermis-area1/TRA/man_track.txt");
        Lineage fromTable = CtcReader.readTable(tra, tra.getParent().getParent().resolve("regionprops.csv"));
        Lineage fromMasks = CtcReader.read(tra.getParent().getParent());

        assertEquals(fromTable.cells().size(), fromMasks.cells().size());
        double worst = 0;
        for (Cell m : (Iterable<Cell>) fromMasks.cells().cells()::iterator) {
            Cell t = fromTable.cells().get(m.ref());
            worst = Math.max(worst, Math.max(Math.abs(m.x() - t.x()), Math.abs(m.y() - t.y())));
        }
        assertTrue(worst < 1e-6, "largest centroid difference " + worst + " px");
        assertEquals(fromTable.links(), fromMasks.links());
        assertEquals(335, fromMasks.divisions().size());
        // The folder holds both; the masks are read, for the shapes the table lacks.
        assertEquals(LabelMaskReader.SHAPE_FEATURES, fromMasks.cells().get(new CellRef(0, 8)).featureCount());
    }

    @Test
    void findsTheTrackFileInTraAndMasksWithoutATable() throws IOException {
        Path tra = Files.createDirectories(dir.resolve("TRA"));
        Files.writeString(tra.resolve("man_track.txt"), "1 0 1 0\n2 2 2 1\n3 2 2 1\n");
        writeMask(tra.resolve("man_track0.tif"), new int[][] {{1, 1, 0}, {0, 0, 0}});
        writeMask(tra.resolve("man_track1.tif"), new int[][] {{0, 1, 0}, {0, 1, 0}});
        writeMask(tra.resolve("man_track002.tif"), new int[][] {{2, 0, 3}, {2, 0, 0}});

        Lineage l = CtcReader.read(dir);

        assertEquals(4, l.cells().size());
        assertEquals(0.5, l.cells().get(new CellRef(0, 1)).x());
        assertEquals(0.0, l.cells().get(new CellRef(0, 1)).y());
        assertEquals(1.0, l.cells().get(new CellRef(1, 1)).x());
        assertEquals(0.5, l.cells().get(new CellRef(1, 1)).y());
        assertEquals(List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 2), Link.of(1, 1, 2, 3)), l.links());
    }

    @Test
    void rejectsAParentThatIsNotATrack() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 1 0\n2 2 3 7\n");
        table("frame,track,x,y\n0,1,1,1\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("parent 7"), e.problem());
    }

    @Test
    void rejectsARowOfAnUnknownTrack() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 1 0\n");
        table("frame,track,x,y\n0,1,1,1\n1,5,1,1\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertEquals(dir.resolve("regionprops.csv"), e.file());
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("track 5"), e.problem());
    }

    @Test
    void rejectsATrackTwiceInOneFrame() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 1 0\n");
        table("frame,track,x,y\n0,1,1,1\n1,1,2,2\n1,1,3,3\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertEquals(4, e.line());
    }

    @Test
    void rejectsRowsThatNoFrameOffsetFits() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 1 0\n2 5 6 0\n");
        table("frame,track,x,y\n0,1,1,1\n1,1,1,1\n5,2,1,1\n7,2,1,1\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("offset"), e.problem());
    }

    @Test
    void findsAnOffsetOtherThanZeroOrOne() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 1 0\n2 2 2 1\n");
        table("frame,label,centroid-0,centroid-1\n10,1,5,6\n11,1,5,6\n12,2,7,8\n");
        Lineage l = CtcReader.read(dir);
        assertEquals(List.of(Link.of(0, 1, 1, 1), Link.of(1, 1, 2, 2)), l.links());
        assertEquals(8.0, l.cells().get(new CellRef(2, 2)).x(), "centroid-1 is the column");
    }

    @Test
    void rejectsATableWithoutPositions() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 1 0\n");
        table("frame,track,z\n0,1,1\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("no column 'x' or 'centroid-1'"), e.problem());
        assertTrue(e.problem().contains("no column 'y' or 'centroid-0'"), e.problem());
    }

    @Test
    void rejectsMaskLabelsThatAreNotTracksOfTheirFrame() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 0 0\n");
        writeMask(dir.resolve("man_track0.tif"), new int[][] {{1, 0}, {0, 5}});
        BadInputException unknown = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertEquals(dir.resolve("man_track0.tif"), unknown.file());
        assertTrue(unknown.problem().contains("label 5"), unknown.problem());

        writeMask(dir.resolve("man_track0.tif"), new int[][] {{1, 0}, {0, 0}});
        writeMask(dir.resolve("man_track1.tif"), new int[][] {{1, 0}, {0, 0}});
        BadInputException late = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertEquals(dir.resolve("man_track1.tif"), late.file());
        assertTrue(late.problem().contains("outside"), late.problem());
    }

    @Test
    void rejectsAFolderWithoutCells() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 1 0\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CtcReader.read(dir));
        assertTrue(e.problem().contains("label masks"), e.problem());
    }

    @Test
    void rejectsMalformedTrackFiles() throws IOException {
        String[] bad = {"", "1 0 1\n", "1 0 x 0\n", "1 3 2 0\n", "0 0 1 0\n", "1 0 1 0\n1 2 3 0\n", "1 -1 2 0\n", "1 0 1 1\n"};
        for (String text : bad) {
            Path f = dir.resolve("man_track.txt");
            Files.writeString(f, text);
            BadInputException e = assertThrows(BadInputException.class, () -> CtcTrackFile.read(f), text);
            assertEquals(f, e.file());
            assertEquals(text.isEmpty() ? 0 : text.split("\n").length, e.line(), text);
        }
    }

    @Test
    void survivesFuzzedTrackFilesAndTables() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 2 0\n2 3 4 1\n3 3 3 1\n4 1 4 0\n");
        String rows = "frame,track,x,y\n1,1,1,1\n2,1,2,2\n3,1,3,3\n4,2,4,4\n5,2,5,5\n4,3,1,1\n2,4,0,0\n3,4,1,0\n4,4,2,0\n5,4,3,0\n";
        table(rows);
        byte[] trackFile = Files.readAllBytes(dir.resolve("man_track.txt"));
        assertEquals(1, CtcReader.read(dir).divisions().size(), "the valid input reads");
        int rejectedTracks = Fuzz.run(dir.resolve("man_track.txt"), trackFile, 800, 1000, p -> CtcReader.read(dir));
        Files.write(dir.resolve("man_track.txt"), trackFile);
        int rejectedRows = Fuzz.run(dir.resolve("regionprops.csv"), rows.getBytes(), 800, 5000, p -> CtcReader.read(dir));
        assertTrue(rejectedTracks > 200 && rejectedRows > 200, rejectedTracks + " and " + rejectedRows + " rejected");
    }

    @Test
    void survivesFuzzedLabelMasks() throws IOException {
        Files.writeString(dir.resolve("man_track.txt"), "1 0 0 0\n2 0 0 0\n");
        Path mask = dir.resolve("man_track0.tif");
        writeMask(mask, new int[][] {{1, 1, 0, 0}, {0, 0, 2, 2}, {0, 0, 2, 0}});
        assertEquals(2, CtcReader.read(dir).cells().size());
        byte[] valid = Files.readAllBytes(mask);
        int rejected = Fuzz.run(mask, valid, 300, 9000, p -> CtcReader.read(dir));
        assertTrue(rejected > 50, rejected + " rejected");
    }

    private void table(String text) throws IOException {
        Files.writeString(dir.resolve("regionprops.csv"), text);
    }

    static void writeMask(Path file, int[][] labels) throws IOException {
        BufferedImage im = new BufferedImage(labels[0].length, labels.length,
                BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < labels.length; y++) {
            for (int x = 0; x < labels[0].length; x++) {
                im.getRaster().setSample(x, y, 0, labels[y][x]);
            }
        }
        if (!ImageIO.write(im, "tiff", file.toFile())) {
            throw new IOException("no TIFF writer");
        }
    }
}
