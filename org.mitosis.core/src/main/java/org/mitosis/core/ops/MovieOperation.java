package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.io.BadInputException;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.io.TrackedMasks;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.plot.DivisionStrip;
import org.mitosis.core.plot.GallerySettings;
import org.mitosis.core.train.TrackingModel;

/**
 * The whole job on one movie: detect the cells of every frame ({@link DetectOperation}), link them
 * ({@link TrackOperation}), draw every division found on the frames ({@link DivisionGalleryOperation},
 * its crops following the cell scale) and measure the cell cycles ({@link CellCycleOperation}),
 * with one cell scale for the detector and the tracker: given, or estimated from the frames, so that
 * an estimate reaches the tracker without anyone copying it by hand. A movie segmented elsewhere
 * skips the detection: its cells are read from the label masks ({@link LabelMasks}), and the result
 * folder also gets those masks painted with the tracks ({@link TrackedMasks}).
 */
public final class MovieOperation {

    /** Name of the detections table (with the detector's shape features) in the output folder. */
    public static final String DETECTIONS = "detections.csv";
    /** Name of the gallery folder in the output folder. */
    public static final String GALLERY = "gallery";
    /** Name of the cell cycle tables' folder in the output folder. */
    public static final String CYCLES = "cycles";

    private final CentroidDetector detector;
    private final TrackingModel tracker;
    private final GallerySettings gallery;
    private final TrackSettings track;
    private final CycleSettings cycles;

    /**
     * @param gallery the gallery's view at cell scale 1
     * @param track how the tracker links, beside the cell scale ({@link TrackOperation})
     * @param cycles how the cell cycles read time
     * @throws IllegalArgumentException listing every invalid gallery or tracking setting, or an invalid cycle setting
     */
    public MovieOperation(CentroidDetector detector, TrackingModel tracker, GallerySettings gallery, TrackSettings track,
            CycleSettings cycles) {
        this.detector = detector;
        this.tracker = tracker;
        this.gallery = gallery.validate();
        this.track = track.validate();
        this.cycles = cycles.validate();
    }

    /**
     * What one movie gave.
     *
     * @param cellScale the cell scale the detector and tracker read the movie at
     * @param estimated whether {@code cellScale} was estimated from the frames
     * @param detections the detected cells with their shape features, ids as in {@code lineage}
     * @param lineage the linked cells
     * @param divisions one strip per division of {@code lineage}
     * @param cycles the cell cycles of {@code lineage}
     * @param masks the label masks the cells were read from, where they were not detected
     */
    public record Result(double cellScale, boolean estimated, CellSequence detections, Lineage lineage,
            List<DivisionStrip> divisions, CellCycles cycles, Optional<ImageSequence> masks) {
    }

    /**
     * @param first first frame (inclusive)
     * @param last last frame (inclusive); clipped to the movie's frames
     * @param cellScale how many times larger cells appear than in the models' training movies, or
     *        empty to estimate it from the first, middle and last frame
     * @throws IllegalArgumentException if the range holds no image, a cell scale is not finite and
     *         {@code > 0}, or the tracker needs features the detector does not give
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    public Result run(ImageSequence images, int first, int last, OptionalDouble cellScale, ProgressMonitor monitor) {
        return run(images, Optional.empty(), first, last, cellScale, monitor);
    }

    /**
     * As {@link #run(ImageSequence, int, int, OptionalDouble, ProgressMonitor)}, the cells read from
     * the movie's label masks where they are given instead of detected (the detector then only
     * estimates a cell scale not given).
     *
     * @param masks a segmentation of the movie: one label mask per frame
     * @throws org.mitosis.core.io.BadInputException if the masks are not as many as the frames, or one
     *         is no label mask
     */
    public Result run(ImageSequence images, Optional<ImageSequence> masks, int first, int last, OptionalDouble cellScale,
            ProgressMonitor monitor) {
        masks.filter(m -> m.frameCount() != images.frameCount()).ifPresent(m -> {
            throw new BadInputException(m.source(), 0, "holds " + m.frameCount() + " label masks, the movie "
                    + images.source() + " " + images.frameCount() + " frames: give one mask per frame");
        });
        DetectOperation detect = new DetectOperation(detector);
        double scale = cellScale.isPresent() ? cellScale.getAsDouble()
                : detect.estimateCellScale(images, first, last, monitor.sub(0, 0.05));
        ProgressMonitor detecting = cellScale.isPresent() ? monitor.sub(0, 0.85) : monitor.sub(0.05, 0.8);
        // Renumbered as the tracker renumbers them, so that the detections and the lineage share ids.
        CellSequence cells = (masks.isPresent() ? LabelMasks.read(masks.get(), first, last, detecting)
                : detect.atCellScale(scale).run(images, first, last, detecting)).renumbered();
        Lineage lineage = new TrackOperation(tracker, scale, track).run(cells, monitor.sub(0.85, 0.1));
        List<DivisionStrip> strips = new DivisionGalleryOperation(gallery.atCellScale(scale))
                .run(lineage, images, masks, monitor.sub(0.95, 0.05));
        return new Result(scale, cellScale.isEmpty(), cells, lineage, strips, new CellCycleOperation(cycles).run(lineage),
                masks);
    }

    /**
     * Writes the result folder ({@link WriteResultOperation}), the detections as {@value #DETECTIONS},
     * the gallery in {@value #GALLERY} and the cell cycle tables in {@value #CYCLES}, the summary
     * labelled with the folder's name; and for cells read from label masks, those masks painted with
     * the tracks, beside {@code res_track.txt}.
     *
     * @param monitor progress of the painted masks, a frame at a time
     */
    public static void write(Result result, Path folder, ProgressMonitor monitor) throws IOException {
        WriteResultOperation.write(result.lineage(), folder);
        if (result.masks().isPresent()) {
            TrackedMasks.write(result.lineage(), result.masks().get(), folder, monitor);
        }
        WriteResultOperation.writeCellTable(result.detections(), folder.resolve(DETECTIONS));
        DivisionGalleryOperation.write(result.divisions(), folder.resolve(GALLERY));
        CellCycleOperation.write(result.cycles(), CellCycleOperation.label(folder), folder.resolve(CYCLES));
    }

    /**
     * A name for each movie, for its output folder and its summary row ({@link CellCycleOperation#label});
     * a name taken before gets {@code -2}, {@code -3}, ... (two positions' {@code
     * stack.tif} in folders of their own).
     */
    public static List<String> names(List<Path> movies) {
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Path movie : movies) {
            String name = CellCycleOperation.label(movie);
            String unique = name;
            for (int k = 2; !taken.add(unique); k++) {
                unique = name + "-" + k;
            }
            out.add(unique);
        }
        return out;
    }
}
