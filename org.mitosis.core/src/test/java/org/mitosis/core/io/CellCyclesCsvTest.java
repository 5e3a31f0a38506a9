package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;

class CellCyclesCsvTest {

    /** Track 10 (frames 0-1) divides into 20 (2-4, divides) and 30 (2-5); 20 into 40 and 50 (5). */
    private static Lineage lineage() {
        List<Cell> cells = new ArrayList<>();
        Map<Integer, int[]> spans = Map.of(10, new int[]{0, 1}, 20, new int[]{2, 4}, 30, new int[]{2, 5}, 40,
                new int[]{5, 5}, 50, new int[]{5, 5});
        spans.forEach((id, span) -> {
            for (int f = span[0]; f <= span[1]; f++) {
                cells.add(new Cell(f, id, id, f));
            }
        });
        return Lineage.fromTrackIds(CellSequence.of(cells), Map.of(20, 10, 30, 10, 40, 20, 50, 20));
    }

    @Test
    void writesOneRowPerTrackAndPerFrame(@TempDir Path dir) throws IOException {
        CellCycles cycles = CellCycles.of(lineage(), new CycleSettings(15));
        CellCyclesCsv.write(cycles, "family", dir);
        assertEquals(List.of(
                "track,parent,generation,first_frame,first_cell,last_frame,last_cell,frames,beginning,ending,cycle_frames,cycle_hours",
                "1,0,0,0,10,1,10,2,in_first_frame,divided,,",
                "2,1,1,2,20,4,20,3,born,divided,3,0.75",
                "3,1,1,2,30,5,30,4,born,in_last_frame,,",
                "4,2,2,5,40,5,40,1,born,in_last_frame,,",
                "5,2,2,5,50,5,50,1,born,in_last_frame,,"),
                Files.readAllLines(dir.resolve(CellCyclesCsv.TRACKS)));
        assertEquals(List.of("frame,cells,divisions,births,appeared,vanished", "0,1,0,0,0,0", "1,1,1,0,0,0",
                "2,2,0,2,0,0", "3,2,0,0,0,0", "4,2,1,0,0,0", "5,3,0,2,0,0"),
                Files.readAllLines(dir.resolve(CellCyclesCsv.FRAMES)));
        // One complete cycle of 3 frames (0.75 h at 15 min); the cells per frame 1, 1, 2, 2, 2, 3 grow by
        // ln 3 / 5 frames as fitted: doubling time ln 2 / slope.
        List<String> summary = Files.readAllLines(dir.resolve(CellCyclesCsv.SUMMARY));
        assertEquals("label,tracks,divisions,complete_cycles,born_still_present,appeared,vanished,median_cycle_frames,"
                + "median_cycle_hours,cycle_q1_frames,cycle_q1_hours,cycle_q3_frames,cycle_q3_hours,mean_cycle_frames,"
                + "mean_cycle_hours,doubling_time_frames,doubling_time_hours", summary.get(0));
        String[] row = summary.get(1).split(",", -1);
        assertEquals(List.of("family", "5", "2", "1", "3", "0", "0", "3.0", "0.75", "3.0", "0.75", "3.0", "0.75", "3.0",
                "0.75"), List.of(row).subList(0, 15));
        double doubling = Double.parseDouble(row[15]);
        assertEquals(cycles.summary().doublingTime(), doubling);
        assertEquals(doubling / 4, Double.parseDouble(row[16]), 1e-12);
        assertTrue(doubling > 2 && doubling < 6, "cells grew from 1 to 3 in 5 frames: " + doubling);
        assertEquals(2, summary.size());
    }

    @Test
    void leavesHoursEmptyWhereTheFrameIntervalIsUnknown(@TempDir Path dir) throws IOException {
        CellCyclesCsv.write(CellCycles.of(lineage(), CycleSettings.FRAMES_ONLY), "family", dir.resolve("new"));
        assertEquals("2,1,1,2,20,4,20,3,born,divided,3,", Files.readAllLines(dir.resolve("new").resolve(CellCyclesCsv.TRACKS)).get(2));
        assertTrue(Files.readAllLines(dir.resolve("new").resolve(CellCyclesCsv.SUMMARY)).get(1)
                .startsWith("family,5,2,1,3,0,0,3.0,,3.0,,3.0,,3.0,,"), "times in frames only");
    }
}
