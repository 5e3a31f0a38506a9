package org.mitosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.ReadCellsOperation;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;
import org.mitosis.core.train.TrainingCells;

/**
 * The ready-made models in the repository's {@code models/} folder: each reads as the method its
 * name says, and each model, run by {@code track} or {@code detect} on the real data it was trained
 * on, scores as the README says (those runs skip where the shared data is absent).
 */
class ShippedModelsTest {

    /** File name to method; the folder holds exactly these. */
    private static final Map<String, String> MODELS = Map.of("c2c12-gnn-dol.zip", "gnn-dol", "c2c12-lap.zip", "lap",
            "c2c12-gnn-dol-exact.zip", "gnn-dol", "epidermis-gnn-dol.zip", "gnn-dol", "epidermis-gnn-dol-positions.zip", "gnn-dol",
            "epidermis-lap.zip", "lap",
            "c2c12-unet.zip", "unet-detector");

    @TempDir
    Path dir;

    private static Path models() {
        return Path.of(System.getProperty("mitosis.root", "..")).resolve("models");
    }

    private static Path data(String relative) {
        Path p = Path.of(System.getProperty("mitosis.shared.data", "../shared/data")).resolve(relative);
        assumeTrue(Files.exists(p), "real data absent, test skipped: " + p.toAbsolutePath().normalize());
        return p;
    }

