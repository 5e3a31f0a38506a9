package org.mitosis.core.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.testing.F0009;
import org.mitosis.core.testing.SharedData;

class CellCyclesTest {

    /**
     * Frames 0-8. Track 1 (frames 0-2) divides into 2 (3-6) and 3 (3-4, vanishes); 2 divides into 4 and
     * 5 (7-8); 6 appears in frame 2 and lasts to the end. Cells are named by their track id.
     */
    private static Lineage family() {
        List<Cell> cells = new ArrayList<>();
        Map<Integer, int[]> spans = Map.of(1, new int[]{0, 2}, 2, new int[]{3, 6}, 3, new int[]{3, 4}, 4,
                new int[]{7, 8}, 5, new int[]{7, 8}, 6, new int[]{2, 8});
        spans.forEach((id, span) -> {
            for (int f = span[0]; f <= span[1]; f++) {
                cells.add(new Cell(f, id, 10 * id, f));
            }
        });
        return Lineage.fromTrackIds(CellSequence.of(cells), Map.of(2, 1, 3, 1, 4, 2, 5, 2));
    }

    @Test
    void tracksKnowTheirGenerationBeginningEndingAndCycle() {
        CellCycles cycles = CellCycles.of(family(), CycleSettings.FRAMES_ONLY);
        List<TrackCycle> t = cycles.tracks();
        assertEquals(6, t.size());
        // Lineage.tracks() orders by first cell: 1 (frame 0), 6 (frame 2), 2 and 3 (frame 3), 4 and 5 (frame 7).
        TrackCycle root = t.get(0);
        TrackCycle appeared = t.get(1);
        TrackCycle mother = t.get(2);
        TrackCycle lost = t.get(3);
        TrackCycle daughter = t.get(4);
        assertEquals(List.of(0, 0, 1, 1, 2, 2), t.stream().map(TrackCycle::generation).toList());
        assertEquals(TrackCycle.Beginning.IN_FIRST_FRAME, root.beginning());
        assertEquals(TrackCycle.Ending.DIVIDED, root.ending());
        assertEquals(TrackCycle.Beginning.APPEARED, appeared.beginning());
        assertEquals(TrackCycle.Ending.IN_LAST_FRAME, appeared.ending());
        assertEquals(TrackCycle.Beginning.BORN, mother.beginning());
        assertEquals(TrackCycle.Ending.DIVIDED, mother.ending());
        assertEquals(TrackCycle.Ending.VANISHED, lost.ending());
        assertEquals(TrackCycle.Ending.IN_LAST_FRAME, daughter.ending());
        assertEquals(mother.track().id(), daughter.track().parent());
        // Born in frame 3, divided in frame 6: four frames from its mother's division to its own.
        assertEquals(OptionalInt.of(4), mother.cycleFrames());
        assertTrue(mother.complete());
        assertFalse(root.complete(), "divided, but was not seen being born");
        assertEquals(OptionalInt.empty(), lost.cycleFrames());
    }

    @Test
    void framesCountEveryEventOnce() {
        List<FrameCounts> frames = CellCycles.of(family(), CycleSettings.FRAMES_ONLY).frames();
        assertEquals(9, frames.size());
        assertEquals(new FrameCounts(2, 2, 1, 0, 1, 0), frames.get(2));
        assertEquals(new FrameCounts(3, 3, 0, 2, 0, 0), frames.get(3));
        assertEquals(new FrameCounts(4, 3, 0, 0, 0, 1), frames.get(4));
        assertEquals(new FrameCounts(6, 2, 1, 0, 0, 0), frames.get(6));
        assertEquals(new FrameCounts(7, 3, 0, 2, 0, 0), frames.get(7));
        assertEquals(new FrameCounts(8, 3, 0, 0, 0, 0), frames.get(8), "nothing vanishes in the last frame");
    }

