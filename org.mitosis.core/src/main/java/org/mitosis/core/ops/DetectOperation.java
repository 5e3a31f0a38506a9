package org.mitosis.core.ops;

import java.util.ArrayList;
import java.util.List;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.detect.CentroidDetector;
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
     * @param first first frame (image index in name order, inclusive)
     * @param last last frame (inclusive); clipped to the sequence's frames
     * @throws IllegalArgumentException if the range holds no image
     */
    public CellSequence run(ImageSequence images, int first, int last, ProgressMonitor monitor) {
        int a = Math.max(0, first);
        int b = Math.min(images.frameCount() - 1, last);
        if (b < a) {
            throw new IllegalArgumentException("frames " + first + "-" + last + " hold none of the "
                    + images.frameCount() + " frames of " + images.source());
        }
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
