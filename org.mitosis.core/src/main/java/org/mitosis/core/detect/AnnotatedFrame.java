package org.mitosis.core.detect;

import java.util.List;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.io.GrayImage;

/**
 * A frame with its annotated cell centroids, for training and validating the detector.
 *
 * @param image the frame
 * @param cells annotated cells (only positions are used), full px
 */
public record AnnotatedFrame(GrayImage image, List<Cell> cells) {

    public AnnotatedFrame {
        cells = List.copyOf(cells);
    }
}
