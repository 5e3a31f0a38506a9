package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.link.NearestNeighbourLinker;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * A tracker's result in the Cell Tracking Challenge's format ({@code res_track.txt} and
 * {@code mask<t>.tif}), as other trackers export it, reads as the lineage it was written from.
 */
class CtcResultTest {

    @TempDir
    Path dir;

    /**
     * The real epidermis masks linked frame to frame, written as a challenge result alone (no
     * cells.csv or links.csv), read back: the same cells, links and divisions, by position.
     */
    @Test
    void readsAResultFolderOfTheChallengeAsTheLineageItHolds() throws IOException {
        Path masks = LabelMasksTest.epidermisSegmentation(dir, 10, 14);
        Lineage result = new NearestNeighbourLinker(15).link(LabelMasks.read(masks).renumbered(), ProgressMonitor.NONE);
        Path res = Files.createDirectories(dir.resolve("01_RES"));
        TrackedMasks.write(result, LabelMasks.open(masks), res, ProgressMonitor.NONE);
        CtcTrackFile.write(result, res.resolve(CtcReader.RESULT_TRACK_FILE));

        Lineage read = CellInputs.read(res);

        assertEquals(result.cells().size(), read.cells().size());
        assertEquals(links(result), links(read));
        assertEquals(result.divisions().size(), read.divisions().size());
        assertTrue(result.divisions().size() > 10, "divisions: " + result.divisions().size());
    }

    @Test
    void namesWhatAResultFolderLacks() throws IOException {
        Path res = Files.createDirectories(dir.resolve("res"));
        Files.writeString(res.resolve(CtcReader.RESULT_TRACK_FILE), "1 0 0 0\n");
        assertEquals("neither regionprops.csv nor label masks mask<t>.tif found beside res_track.txt",
                assertThrows(BadInputException.class, () -> CellInputs.read(res)).problem());

        CtcReaderTest.writeMask(res.resolve("mask000.tif"), new int[][] {{1, 0, 9}});
        BadInputException e = assertThrows(BadInputException.class, () -> CellInputs.read(res));
        assertEquals(res.resolve("mask000.tif"), e.file());
        assertTrue(e.problem().startsWith("label 9 in frame 0 is not a track of "), e.problem());
    }

    /** Each link as its two cells' frames and positions, which any reading of the same result shares. */
    private static Set<String> links(Lineage lineage) {
        return lineage.links().stream().map(l -> at(lineage.cells().get(l.source())) + " -> " + at(lineage.cells().get(l.target())))
                .collect(Collectors.toSet());
    }

    private static String at(Cell c) {
        return String.format(Locale.ROOT, "%d:%.6f,%.6f", c.frame(), c.x(), c.y());
    }
}
