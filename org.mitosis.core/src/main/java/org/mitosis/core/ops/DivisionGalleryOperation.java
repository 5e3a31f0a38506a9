package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.DivisionOutcome;
import org.mitosis.core.eval.Evaluation;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.io.LabelImage;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.plot.DivisionGallery;
import org.mitosis.core.plot.DivisionStrip;
import org.mitosis.core.plot.GalleryFolder;
import org.mitosis.core.plot.GallerySettings;

/**
 * Draws every division of a lineage on the movie its cells come from, one strip of crops per
 * division ({@link DivisionGallery}), to check the divisions by eye; or, against a truth, every
 * division found, false or missed, labelled so, to see why.
 */
public final class DivisionGalleryOperation {

    private final DivisionGallery gallery;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public DivisionGalleryOperation(GallerySettings settings) {
        this.gallery = new DivisionGallery(settings);
    }

    /**
     * @param images the movie, frame {@code f} being the cells' frame {@code f}
     * @throws IllegalArgumentException when a division lies outside the movie's frames or images
     * @throws org.mitosis.core.io.BadInputException when a needed frame cannot be read
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    public List<DivisionStrip> run(Lineage lineage, ImageSequence images, ProgressMonitor monitor) {
        return run(lineage, images, Optional.empty(), monitor);
    }

    /**
     * As {@link #run(Lineage, ImageSequence, ProgressMonitor)}; where the cells came from label
     * masks, the mother and her daughters are outlined along their labels instead of circled.
     *
     * @param masks the label masks the lineage's cells were read from, frame {@code f} the cells' frame {@code f}
     * @throws org.mitosis.core.io.BadInputException also when a needed mask cannot be read
     */
    public List<DivisionStrip> run(Lineage lineage, ImageSequence images, Optional<ImageSequence> masks,
            ProgressMonitor monitor) {
        return gallery.draw(DivisionGallery.divisionsOf(lineage), images.frameCount(), images::read, outlines(masks), monitor);
    }

    /**
     * The divisions of {@code result} scored against {@code truth} ({@link Evaluation}), in frame
     * order: each of the result's labelled found or false and drawn with the result's cells; each
     * of the truth's that none matched labelled missed, circled with the truth's cells and dotted
     * with the result's (so that a missed daughter, or two merged into one detection, shows).
     *
     * <p>The result's cells are outlined along their labels where they came from {@code masks} (the
     * truth's missed divisions stay circled).
     *
     * @throws IllegalArgumentException as {@link #run(Lineage, ImageSequence, ProgressMonitor)}
     */
    public List<DivisionStrip> run(Lineage result, Lineage truth, EvaluationSettings settings, ImageSequence images,
            Optional<ImageSequence> masks, ProgressMonitor monitor) {
        List<DivisionGallery.Subject> subjects = new ArrayList<>();
        for (DivisionOutcome o : Evaluation.evaluate(truth, result, settings).divisionOutcomes()) {
            boolean missed = o.kind() == DivisionOutcome.Kind.MISSED;
            subjects.add(missed ? new DivisionGallery.Subject(truth, o.truth(), o.kind().word(), result.cells())
                    : new DivisionGallery.Subject(result, o.result(), o.kind().word()));
        }
        subjects.sort(Comparator.comparing(DivisionGallery.Subject::mother, Comparator.comparingInt(CellRef::frame)));
        return gallery.draw(subjects, images.frameCount(), images::read, outlines(masks), monitor);
    }

    private static Optional<IntFunction<LabelImage>> outlines(Optional<ImageSequence> masks) {
        return masks.map(m -> f -> LabelMasks.labelImage(m, f));
    }

    /** Writes the strips as PNG files with an {@value GalleryFolder#INDEX} that shows them all. */
    public static void write(List<DivisionStrip> strips, Path folder) throws IOException {
        GalleryFolder.write(strips, folder);
    }
}
