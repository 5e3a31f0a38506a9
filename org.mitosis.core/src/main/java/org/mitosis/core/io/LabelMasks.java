package org.mitosis.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * A movie's segmentation as label masks, one per frame ({@link LabelMaskReader}): a folder of label
 * images (PNG or TIFF; frame {@code i} the {@code i}-th in natural name order, as
 * {@link ImageSequence} orders frames; only the {@code *_masks} ones where a segmenter left them
 * beside the movie's images) or one multi-page TIFF, as Cellpose, StarDist or ilastik leave
 * a time-lapse's segmentation. Its cells, with their centroids and two shape features, are what a
 * tracker links; the masks themselves can be written back with each cell's track
 * ({@link TrackedMasks}).
 */
public final class LabelMasks {

    private LabelMasks() {
    }

    /**
     * Whether {@code path} names label masks: a {@code .png}, {@code .tif} or {@code .tiff} file, or a
     * folder holding such files. Other inputs (an annotation's folder, a result folder) are to be
     * recognised before this.
     */
    public static boolean isLabelMasks(Path path) {
        if (Files.isRegularFile(path)) {
            return ImageSequence.isImageName(path);
        }
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> list = Files.list(path)) {
            return list.anyMatch(p -> Files.isRegularFile(p) && ImageSequence.isImageName(p));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The masks of a folder or stack, opened but not yet decoded. Where some of a folder's images are
     * named {@code *_masks.png} or {@code *_masks.tif} (Cellpose saves {@code <image>_cp_masks.png}
     * beside each image it segments), only those are the masks, and the images beside them are left
     * alone.
     *
     * @throws BadInputException as {@link ImageSequence#open(Path)}
     */
    public static ImageSequence open(Path folderOrStack) {
        return ImageSequence.open(folderOrStack, LabelMasks::masksAmong);
    }

    /**
     * Frame {@code frame}'s mask: its cells, as {@link #read(ImageSequence, int, int, ProgressMonitor)}
     * gives them, and which of them each pixel belongs to.
     *
     * @throws BadInputException if the frame is no label mask
     */
    public static LabelImage labelImage(ImageSequence masks, int frame) {
        return LabelMaskReader.labelImage(masks, frame);
    }

    private static List<Path> masksAmong(List<Path> images) {
        List<Path> masks = images.stream().filter(ImageSequence::isNamedMask).toList();
        return masks.isEmpty() ? images : masks;
    }

    /**
     * The cells of every frame, frame {@code i} being the {@code i}-th mask.
     *
     * @throws BadInputException if a file is no label mask (naming it, and the page of a stack)
     */
    public static CellSequence read(Path folderOrStack) {
        return read(folderOrStack, 0, Integer.MAX_VALUE, ProgressMonitor.NONE);
    }

    /**
     * The cells of the frames {@code first..last} (inclusive, clipped to the masks'); only those
     * masks are decoded (a 1392x1040 frame in about 25 ms here), with progress per frame.
     *
     * @throws BadInputException as {@link #read(Path)}
     * @throws IllegalArgumentException if the range holds none of the masks
     * @throws org.mitosis.core.monitor.CanceledException if the monitor cancels
     */
    public static CellSequence read(Path folderOrStack, int first, int last, ProgressMonitor monitor) {
        return read(open(folderOrStack), first, last, monitor);
    }

    /**
     * The cells of the frames {@code first..last} of masks already opened, as
     * {@link #read(Path, int, int, ProgressMonitor)}.
     */
    public static CellSequence read(ImageSequence masks, int first, int last, ProgressMonitor monitor) {
        int[] range = masks.clip(first, last);
        List<Cell> cells = new ArrayList<>();
        for (int f = range[0]; f <= range[1]; f++) {
            monitor.checkCanceled();
            monitor.setProgress((double) (f - range[0]) / (range[1] - range[0] + 1), "label mask of frame " + f);
            cells.addAll(LabelMaskReader.read(masks, f));
        }
        monitor.setProgress(1, "label masks read");
        return CellSequence.of(cells, range[0], range[1]);
    }
}
