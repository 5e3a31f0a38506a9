package org.mitosis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.ops.DivisionGalleryOperation;
import org.mitosis.core.ops.RenderLineageOperation;
import org.mitosis.core.ops.SimulateOperation;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.core.plot.GalleryFolder;
import org.mitosis.core.plot.GallerySettings;
import org.mitosis.core.plot.LineagePlotSettings;
import java.util.concurrent.Callable;
import org.mitosis.core.ops.Comparison;
import org.mitosis.core.ops.DemoOperation;
import org.mitosis.core.ops.TrainSettings;
import org.mitosis.core.synth.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis demo}: the main job on an embedded synthetic default. */
@Command(name = "demo", description = "Runs the main job on an embedded default, no files needed: simulates and renders a "
        + "synthetic time-lapse, trains the U-Net detector and each linker on its first frames, detects and tracks the "
        + "rest and prints the evaluation table (a few minutes).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--methods", split = ",", description = "Methods to run (default: all of lap,naive-gnn,gnn-dol).")
    List<String> methods = TrainSettings.METHODS;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulation and training (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Also write, per method, the result folder, lineage.png (the lineage tree) and "
            + "overlay.png (the busiest division frame drawn on its synthetic image) into this folder.")
    Path outFolder;

    @Option(names = "--from-positions", description = "Skip the pixels: link the simulated true positions instead of "
            + "rendering images, training the U-Net and detecting cells.")
    boolean fromPositions;

    @Option(names = "--detector-epochs", defaultValue = "3", description = "Detector training epochs "
            + "(default ${DEFAULT-VALUE}).")
    int detectorEpochs;

    // Positions only by default: with the demo's 30 training frames the 64 shape features made both GNNs worse.
    @Option(names = "--shape-features", description = "The GNNs also read the detector's 64 shape features of "
            + "each cell (by default they see positions only).")
    boolean shapeFeatures;

    @Override
    public Integer call() throws IOException {
        SimulationSettings d = SimulationSettings.defaults();
        SimulationSettings simulation = d.withMovie(d.frames(), d.initialCells(), seed);
        var out = spec.commandLine().getOut();
        out.printf("Synthetic time-lapse: %d frames, %d cells at start, %.0fx%.0f px (seed %d); training on the first 60 %% "
                + "of frames, scoring the rest.%n", simulation.frames(), simulation.initialCells(), simulation.width(),
                simulation.height(), seed);
        ConsoleProgress progress = new ConsoleProgress(System.err, "demo");
        DemoOperation demo = new DemoOperation(simulation, methods);
        Comparison comparison;
        ImageSequence movie = null;
        if (!fromPositions) {
            Path images = outFolder != null ? outFolder.resolve("images") : Files.createTempDirectory("mitosis-demo");
            comparison = demo.runFromImages(seed, images, detectorEpochs, shapeFeatures, progress);
            out.printf("(cells detected by the U-Net in the rendered frames, %s; images in %s)%n",
                    shapeFeatures ? "with its shape features" : "positions only", images);
            movie = ImageSequence.open(images);
        } else {
            comparison = demo.run(seed, progress);
        }
        progress.done();
        out.print(comparison.toTable());
        if (outFolder != null) {
            writePictures(simulation, comparison, movie, out);
        }
        return 0;
    }

    /** Each method's result and pictures; with the rendered frames ({@code movie}, else null) also its division gallery. */
    private void writePictures(SimulationSettings simulation, Comparison comparison, ImageSequence movie, PrintWriter out)
            throws IOException {
        SimulateOperation simulate = new SimulateOperation(simulation);
        Lineage truth = simulate.run();
        RenderLineageOperation render = new RenderLineageOperation(LineagePlotSettings.defaults());
        for (Comparison.Row row : comparison.rows()) {
            Path dir = outFolder.resolve(row.method());
            WriteResultOperation.write(row.result(), dir);
            Files.write(dir.resolve("lineage.png"), render.run(row.result()));
            int frame = RenderLineageOperation.busiestDivisionFrame(row.result());
            Files.write(dir.resolve("overlay.png"), render.overlay(row.result(), frame, simulate.renderFrame(truth, frame)));
            out.printf("%s: result, lineage.png and overlay.png (frame %d) in %s%n", row.method(), frame, dir);
            if (movie != null) {
                Lineage result = row.result();
                DivisionGalleryOperation.write(new DivisionGalleryOperation(GallerySettings.defaults())
                        .run(result, movie, ProgressMonitor.NONE), dir.resolve("gallery"));
                out.printf("%s: every division on the rendered frames in %s%n", row.method(),
                        dir.resolve("gallery").resolve(GalleryFolder.INDEX));
            }
        }
    }
}