    @Test
    void summaryGivesCountsAndTimesInHoursWhereTheIntervalIsKnown() {
        CellCycles cycles = CellCycles.of(family(), new CycleSettings(30));
        CycleSummary s = cycles.summary();
        assertEquals(6, s.tracks());
        assertEquals(2, s.divisions());
        assertEquals(1, s.completeCycles());
        assertEquals(2, s.bornStillPresent());
        assertEquals(1, s.appeared());
        assertEquals(1, s.vanished());
        assertEquals(4, s.medianCycle());
        assertEquals(4, s.meanCycle());
        assertEquals(2.0, cycles.settings().hours(s.medianCycle()), 1e-12);
        String table = cycles.toTable();
        assertTrue(table.contains("median 4.0 frames (2.00 h)"), table);
        assertTrue(CellCycles.of(family(), CycleSettings.FRAMES_ONLY).toTable().contains("median 4.0 frames,"));
    }

    @Test
    void aLineageWithoutCompleteCyclesHasNoCycleStatistics() {
        Lineage still = Lineage.unlinked(CellSequence.of(List.of(new Cell(0, 1, 0, 0), new Cell(1, 2, 0, 0))));
        CellCycles cycles = CellCycles.of(still, CycleSettings.FRAMES_ONLY);
        assertTrue(Double.isNaN(cycles.summary().medianCycle()));
        assertTrue(Double.isNaN(cycles.summary().doublingTime()), "one cell in each frame does not grow");
        assertTrue(cycles.toTable().contains("no complete cycle"));
        assertEquals(0, CellCycles.of(Lineage.unlinked(CellSequence.of(List.of())), CycleSettings.FRAMES_ONLY)
                .tracks().size());
    }

    @Test
    void doublingTimeComesFromTheGrowthOfTheCellCount() {
        List<FrameCounts> doublingEveryFrame = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            doublingEveryFrame.add(new FrameCounts(f, 1 << f, 0, 0, 0, 0));
        }
        assertEquals(1.0, CellCycles.doublingTime(doublingEveryFrame), 1e-12);
        List<FrameCounts> quadrupling = doublingEveryFrame.stream()
                .map(c -> new FrameCounts(c.frame() * 4, c.cells(), 0, 0, 0, 0)).toList();
        assertEquals(4.0, CellCycles.doublingTime(quadrupling), 1e-12, "frames four apart");
    }

    @Test
    void badSettingsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CellCycles.of(family(), new CycleSettings(-5)));
        assertTrue(e.getMessage().contains("minutes between frames"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CycleSettings(Double.NaN).validate());
    }

    /**
     * The real annotation: its complete cycles are the tracks whose parent divides and which divide
     * themselves, read here straight from {@code man_track.txt} ({@code id start end parent}).
     */
    @Test
    void realF0009CyclesAreTheAnnotatedOnes() throws IOException {
        Lineage truth = F0009.truth();
        List<int[]> rows = Files.readAllLines(SharedData.require("c2c12-F0009/man_track.txt")).stream()
                .filter(l -> !l.isBlank()).map(l -> Arrays.stream(l.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray())
                .toList();
        Map<Integer, Long> children = rows.stream().filter(r -> r[3] != 0)
                .collect(Collectors.groupingBy(r -> r[3], Collectors.counting()));
        List<Integer> annotated = rows.stream()
                .filter(r -> children.getOrDefault(r[3], 0L) >= 2 && children.getOrDefault(r[0], 0L) >= 2)
                .map(r -> r[2] - r[1] + 1).sorted().toList();

        CellCycles cycles = CellCycles.of(truth, new CycleSettings(5));
        List<Integer> measured = cycles.tracks().stream().map(TrackCycle::cycleFrames).filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt).sorted().toList();
        assertEquals(annotated, measured);
        CycleSummary s = cycles.summary();
        assertEquals(annotated.size(), s.completeCycles());
        assertEquals(annotated.get(annotated.size() / 2), s.medianCycle(), 0.5);
        assertEquals(truth.divisions().size(), s.divisions());
        assertEquals(truth.cells().size(), cycles.frames().stream().mapToInt(FrameCounts::cells).sum());
        assertEquals(truth.divisions().size(), cycles.frames().stream().mapToInt(FrameCounts::divisions).sum());
        // C2C12 myoblasts divide about every 12-20 h; the frames are 5 min apart.
        double hours = cycles.settings().hours(s.medianCycle());
        assertTrue(hours > 12 && hours < 20, cycles.toTable());
    }
}
