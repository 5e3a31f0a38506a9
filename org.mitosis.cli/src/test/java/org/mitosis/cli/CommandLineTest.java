package org.mitosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.ResultFolder;
import org.mitosis.core.train.ModelFiles;

/** Runs the subcommands as a user would, on small synthetic sequences. */
class CommandLineTest {

    @TempDir
    Path dir;

    /** Output and exit code of one command line. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MitosisCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code mitosis <command> --help} (as the README says) prints the command's usage and exits 0, required options or not. */
    @Test
    void everyCommandPrintsItsHelp() {
        for (String name : new picocli.CommandLine(new MitosisCommand()).getSubcommands().keySet()) {
            Run help = run(name, "--help");
            assertEquals(0, help.code(), name + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: mitosis " + name), name + ": " + help.out());
        }
    }

    @Test
    void synthPerturbAndEvaluateATruthAgainstItself() throws Exception {
        Run synth = run("synth", "--frames", "12", "--cells", "20", "--seed", "3", "--out", dir.toString());
        assertEquals(0, synth.code(), synth.err());
        Path truth = dir.resolve("truth");
        assertTrue(Files.exists(truth.resolve("res_track.txt")));

        Run eval = run("evaluate", "--truth", truth.toString(), "--result", truth.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        assertEquals(1.0, json.path("link").path("f1").asDouble());
        assertEquals(12, json.path("frames").asInt());

        Path noisy = dir.resolve("noisy.csv");
        Run perturb = run("perturb", "--cells", truth.toString(), "--sigma", "1", "--miss", "0.1", "--spurious", "0",
                "--seed", "5", "--out", noisy.toString());
        assertEquals(0, perturb.code(), perturb.err());
        long rows = Files.readAllLines(noisy).size() - 1;
        long truthRows = Files.readAllLines(truth.resolve("cells.csv")).size() - 1;
        assertTrue(rows < truthRows && rows > 0.8 * truthRows, rows + " of " + truthRows + " cells kept");
    }

    @Test
    void demoWithLapTracksTheSyntheticMovieAndDrawsIt() throws Exception {
        Run demo = run("demo", "--from-positions", "--methods", "lap", "--out", dir.toString());
        assertEquals(0, demo.code(), demo.err());
        String row = demo.out().lines().filter(l -> l.startsWith("lap ")).findFirst().orElseThrow();
        double divisionF1 = Double.parseDouble(row.trim().split("\\s+")[6]);
        assertTrue(divisionF1 > 0.9, "LAP on clean synthetic positions: " + row);
        assertTrue(Files.size(dir.resolve("lap").resolve("lineage.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("lap").resolve("res_track.txt")));
    }

    @Test
    void trainTrackAndCompareOnASyntheticMovie() throws Exception {
        assertEquals(0, run("synth", "--frames", "30", "--cells", "40", "--seed", "9", "--out", dir.toString()).code());
        Path truth = dir.resolve("truth");
        Path model = dir.resolve("lap.zip");
        Run train = run("train", "--method", "lap", "--train", truth.toString(), "--frames", "0-19", "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("annotated cells"), train.out());
        Run noisy = run("train", "--method", "lap", "--train", truth.toString(), "--frames", "0-19", "--sigma", "1",
                "--out", dir.resolve("lap-noisy.zip").toString());
        assertEquals(0, noisy.code(), noisy.err());
        assertTrue(noisy.out().contains("perturbed cells (sigma 1.0 px, 5.0 % missed, 2.0 % spurious, seed 1)"), noisy.out());
        assertEquals(1, ModelFiles.readTracking(dir.resolve("lap-noisy.zip")).seed(), "the LAP records its noise's seed");
        Run both = run("train", "--method", "lap", "--train", truth.toString(), "--sigma", "1", "--train-cells",
                truth.toString(), "--out", dir.resolve("x.zip").toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--sigma perturbs the annotated cells"), both.err());
        Run track = run("track", "--model", model.toString(), "--cells", truth.toString(), "--frames", "20-29",
                "--out", dir.resolve("result").toString());
        assertEquals(0, track.code(), track.err());
        Run eval = run("evaluate", "--truth", truth.toString(), "--frames", "20-29", "--result", dir.resolve("result").toString(),
                "--json");
        JsonNode json = new ObjectMapper().readTree(eval.out());
        assertTrue(json.path("link").path("f1").asDouble() > 0.95, eval.out());
        assertEquals(1.0, json.path("detection").path("f1").asDouble(), "tracking keeps every input cell");
        Lineage result = ResultFolder.read(dir.resolve("result"));
        long daughters = result.divisions().stream().mapToLong(m -> result.successors(m).size()).sum();
        assertTrue(daughters > 0, "the synthetic movie's cells divide");
        assertEquals(daughters, Files.readAllLines(dir.resolve("result").resolve("divisions.csv")).size() - 1,
                "divisions.csv: one row per daughter");
        Run still = run("track", "--model", model.toString(), "--cells", truth.toString(), "--frames", "20-29",
                "--correct-drift", "--out", dir.resolve("still").toString());
        assertEquals(0, still.code(), still.err());
        Run stillEval = run("evaluate", "--truth", truth.toString(), "--frames", "20-29", "--result",
                dir.resolve("still").toString(), "--json");
        assertTrue(new ObjectMapper().readTree(stillEval.out()).path("link").path("f1").asDouble() > 0.95,
                "a still movie links as well with drift correction: " + stillEval.out());

        Run bench = run("bench", "track", "--model", model.toString(), "--model", model.toString(), "--rounds", "2",
                "--cells", truth.toString());
        assertEquals(0, bench.code(), bench.err());
        assertTrue(bench.out().matches("(?s)(track \\(lap\\): 30 frames, \\d+ cells, \\d+ divisions; first run .* ms per frame "
                + "pair; then median of 2 runs .* ms per frame pair\\s+){2}time lap / lap: median of 2 rounds [\\d.]+ .*"
                + "peak heap \\d+ MiB\\s*"), bench.out());
        assertEquals(2, run("bench", "track", "--model", model.toString(), "--rounds", "0", "--cells", truth.toString()).code());
        assertEquals(2, run("bench", "detect", "--images", dir.toString()).code(), "detect needs a model");
        Path masks = Files.createDirectories(dir.resolve("masks"));
        for (int f = 0; f < 2; f++) {
            BufferedImage mask = new BufferedImage(20, 10, BufferedImage.TYPE_USHORT_GRAY);
            mask.getRaster().setSample(3 + f, 4, 0, 7);
            mask.getRaster().setSample(12, 4, 0, 9);
            ImageIO.write(mask, "png", dir.resolve("masks").resolve("m" + f + ".png").toFile());
        }
        Run maskBench = run("bench", "masks", "--masks", masks.toString());
        assertEquals(0, maskBench.code(), maskBench.err());
        assertTrue(maskBench.out().matches("(?s)masks: 2 frames of 20x10 px, 4 cells; reading per frame median \\d+ ms.*"
                + "painting and writing the tracked masks \\d+ ms per frame; peak heap \\d+ MiB\\s*"), maskBench.out());
        assertEquals(2, run("bench", "masks").code(), "masks needs --masks");

        Run compare = run("compare", "--methods", "lap", "--train", truth.toString(), "--frames-train", "0-19",
                "--test", truth.toString(), "--frames-test", "20-29", "--sigma", "1");
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().contains("cells perturbed: sigma 1.0 px"), compare.out());
        assertTrue(compare.out().contains("F1 95% CI"), "the division F1's bootstrap interval: " + compare.out());
        Run folds = run("compare", "--methods", "lap", "--test", truth.toString(), "--folds", "3", "--sigma", "1");
        assertEquals(0, folds.code(), folds.err());
        assertTrue(folds.out().contains("3-fold cross-validation over time, blocks of frames 0-9 10-19 20-29"), folds.out());
        assertEquals(2, run("compare", "--methods", "lap", "--test", truth.toString()).code(), "--train or --folds");
        assertEquals(2, run("compare", "--methods", "lap", "--test", truth.toString(), "--folds", "9").code(),
                "30 frames are too few for 9 folds of 5");

        Path detected = dir.resolve("detected.csv");
        assertEquals(0, run("perturb", "--cells", truth.toString(), "--sigma", "1", "--miss", "0.05", "--spurious", "0.02",
                "--seed", "4", "--out", detected.toString()).code());
        Run onDetections = run("compare", "--methods", "lap", "--train", truth.toString(), "--frames-train", "0-19",
                "--train-cells", detected.toString(), "--test", truth.toString(), "--frames-test", "20-29",
                "--test-cells", detected.toString(), "--geometric-only");
        assertEquals(0, onDetections.code(), onDetections.err());
        String lapRow = onDetections.out().lines().filter(l -> l.startsWith("lap ")).findFirst().orElseThrow();
        String[] columns = lapRow.trim().split("\\s+");
        double linkF1 = Double.parseDouble(columns[9]);
        double cellF1 = Double.parseDouble(columns[10]);
        assertTrue(linkF1 > 0.8 && linkF1 < 1, "LAP links perturbed detections well, not perfectly: " + lapRow);
        assertTrue(cellF1 > 0.9 && cellF1 < 1, "the detections miss and add cells: " + lapRow);
        Run trainOnDetections = run("train", "--method", "lap", "--train", truth.toString(), "--train-cells",
                detected.toString(), "--frames", "0-19", "--out", dir.resolve("lap-detected.zip").toString());
        assertEquals(0, trainOnDetections.code(), trainOnDetections.err());
        assertTrue(trainOnDetections.out().contains("given cells"), trainOnDetections.out());
        assertTrue(Files.size(dir.resolve("lap-detected.zip")) > 100);
        assertEquals(2, run("compare", "--methods", "lap", "--train", truth.toString(), "--train-cells", detected.toString(),
                detected.toString(), "--test", truth.toString()).code(), "one cell table per training input");
        assertEquals(2, run("compare", "--methods", "lap", "--train", truth.toString(), "--test", truth.toString(),
                "--test-cells", detected.toString(), "--sigma", "1").code(), "noise applies to annotated cells only");
        assertEquals(2, run("track", "--model", truth.resolve("cells.csv").toString(), "--cells", truth.toString(),
                "--out", dir.resolve("x").toString()).code(), "a CSV file is not a model file");
    }

    @Test
    void badInputExitsWithTwoAndNamesTheFileAndLine() throws Exception {
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, "0 1 10 10 -1\n0 2 abc 10 -1\n");
        Run r = run("perturb", "--cells", broken.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.txt:2"), r.err());
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertEquals(2, run("perturb", "--cells").code());
        assertEquals(2, run("evaluate", "--truth", "x", "--result", "y", "--frames", "9-3").code());
        assertEquals(2, run("no-such-command").code());
    }
}