    @Test
    void everyModelReadsAsItsNameSays() throws Exception {
        try (Stream<Path> files = Files.list(models())) {
            assertEquals(MODELS.keySet(), files.filter(f -> f.toString().endsWith(".zip"))
                    .map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
        for (Map.Entry<String, String> m : MODELS.entrySet()) {
            assertEquals(m.getValue(), ModelFiles.read(models().resolve(m.getKey())).method(), m.getKey());
        }
    }

    /**
     * As models/README.md's commands made them: two C2C12 trackers for a detector's cells, one for exact
     * positions, the epidermis ones from masks.
     */
    @Test
    void everyTrackerSaysWhichCellsItLearnedFrom() throws Exception {
        TrainingCells perturbed = TrainingCells.perturbed(new DetectionNoise.Settings(2, 0.05, 0.02, 7));
        for (String name : List.of("c2c12-gnn-dol.zip", "c2c12-lap.zip")) {
            TrackingModel model = ModelFiles.readTracking(models().resolve(name));
            assertEquals(perturbed, model.trainingCells().orElseThrow(), name);
            assertEquals(7, model.seed(), name);
        }
        for (String name : List.of("c2c12-gnn-dol-exact.zip", "epidermis-gnn-dol.zip", "epidermis-gnn-dol-positions.zip",
                "epidermis-lap.zip")) {
            assertEquals(TrainingCells.ANNOTATED, ModelFiles.readTracking(models().resolve(name)).trainingCells().orElseThrow(),
                    name);
        }
    }

    /**
     * On their own training frames, 0.975 each when shipped (0.984 for the GNN-DOL trained on exact
     * positions): a check that the files still work, not evidence of accuracy (models/README.md).
     */
    @Test
    void theC2c12ModelsTrackF0009AsDocumented() throws Exception {
        Path cells = data("c2c12-F0009");
        double dol = divisionF1("c2c12-gnn-dol.zip", cells, null);
        double lap = divisionF1("c2c12-lap.zip", cells, null);
        assertTrue(dol >= 0.97 && lap >= 0.97, "GNN-DOL " + dol + ", LAP " + lap);
        double exact = divisionF1("c2c12-gnn-dol-exact.zip", cells, null);
        assertTrue(exact >= 0.98, "GNN-DOL for exact positions " + exact);
    }

    /**
     * Trained on frames 0-9, on the held-out frames 10-14: GNN-DOL 0.742 and the LAP 0.639 when
     * shipped (models/README.md). The movie's label masks give GNN-DOL the two shape features it was
     * trained with.
     */
    @Test
    void theEpidermisGnnDolModelBeatsItsLapOnHeldOutFrames() throws Exception {
        Path cells = data("epidermis-area1");
        double dol = divisionF1("epidermis-gnn-dol.zip", cells, "10-14");
        double lap = divisionF1("epidermis-lap.zip", cells, "10-14");
        assertTrue(dol >= 0.70 && dol > lap + 0.05, "GNN-DOL " + dol + ", LAP " + lap);
    }

    /**
     * A segmentation's label masks (here the annotation's own, as a plain folder without its track
     * file) are tracked as the annotated folder is, and come back painted with the tracks as a Cell
     * Tracking Challenge result: {@code mask010.tif} to {@code mask014.tif} beside {@code res_track.txt}.
     */
    @Test
    void theEpidermisGnnDolModelTracksASegmentationsLabelMasks() throws Exception {
        Path folder = data("epidermis-area1");
        Path masks = Files.createDirectories(dir.resolve("segmentation"));
        for (int t = 0; t < 15; t++) {
            Path mask = folder.resolve("TRA/man_track" + t + ".tif");
            Files.createSymbolicLink(masks.resolve(mask.getFileName()), mask.toAbsolutePath());
        }
        Path out = dir.resolve("from-masks");
        CommandLineTest.Run tracked = CommandLineTest.run("track", "--model", models().resolve("epidermis-gnn-dol.zip").toString(),
                "--cells", masks.toString(), "--frames", "10-14", "--out", out.toString());
        assertEquals(0, tracked.code(), tracked.err());
        assertTrue(tracked.out().contains("wrote 5 tracked label masks, mask010.tif to mask014.tif"), tracked.out());
        CommandLineTest.Run eval = CommandLineTest.run("evaluate", "--truth", folder.toString(), "--result", out.toString(),
                "--frames", "10-14", "--json");
        double fromMasks = new ObjectMapper().readTree(eval.out()).path("division").path("f1").asDouble();
        assertEquals(divisionF1("epidermis-gnn-dol.zip", folder, "10-14"), fromMasks, 0);
        assertEquals(Files.readString(dir.resolve("epidermis-gnn-dol.zip").resolve("res_track.txt")),
                Files.readString(out.resolve("res_track.txt")));
    }

    /**
     * For epidermis cells that come as positions only (a CSV cell table, no label masks): trained on
     * frames 0-9 without the masks' shape features, on the held-out frames 10-14 GNN-DOL scored
     * 0.732 when shipped (the LAP 0.639); the shape model refuses such cells, saying why.
     */
    @Test
    void theEpidermisPositionsModelLinksCellsWithoutShapeFeatures() throws Exception {
        Path folder = data("epidermis-area1");
        Path positions = dir.resolve("positions.csv");
        assertEquals(0, CommandLineTest.run("perturb", "--cells", folder.toString(), "--sigma", "0", "--miss", "0",
                "--spurious", "0", "--out", positions.toString()).code());
        Path out = dir.resolve("positions-result");
        CommandLineTest.Run tracked = CommandLineTest.run("track", "--model",
                models().resolve("epidermis-gnn-dol-positions.zip").toString(), "--cells", positions.toString(), "--frames",
                "10-14", "--out", out.toString());
        assertEquals(0, tracked.code(), tracked.err());
        CommandLineTest.Run eval = CommandLineTest.run("evaluate", "--truth", folder.toString(), "--result", out.toString(),
                "--frames", "10-14", "--json");
        double dol = new ObjectMapper().readTree(eval.out()).path("division").path("f1").asDouble();
        double lap = divisionF1("epidermis-lap.zip", folder, "10-14");
        assertTrue(dol >= 0.70 && dol > lap + 0.05, "GNN-DOL on positions " + dol + ", LAP " + lap);

        CommandLineTest.Run refused = CommandLineTest.run("track", "--model", models().resolve("epidermis-gnn-dol.zip").toString(),
                "--cells", positions.toString(), "--out", dir.resolve("refused").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("trained on cells with 2 features of their own"), refused.err());
    }

    /**
     * The detector on real frames 7-9 of the ten (among its training frames, but only to choose the
     * epoch): 657 of 691 cells found, 22 spurious, F1 0.959, when the U-Net went channels last
     * (byte-identical cells to channels first).
     */
    @Test
    void theDetectorFindsTheCellsOfTheRealFramesAsDocumented() throws Exception {
        Path frames = data("c2c12-F0009-frames700-709");
        Path cells = dir.resolve("cells.csv");
        CommandLineTest.Run detected = CommandLineTest.run("detect", "--model", models().resolve("c2c12-unet.zip").toString(),
                "--images", frames.toString(), "--frames", "7-9", "--out", cells.toString());
        assertEquals(0, detected.code(), detected.err());
        CommandLineTest.Run eval = CommandLineTest.run("evaluate", "--truth", frames.resolve("annotations.txt").toString(),
                "--result", cells.toString(), "--frames", "7-9", "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode detection = new ObjectMapper().readTree(eval.out()).path("detection");
        assertTrue(detection.path("f1").asDouble() >= 0.95, detection.toString());

        Path stack = multiPageTiff(frames, dir.resolve("movie.tif"));
        Path fromStack = dir.resolve("stack-cells.csv");
        CommandLineTest.Run stacked = CommandLineTest.run("detect", "--model", models().resolve("c2c12-unet.zip").toString(),
                "--images", stack.toString(), "--frames", "7-9", "--out", fromStack.toString());
        assertEquals(0, stacked.code(), stacked.err());
        assertEquals(Files.readAllLines(cells), Files.readAllLines(fromStack));

        CommandLineTest.Run badScale = CommandLineTest.run("detect", "--model", models().resolve("c2c12-unet.zip").toString(),
                "--images", stack.toString(), "--cell-scale", "0", "--out", dir.resolve("none.csv").toString());
        assertEquals(2, badScale.code());
        assertTrue(badScale.err().contains("cell scale must be finite and > 0"), badScale.err());
        CommandLineTest.Run notANumber = CommandLineTest.run("detect", "--model", models().resolve("c2c12-unet.zip").toString(),
                "--images", stack.toString(), "--cell-scale", "big", "--out", dir.resolve("none.csv").toString());
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().contains("--cell-scale must be a number > 0 or 'auto', got 'big'"), notANumber.err());

        CommandLineTest.Run auto = CommandLineTest.run("detect", "--model", models().resolve("c2c12-unet.zip").toString(),
                "--images", stack.toString(), "--frames", "7-9", "--cell-scale", "auto", "--out",
                dir.resolve("auto.csv").toString());
        assertEquals(0, auto.code(), auto.err());
        double estimated = Double.parseDouble(auto.out().replaceAll("(?s).*cell scale ([0-9.]+) \\(estimated.*", "$1"));
        assertTrue(estimated > 1 / 1.19 && estimated < 1.19, auto.out());
    }

    /**
     * {@code run} with the shipped models (found as the launcher tells it) gives exactly what
     * {@code detect} then {@code track} give, plus the gallery, and the cell cycles as {@code cycles} measures them.
     */
    @Test
    void runIsDetectThenTrackWithTheShippedModelsAndDrawsTheDivisions() throws Exception {
        Path frames = data("c2c12-F0009-frames700-709");
        Path cells = dir.resolve("cells.csv");
        assertEquals(0, CommandLineTest.run("detect", "--model", models().resolve("c2c12-unet.zip").toString(), "--images",
                frames.toString(), "--frames", "2-6", "--out", cells.toString()).code());
        Path tracked = dir.resolve("tracked");
        assertEquals(0, CommandLineTest.run("track", "--model", models().resolve("c2c12-gnn-dol.zip").toString(), "--cells",
                cells.toString(), "--out", tracked.toString()).code());
        Path out = dir.resolve("run");
        String before = System.getProperty(RunCommand.MODELS_PROPERTY);
        System.setProperty(RunCommand.MODELS_PROPERTY, models().toString());
        CommandLineTest.Run run;
        try {
            run = CommandLineTest.run("run", "--images", frames.toString(), "--frames", "2-6", "--frame-interval", "5",
                    "--out", out.toString());
        } finally {
            if (before == null) {
                System.clearProperty(RunCommand.MODELS_PROPERTY);
            } else {
                System.setProperty(RunCommand.MODELS_PROPERTY, before);
            }
        }
        assertEquals(0, run.code(), run.err());
        assertEquals(Files.readAllLines(cells), Files.readAllLines(out.resolve("detections.csv")));
        for (String file : List.of("cells.csv", "links.csv", "divisions.csv")) {
            assertEquals(Files.readAllLines(tracked.resolve(file)), Files.readAllLines(out.resolve(file)), file);
        }
        int divisions = Files.readAllLines(out.resolve("divisions.csv")).size() - 1;
        assertTrue(divisions > 0, "frames 2-6 hold annotated divisions");
        assertTrue(Files.readString(out.resolve("gallery").resolve("index.html")).contains("division"));
        assertTrue(run.out().contains("cell scale 1.00;"), run.out());
        Path cycles = dir.resolve("cycles");
        assertEquals(0, CommandLineTest.run("cycles", "--result", tracked.toString(), "--frame-interval", "5", "--out",
                cycles.toString()).code());
        for (String file : List.of("tracks.csv", "frames.csv")) {
            assertEquals(Files.readAllLines(cycles.resolve(file)), Files.readAllLines(out.resolve("cycles").resolve(file)), file);
        }
        assertTrue(run.out().contains("complete cell cycles"), "the cycle summary is printed: " + run.out());
    }

    /**
     * {@code run} on several movies: a folder per movie, named after it, and their cell cycles side by side. The
     * real frames as a folder and as a multi-page TIFF are one movie, so their rows agree but for the name.
     */
    @Test
    void runOnSeveralMoviesComparesTheirCellCycles() throws Exception {
        Path frames = data("c2c12-F0009-frames700-709");
        Path stack = multiPageTiff(frames, dir.resolve("stack.tif"));
        Path out = dir.resolve("movies");
        CommandLineTest.Run run = CommandLineTest.run("run", "--images", frames.toString(), stack.toString(), "--frames",
                "2-6", "--detector", models().resolve("c2c12-unet.zip").toString(), "--tracker",
                models().resolve("c2c12-gnn-dol.zip").toString(), "--frame-interval", "5", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        for (String movie : List.of("c2c12-F0009-frames700-709", "stack")) {
            assertTrue(Files.isRegularFile(out.resolve(movie).resolve("divisions.csv")), movie);
            assertTrue(Files.isRegularFile(out.resolve(movie).resolve("gallery").resolve("index.html")), movie);
        }
        assertEquals(Files.readAllLines(out.resolve("c2c12-F0009-frames700-709").resolve("links.csv")),
                Files.readAllLines(out.resolve("stack").resolve("links.csv")));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(3, summary.size(), "a header and a row per movie");
        assertTrue(summary.get(1).startsWith("c2c12-F0009-frames700-709,"), summary.get(1));
        assertEquals(summary.get(1).substring(summary.get(1).indexOf(',')), summary.get(2).substring("stack".length()));
        assertEquals(Files.readAllLines(out.resolve("stack").resolve("cycles").resolve("summary.csv")).get(1), summary.get(2),
                "each movie's own summary is its row");
        assertTrue(run.out().contains("movie 2 of 2"), run.out());
    }

    /**
     * {@code run} on a movie segmented elsewhere: the real frames with label masks drawn from their
     * annotation (a disc of radius 11 px at each annotated cell: synthetic masks on real images). The
     * cells come from the masks, the gallery from the frames, and the masks come back painted with the
     * tracks; masks that do not match the movie's frames are refused.
     */
    @Test
    void runTracksAMovieFromItsLabelMasks() throws Exception {
        Path frames = data("c2c12-F0009-frames700-709");
        Path annotation = frames.resolve("annotations.txt");
        Path masks = Files.createDirectories(dir.resolve("masks"));
        Lineage truth = ReadCellsOperation.read(annotation);
        for (int f = 0; f < 10; f++) {
            BufferedImage mask = new BufferedImage(1392, 1040, BufferedImage.TYPE_USHORT_GRAY);
            int label = 1;
            for (Cell c : truth.cells().cellsIn(f)) {
                paintDisc(mask, c.x(), c.y(), 11, label++);
            }
            ImageIO.write(mask, "png", masks.resolve("frame" + f + "_masks.png").toFile());
        }
        Path out = dir.resolve("segmented");
        CommandLineTest.Run run = CommandLineTest.run("run", "--images", frames.toString(), "--masks", masks.toString(),
                "--detector", models().resolve("c2c12-unet.zip").toString(), "--tracker",
                models().resolve("c2c12-gnn-dol.zip").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());

        assertEquals(truth.cells().size(), Files.readAllLines(out.resolve("detections.csv")).size() - 1, "a cell per label");
        assertTrue(run.out().contains("cells read from the label masks " + masks + ", written back with the tracks as "
                + "mask000.tif..."), run.out());
        for (int f = 0; f < 10; f++) {
            assertTrue(Files.isRegularFile(out.resolve(String.format("mask%03d.tif", f))), "tracked mask " + f);
        }
        assertTrue(Files.readString(out.resolve("gallery").resolve("index.html")).contains("division"));
        CommandLineTest.Run eval = CommandLineTest.run("evaluate", "--truth", annotation.toString(), "--result", out.toString(),
                "--json");
        JsonNode division = new ObjectMapper().readTree(eval.out()).path("division");
        assertTrue(division.path("tp").asInt() >= 3 && division.path("fp").asInt() == 0, division.toString());

        // Striking out the first division repaints the tracked masks with the corrected tracks.
        List<String> rows = Files.readAllLines(out.resolve("divisions.csv"));
        String[] d1 = rows.get(1).split(",");
        String[] d2 = rows.get(2).split(",");
        Path verdicts = Files.writeString(dir.resolve("verdicts.csv"), "frame,cell,x,y,daughters,real\n" + d1[0] + "," + d1[1]
                + "," + d1[2] + "," + d1[3] + "," + d1[4] + ":" + d1[5] + " " + d2[4] + ":" + d2[5] + ",false\n");
        Path checked = dir.resolve("checked");
        CommandLineTest.Run proofread = CommandLineTest.run("proofread", "--result", out.toString(), "--verdicts",
                verdicts.toString(), "--out", checked.toString());
        assertEquals(0, proofread.code(), proofread.err());
        assertTrue(proofread.out().contains("repainted the 10 tracked label masks"), proofread.out());
        Path exported = Files.createDirectories(dir.resolve("exported"));
        Files.copy(checked.resolve("res_track.txt"), exported.resolve("res_track.txt"));
        for (int f = 0; f < 10; f++) {
            String mask = String.format("mask%03d.tif", f);
            Files.copy(checked.resolve(mask), exported.resolve(mask));
        }
        for (Path result : List.of(checked, exported)) {
            JsonNode scores = new ObjectMapper().readTree(CommandLineTest.run("evaluate", "--truth", annotation.toString(),
                    "--result", result.toString(), "--json").out()).path("division");
            assertEquals(division.path("tp").asInt() + division.path("fp").asInt() - 1,
                    scores.path("tp").asInt() + scores.path("fp").asInt(), "one division undone, read from " + result);
        }

        Path fewer = Files.createDirectories(dir.resolve("fewer"));
        Files.copy(masks.resolve("frame0_masks.png"), fewer.resolve("frame0_masks.png"));
        Files.copy(masks.resolve("frame1_masks.png"), fewer.resolve("frame1_masks.png"));
        CommandLineTest.Run refused = CommandLineTest.run("run", "--images", frames.toString(), "--masks", fewer.toString(),
                "--detector", models().resolve("c2c12-unet.zip").toString(), "--tracker",
                models().resolve("c2c12-gnn-dol.zip").toString(), "--out", dir.resolve("refused").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("holds 2 label masks, the movie"), refused.err());
    }

    /** Paints the pixels within {@code radius} of (x, y) that are still background with {@code label}. */
    private static void paintDisc(BufferedImage mask, double x, double y, int radius, int label) {
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        for (int py = Math.max(0, cy - radius); py <= Math.min(mask.getHeight() - 1, cy + radius); py++) {
            for (int px = Math.max(0, cx - radius); px <= Math.min(mask.getWidth() - 1, cx + radius); px++) {
                int dx = px - cx;
                int dy = py - cy;
                if (dx * dx + dy * dy <= radius * radius && mask.getRaster().getSample(px, py, 0) == 0) {
                    mask.getRaster().setSample(px, py, 0, label);
                }
            }
        }
    }

    /** The folder's PNG frames, in name order, as the pages of one TIFF. */
    private static Path multiPageTiff(Path folder, Path file) throws IOException {
        List<Path> pngs;
        try (Stream<Path> list = Files.list(folder)) {
            pngs = list.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Path png : pngs) {
                writer.writeToSequence(new IIOImage(ImageIO.read(png.toFile()), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** The division F1 of {@code model} linking {@code cells} (only {@code frames}, "a-b", if not null). */
    private double divisionF1(String model, Path cells, String frames) throws Exception {
        Path out = dir.resolve(model);
        List<String> range = frames == null ? List.of() : List.of("--frames", frames);
        List<String> track = new ArrayList<>(List.of("track", "--model", models().resolve(model).toString(), "--cells",
                cells.toString(), "--out", out.toString()));
        track.addAll(range);
        CommandLineTest.Run tracked = CommandLineTest.run(track.toArray(String[]::new));
        assertEquals(0, tracked.code(), tracked.err());
        assertTrue(Files.readAllLines(out.resolve("divisions.csv")).size() > 1, "divisions.csv lists divisions");
        List<String> evaluate = new ArrayList<>(List.of("evaluate", "--truth", cells.toString(), "--result", out.toString(),
                "--json"));
        evaluate.addAll(range);
        CommandLineTest.Run eval = CommandLineTest.run(evaluate.toArray(String[]::new));
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        return json.path("division").path("f1").asDouble();
    }
}
