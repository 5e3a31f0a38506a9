package org.mitosis.core.io;

import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mitosis.core.cells.Cell;

/**
 * Cells from a label mask: an 8- or 16-bit grayscale image in which the pixels of cell {@code k}
 * hold the value {@code k} and the background 0, as in the Cell Tracking Challenge's
 * {@code man_track<t>.tif} files.
 *
 * <p>A cell's position is its centroid, the mean of its pixel positions ({@code x} = column,
 * {@code y} = row, pixel centres at integer coordinates, as scikit-image's {@code regionprops}
 * computes it). Each cell carries {@value #SHAPE_FEATURES} shape features, the GNNs' node features
 * where no detector's exist: the log of its area relative to the frame's median cell area (cells
 * grow before they divide and their daughters start smaller; relative to the frame so that the value
 * does not depend on the magnification), and the log of its elongation, the ratio of the principal
 * axes of its pixels' spread (a dividing cell stretches). One pass over the pixels:
 * O(width * height + labels).
 */
public final class LabelMaskReader {

    /** Number of shape features per cell. */
    public static final int SHAPE_FEATURES = 2;
    /** Variance of a uniform unit pixel along one axis: keeps the spread of a one-pixel-wide cell positive. */
    private static final double PIXEL_VARIANCE = 1.0 / 12;

    private LabelMaskReader() {
    }

    /**
     * @param frame the frame the mask shows
     * @return one cell per label present, in ascending label order, id = label
     * @throws BadInputException if the file is not a readable image of 8- or 16-bit integer labels
     */
    public static List<Cell> read(Path mask, int frame) {
        Raster raster = ImageFiles.readLabels(mask);
        int w = raster.getWidth();
        int h = raster.getHeight();
        int maxLabel = 1 << ImageFiles.bitDepth(raster);
        long[] count = new long[maxLabel];
        double[] sumX = new double[maxLabel];
        double[] sumY = new double[maxLabel];
        double[] sumXX = new double[maxLabel];
        double[] sumYY = new double[maxLabel];
        double[] sumXY = new double[maxLabel];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int label = row[x];
                if (label != 0) {
                    count[label]++;
                    sumX[label] += x;
                    sumY[label] += y;
                    sumXX[label] += (double) x * x;
                    sumYY[label] += (double) y * y;
                    sumXY[label] += (double) x * y;
                }
            }
        }
        double medianArea = medianArea(count);
        List<Cell> cells = new ArrayList<>();
        for (int label = 1; label < maxLabel; label++) {
            long n = count[label];
            if (n > 0) {
                double mx = sumX[label] / n;
                double my = sumY[label] / n;
                double vxx = sumXX[label] / n - mx * mx + PIXEL_VARIANCE;
                double vyy = sumYY[label] / n - my * my + PIXEL_VARIANCE;
                double vxy = sumXY[label] / n - mx * my;
                double half = (vxx + vyy) / 2;
                double spread = Math.sqrt(Math.max(0, (vxx - vyy) * (vxx - vyy) / 4 + vxy * vxy));
                double minor = Math.max(half - spread, PIXEL_VARIANCE);
                double elongation = 0.5 * Math.log((half + spread) / minor);
                cells.add(new Cell(frame, label, mx, my, new double[] {Math.log(n / medianArea), elongation}));
            }
        }
        return cells;
    }

    private static double medianArea(long[] count) {
        long[] present = Arrays.stream(count, 1, count.length).filter(n -> n > 0).sorted().toArray();
        if (present.length == 0) {
            return 1;
        }
        int mid = present.length / 2;
        return present.length % 2 == 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2.0;
    }
}
