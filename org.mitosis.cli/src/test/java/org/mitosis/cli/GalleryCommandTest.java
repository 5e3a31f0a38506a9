package org.mitosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CellInputs;

/** {@code mitosis gallery} on a synthetic movie and on the real frames with their annotation. */
class GalleryCommandTest {

    @TempDir
    Path dir;

    private static List<String> pngs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void drawsEveryDivisionOfASyntheticMovieAndRefusesImagesTheCellsDoNotFit() throws Exception {
        assertEquals(0, CommandLineTest.run("synth", "--frames", "12", "--cells", "20", "--seed", "3", "--out", dir.toString()).code());
        Path truth = dir.resolve("truth");
        int divisions = CellInputs.read(truth).divisions().size();
        assumeTrue(divisions > 0, "seed 3 makes divisions");
        CommandLineTest.Run gallery = CommandLineTest.run("gallery", "--result", truth.toString(), "--images",
                dir.resolve("images").toString(), "--out", dir.resolve("gallery").toString());
        assertEquals(0, gallery.code(), gallery.err());
        assertEquals(divisions, pngs(dir.resolve("gallery")).size());
        assertTrue(Files.readString(dir.resolve("gallery").resolve("index.html")).contains("<h1>" + divisions + " division"));

        Path oneFrame = Files.createDirectory(dir.resolve("one"));
        Files.copy(dir.resolve("images").resolve("0000.png"), oneFrame.resolve("0000.png"));
        CommandLineTest.Run few = CommandLineTest.run("gallery", "--result", truth.toString(), "--images", oneFrame.toString(),
                "--out", dir.resolve("g2").toString());
        assertEquals(2, few.code(), "a one-frame movie for a twelve-frame lineage");
        assertTrue(few.err().contains("1 frames (0-0)"), few.err());
        assertEquals(2, CommandLineTest.run("gallery", "--result", truth.toString(), "--images", dir.resolve("images").toString(),
                "--zoom", "0", "--out", dir.resolve("g3").toString()).code(), "zoom out of range");
    }

    /** The ten real frames' four annotated divisions, one strip each, named after the mother. */
    @Test
    void drawsTheAnnotatedDivisionsOfTheRealFrames() throws Exception {
        Path frames = Path.of(System.getProperty("mitosis.shared.data", "../shared/data")).resolve("c2c12-F0009-frames700-709");
        assumeTrue(Files.exists(frames), "real data absent, test skipped: " + frames.toAbsolutePath().normalize());
        Lineage truth = CellInputs.read(frames.resolve("annotations.txt"));
        CommandLineTest.Run gallery = CommandLineTest.run("gallery", "--result", frames.resolve("annotations.txt").toString(),
                "--images", frames.toString(), "--out", dir.toString());
        assertEquals(0, gallery.code(), gallery.err());
        assertEquals(4, truth.divisions().size());
        assertEquals(truth.divisions().stream().map(m -> String.format("frame%04d-cell%d.png", m.frame(), m.id())).sorted().toList(),
                pngs(dir));

        // The truth against itself: every division found, none false or missed.
        Path checked = dir.resolve("checked");
        CommandLineTest.Run against = CommandLineTest.run("gallery", "--result", frames.resolve("annotations.txt").toString(),
                "--truth", frames.resolve("annotations.txt").toString(), "--images", frames.toString(), "--out",
                checked.toString());
        assertEquals(0, against.code(), against.err());
        assertTrue(against.out().contains("drew 4 divisions (4 found)"), against.out());
        assertTrue(pngs(checked).stream().allMatch(n -> n.startsWith("found-frame")), pngs(checked).toString());
    }

    @Test
    void runWithoutModelsOrAGoodCellScaleExitsWithTwo() throws Exception {
        assertEquals(0, CommandLineTest.run("synth", "--frames", "3", "--cells", "5", "--seed", "3", "--out", dir.toString()).code());
        String images = dir.resolve("images").toString();
        assumeTrue(System.getProperty(RunCommand.MODELS_PROPERTY) == null, "the launcher's models folder is not set in tests");
        CommandLineTest.Run noModels = CommandLineTest.run("run", "--images", images, "--out", dir.resolve("r").toString());
        assertEquals(2, noModels.code());
        assertTrue(noModels.err().contains("no shipped model c2c12-unet.zip: give --detector and --tracker"), noModels.err());
        Path models = Path.of(System.getProperty("mitosis.root", "..")).resolve("models");
        CommandLineTest.Run badScale = CommandLineTest.run("run", "--images", images, "--detector",
                models.resolve("c2c12-unet.zip").toString(), "--tracker", models.resolve("c2c12-lap.zip").toString(),
                "--cell-scale", "big", "--out", dir.resolve("r").toString());
        assertEquals(2, badScale.code());
        assertTrue(badScale.err().contains("--cell-scale must be a number > 0 or 'auto', got 'big'"), badScale.err());
    }
}
