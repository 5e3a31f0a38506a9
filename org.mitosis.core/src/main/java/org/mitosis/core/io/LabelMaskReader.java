package org.mitosis.core.io;

import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.cells.Cell;

/**
 * Cells from a label mask: an 8- or 16-bit grayscale image in which the pixels of cell {@code k}
 * hold the value {@code k} and the background 0, as in the Cell Tracking Challenge's
 * {@code man_track<t>.tif} files.
 *
 * <p>A cell's position is its centroid, the mean of its pixel positions ({@code x} = column,
 * {@code y} = row, pixel centres at integer coordinates, as scikit-image's {@code regionprops}
 * computes it). One pass over the pixels: O(width * height + labels).
 */
public final class LabelMaskReader {

    private LabelMaskReader() {
    }

    /**
     * @param frame the frame the mask shows
     * @return one cell per label present, in ascending label order, id = label
     * @throws BadInputException if the file is not a readable grayscale image
     */
    public static List<Cell> read(Path mask, int frame) {
        Raster raster = ImageFiles.readGray(mask);
        int w = raster.getWidth();
        int h = raster.getHeight();
        int maxLabel = 1 << ImageFiles.bitDepth(raster);
        long[] count = new long[maxLabel];
        double[] sumX = new double[maxLabel];
        double[] sumY = new double[maxLabel];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int label = row[x];
                if (label != 0) {
                    count[label]++;
                    sumX[label] += x;
                    sumY[label] += y;
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int label = 1; label < maxLabel; label++) {
            if (count[label] > 0) {
                cells.add(new Cell(frame, label, sumX[label] / count[label], sumY[label] / count[label]));
            }
        }
        return cells;
    }
}
