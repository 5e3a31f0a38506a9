package org.mitosis.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.testing.SharedData;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;

/** Real F0009 cells with some cells missed two frames in a row, linked by the shipped LAP. */
class TrackOperationGapsTest {

    @Test
    void cellsMissedInTwoFramesInARowKeepTheirTracks() throws IOException {
        Lineage truth = ReadCellsOperation.read(SharedData.require("c2c12-F0009"), 600, 779);
        TrackingModel lap = ModelFiles.readTracking(Path.of(System.getProperty("mitosis.root", ".."))
                .resolve("models/c2c12-lap.zip"));
        // Every tenth annotated track present in frames 650 and 651 is missed in both.
        Set<Integer> missedTracks = truth.cells().cellsIn(650).stream().map(Cell::id)
                .filter(id -> id % 10 == 0 && truth.cells().find(new CellRef(651, id)).isPresent()
                        && truth.cells().find(new CellRef(652, id)).isPresent()
                        && truth.cells().find(new CellRef(649, id)).isPresent())
                .collect(Collectors.toSet());
        assertTrue(missedTracks.size() >= 10, "tracks to miss: " + missedTracks);
        List<Cell> kept = truth.cells().cells()
                .filter(c -> !(missedTracks.contains(c.id()) && (c.frame() == 650 || c.frame() == 651))).toList();
        CellSequence gappy = CellSequence.of(kept, 600, 779);

        Lineage oneFrame = new TrackOperation(lap, 1, new TrackSettings(false, 1)).run(gappy, ProgressMonitor.NONE);
        Lineage twoFrames = new TrackOperation(lap).run(gappy, ProgressMonitor.NONE);
        assertEquals(0, bridged(truth, missedTracks, oneFrame), "the model closes one-frame gaps only");
        assertEquals(missedTracks.size(), bridged(truth, missedTracks, twoFrames), "each gap closed");
        assertTrue(oneFrame.divisions().containsAll(twoFrames.divisions()), "no division added");
        assertTrue(twoFrames.tracks().size() <= oneFrame.tracks().size() - missedTracks.size());
    }

    /** How many of the tracks are linked from their cell at frame 649 straight to their cell at 652 in {@code result}. */
    private static int bridged(Lineage truth, Set<Integer> tracks, Lineage result) {
        int n = 0;
        for (int id : tracks) {
            CellRef before = at(result, truth.cells().get(new CellRef(649, id)));
            CellRef after = at(result, truth.cells().get(new CellRef(652, id)));
            if (result.successors(before).contains(after)) {
                n++;
            }
        }
        return n;
    }

    /** The result's cell at {@code cell}'s frame and position (the operation renumbers cells). */
    private static CellRef at(Lineage result, Cell cell) {
        return result.cells().cellsIn(cell.frame()).stream().filter(c -> c.x() == cell.x() && c.y() == cell.y())
                .findFirst().orElseThrow().ref();
    }
}
