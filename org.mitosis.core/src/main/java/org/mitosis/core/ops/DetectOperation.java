package org.mitosis.core.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.detect.CellScaleEstimate;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Detects cells in the frames of an image folder or stack with a trained U-Net centroid detector; each cell
 * carries the detector's shape features. Frames are decoded one at a time, so memory stays bounded
 * by one frame whatever the length of the movie.
 */
public final class DetectOperation {

    private final CentroidDetector detector;

    public DetectOperation(CentroidDetector detector) {
        this.detector = detector;
    }

    /**
     * The same operation with the detector reading frames at {@code cellScale} ({@link CentroidDetector#atCellScale}).
     *
     * @throws IllegalArgumentException unless {@code cellScale} is finite and {@code > 0}
     */
    public DetectOperation atCellScale(double cellScale) {
        return new DetectOperation(detector.atCellScale(cellScale));
    }

    /**
     * How many times larger cells appear in these frames than in the detector's training images
     * ({@link CellScaleEstimate}), from the first, middle and last frame of the range.
     *
     * @param first first frame (inclusive)
     * @param last last frame (inclusive); clipped to the sequence's frames
     * @throws IllegalArgumentException if the range holds no image, or no frame shows cells at any scale
     * @throws org.mitosis.core.monitor.CanceledException when the monitor cancels
     */
    public double estimateCellScale(ImageSequence images, int first, int last, ProgressMonitor monitor) {
        int[] range = images.clip(first, last);
        List<GrayImage> frames = new ArrayList<>();
        for (int f : new TreeSet<>(List.of(range[0], (range[0] + range[1]) / 2, range[1]))) {
            monitor.checkCanceled();
            frames.add(images.read(f));
        }
        return CellScaleEstimate.of(detector, frames, monitor);
    }

    /**
     * @param first first frame (image index in name order, inclusive)
     * @param last last frame (inclusive); clipped to the sequence's frames
     * @throws IllegalArgumentException if the range holds no image
     */
    public CellSequence run(ImageSequence images, int first, int last, ProgressMonitor monitor) {
        int[] range = images.clip(first, last);
        int a = range[0];
        int b = range[1];
        List<Cell> cells = new ArrayList<>();
        for (int f = a; f <= b; f++) {
            monitor.checkCanceled();
            monitor.setProgress((f - a) / (double) (b - a + 1), "detecting cells in frame " + f);
            cells.addAll(detector.detect(images.read(f), f));
        }
        monitor.setProgress(1, "detected " + cells.size() + " cells");
        return CellSequence.of(cells, a, b);
    }
}
