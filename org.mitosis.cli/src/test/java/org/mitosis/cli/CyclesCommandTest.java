package org.mitosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CellInputs;

/** {@code mitosis cycles} on a synthetic annotation and on the real F0009 one. */
class CyclesCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesATrackRowPerTrackAndAFrameRowPerFrame() throws Exception {
        assertEquals(0, CommandLineTest.run("synth", "--frames", "30", "--cells", "12", "--seed", "3", "--out", dir.toString()).code());
        Path truth = dir.resolve("truth");
        Lineage lineage = CellInputs.read(truth);
        CommandLineTest.Run cycles = CommandLineTest.run("cycles", "--result", truth.toString(), "--frame-interval", "10",
                "--out", dir.resolve("cycles").toString());
        assertEquals(0, cycles.code(), cycles.err());
        assertTrue(cycles.out().contains(lineage.tracks().size() + " tracks over 30 frames, " + lineage.divisions().size()
                + " divisions"), cycles.out());
        List<String> tracks = Files.readAllLines(dir.resolve("cycles").resolve("tracks.csv"));
        assertEquals(lineage.tracks().size() + 1, tracks.size());
        assertTrue(tracks.get(0).startsWith("track,parent,generation,"), tracks.get(0));
        assertEquals(31, Files.readAllLines(dir.resolve("cycles").resolve("frames.csv")).size());
    }

    @Test
    void refusesANegativeFrameInterval() throws Exception {
        assertEquals(0, CommandLineTest.run("synth", "--frames", "3", "--cells", "5", "--seed", "3", "--out", dir.toString()).code());
        CommandLineTest.Run bad = CommandLineTest.run("cycles", "--result", dir.resolve("truth").toString(),
                "--frame-interval", "-5");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("minutes between frames"), bad.err());
    }

    /** F0009, 5 min between frames: 190 cells seen from birth to division, median 185 frames; all found against itself. */
    @Test
    void realF0009() throws Exception {
        Path f0009 = Path.of(System.getProperty("mitosis.shared.data", "../shared/data")).resolve("c2c12-F0009");
        assumeTrue(Files.exists(f0009), "real data absent, test skipped: " + f0009.toAbsolutePath().normalize());
        CommandLineTest.Run cycles = CommandLineTest.run("cycles", "--result", f0009.toString(), "--frame-interval", "5",
                "--out", dir.toString());
        assertEquals(0, cycles.code(), cycles.err());
        assertTrue(cycles.out().contains("190 complete cell cycles"), cycles.out());
        assertTrue(cycles.out().contains("median 185.0 frames (15.42 h)"), cycles.out());
        // The summary row, labelled with the input's name: 190 complete cycles, median 185 frames (15.42 h).
        String summary = Files.readAllLines(dir.resolve("summary.csv")).get(1);
        assertTrue(summary.startsWith("c2c12-F0009,"), summary);
        String[] row = summary.split(",", -1);
        assertEquals("190", row[3], summary);
        assertEquals(185.0, Double.parseDouble(row[7]), summary);
        assertEquals(185.0 * 5 / 60, Double.parseDouble(row[8]), 1e-9, summary);

        CommandLineTest.Run self = CommandLineTest.run("cycles", "--result", f0009.toString(), "--truth", f0009.toString());
        assertEquals(0, self.code(), self.err());
        assertTrue(self.out().contains("190 found, 0 false, 0 missed"), self.out());
    }
}
