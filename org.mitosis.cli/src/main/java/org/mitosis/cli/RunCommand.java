package org.mitosis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.io.CellCyclesCsv;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.ops.CellCycleOperation;
import org.mitosis.core.ops.MovieOperation;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.core.plot.GalleryFolder;
import org.mitosis.core.plot.GallerySettings;
import org.mitosis.core.train.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mitosis run}: detect, track and draw the divisions of a movie (or several), with the shipped models by default. */
@Command(name = "run", description = "The whole job on one movie, or on several in turn: detects the cells of every frame (or reads "
        + "them from the label masks given), links them and draws "
        + "every division found, with one cell scale for detector and tracker, and measures the cell cycles. Writes the "
        + "result folder (as 'track'), detections.csv (as 'detect'), gallery/ (as 'gallery') and cycles/ (as 'cycles').")
final class RunCommand implements Callable<Integer> {

    /** System property with the shipped models' folder; the launcher sets it. */
    static final String MODELS_PROPERTY = "mitosis.models";

    @Spec
    CommandSpec spec;

    @Option(names = "--images", required = true, arity = "1..*", description = "Image folder (frame = index in name order) "
            + "or multi-page TIFF (frame = page); several movies, each linked on its own, give a folder per movie in --out "
            + "(named after it) and summary.csv comparing their cell cycles, a row per movie.")
    List<Path> images;

    @Option(names = "--masks", arity = "1..*", description = "The movie's label masks, if it was segmented elsewhere "
            + "(Cellpose, StarDist, ilastik): a folder of label images or a multi-page TIFF, one mask per frame, one per "
            + "--images in the same order. The cells are read from them instead of detected, and the result folder also "
            + "gets them painted with the tracks (maskNNN.tif).")
    List<Path> masks;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--detector", description = "Detector model (default: the shipped models/c2c12-unet.zip).")
    Path detector;

    @Option(names = "--tracker", description = "Tracking model (default: the shipped models/c2c12-gnn-dol.zip).")
    Path tracker;

    @Option(names = "--cell-scale", defaultValue = "1", converter = CellScale.Converter.class,
            description = "How many times larger cells appear than in the "
            + "models' training movies (0.5 at half the magnification), or 'auto' to estimate it from the frames; "
            + "detector and tracker both read it (default ${DEFAULT-VALUE}).")
    OptionalDouble cellScale;

    @Mixin
    LinkOptions linking;

    @Option(names = "--frame-interval", defaultValue = "0", description = "Minutes between frames, for the cell cycles "
            + "in hours as well as frames (default: not known, frames only).")
    double frameInterval;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (masks != null && masks.size() != images.size()) {
            throw new ParameterException(spec.commandLine(), "--masks needs one folder or stack per --images movie, got "
                    + masks.size() + " for " + images.size());
        }
        MovieOperation movie = new MovieOperation(ModelFiles.readDetector(shipped(detector, "c2c12-unet.zip")).detector(),
                ModelFiles.readTracking(shipped(tracker, "c2c12-gnn-dol.zip")), GallerySettings.defaults(), linking.settings(),
                new CycleSettings(frameInterval));
        if (images.size() == 1) {
            run(movie, 0, "run", out);
            return 0;
        }
        List<String> names = MovieOperation.names(images);
        List<CellCycles> cycles = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            spec.commandLine().getOut().printf("movie %d of %d, %s:%n", i + 1, images.size(), images.get(i));
            cycles.add(run(movie, i, "run " + names.get(i), out.resolve(names.get(i))));
        }
        Path summary = out.resolve(CellCyclesCsv.SUMMARY);
        CellCycleOperation.writeSummaries(names, cycles, summary);
        spec.commandLine().getOut().printf("the %d movies' cell cycles side by side: %s%n", images.size(), summary);
        return 0;
    }

    /** Runs movie {@code i} into {@code folder} and reports it; its cell cycles. */
    private CellCycles run(MovieOperation movie, int i, String task, Path folder) throws IOException {
        ConsoleProgress progress = new ConsoleProgress(System.err, task);
        Optional<ImageSequence> segmentation = masks == null ? Optional.empty() : Optional.of(LabelMasks.open(masks.get(i)));
        MovieOperation.Result result = movie.run(ImageSequence.open(images.get(i)), segmentation,
                frames == null ? 0 : frames.first(), frames == null ? Integer.MAX_VALUE : frames.last(), cellScale, progress);
        progress.done();
        ConsoleProgress writing = new ConsoleProgress(System.err, task + " masks");
        MovieOperation.write(result, folder, writing);
        writing.done();
        spec.commandLine().getOut().printf(Locale.ROOT, "cell scale %.2f%s; %d cells in %d frames, %d links, %d divisions: %s%n",
                result.cellScale(), result.estimated() ? " (estimated)" : "", result.lineage().cells().size(),
                result.lineage().cells().frameCount(), result.lineage().links().size(), result.lineage().divisions().size(),
                folder);
        if (result.masks().isPresent()) {
            spec.commandLine().getOut().printf("cells read from the label masks %s, written back with the tracks as %s...%n",
                    result.masks().get().source(), WriteResultOperation.trackedMaskFiles(result.lineage()).get(0));
        }
        spec.commandLine().getOut().print(result.cycles().toTable());
        spec.commandLine().getOut().printf("check the divisions in %s, save the verdicts there, then undo the divisions "
                + "struck out with: mitosis proofread --result %s --verdicts <the saved %s> --out <folder>%n",
                folder.resolve(MovieOperation.GALLERY).resolve(GalleryFolder.INDEX), folder, GalleryFolder.VERDICTS);
        return result.cycles();
    }

    /** The given model file, or the shipped one of that name. */
    private Path shipped(Path given, String name) {
        if (given != null) {
            return given;
        }
        String folder = System.getProperty(MODELS_PROPERTY);
        Path file = folder == null ? null : Path.of(folder).resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no shipped model " + name + (folder == null ? "" : " in " + folder)
                    + ": give --detector and --tracker, or run through ./mitosis in the repository");
        }
        return file;
    }
}
