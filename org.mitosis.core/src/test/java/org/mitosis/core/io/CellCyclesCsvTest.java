package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        CellCyclesCsv.write(CellCycles.of(lineage(), new CycleSettings(15)), dir);
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
    }

    @Test
    void leavesHoursEmptyWhereTheFrameIntervalIsUnknown(@TempDir Path dir) throws IOException {
        CellCyclesCsv.write(CellCycles.of(lineage(), CycleSettings.FRAMES_ONLY), dir.resolve("new"));
        assertEquals("2,1,1,2,20,4,20,3,born,divided,3,", Files.readAllLines(dir.resolve("new").resolve(CellCyclesCsv.TRACKS)).get(2));
    }
}
