package org.mitosis.core.io;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.mitosis.core.cells.Cell;

/**
 * Cells from a label mask: a grayscale image in which the pixels of cell {@code k} hold the integer
 * {@code k} and the background 0, as in the Cell Tracking Challenge's {@code man_track<t>.tif} files
 * and as Cellpose, StarDist or ilastik save a segmentation (8, 16 or 32 bits; a 32-bit
 * floating-point image, as Fiji may save one, if every value is whole).
 *
 * <p>A cell's position is its centroid, the mean of its pixel positions ({@code x} = column,
 * {@code y} = row, pixel centres at integer coordinates, as scikit-image's {@code regionprops}
 * computes it). Each cell carries {@value #SHAPE_FEATURES} shape features, the GNNs' node features
 * where no detector's exist: the log of its area relative to the frame's median cell area (cells
 * grow before they divide and their daughters start smaller; relative to the frame so that the value
 * does not depend on the magnification), and the log of its elongation, the ratio of the principal
 * axes of its pixels' spread (a dividing cell stretches). One pass over the pixels:
 * O(width * height + labels).
 *
 * <p>A label in several separate pieces is one cell all the same (segmentations leave the odd
 * fragment). But where half a frame's labels or more are in pieces, the image is no label mask: a
 * grey-level picture given by mistake (each gray level scattered over the frame), a binary mask
 * (every cell labelled 1) or a segmentation into classes (ilastik's Simple Segmentation: background
 * 1, cells 2). Nor is it where one label covers most of the frame (a background not labelled 0).
 * Such images are refused, since tracking them would give nonsense without a word.
 */
public final class LabelMaskReader {

    /** Number of shape features per cell. */
    public static final int SHAPE_FEATURES = 2;
    /** Variance of a uniform unit pixel along one axis: keeps the spread of a one-pixel-wide cell positive. */
    private static final double PIXEL_VARIANCE = 1.0 / 12;
    /** Whole numbers up to this are exact in a 32-bit float. */
    private static final double LARGEST_FLOAT_LABEL = 1 << 24;

    private LabelMaskReader() {
    }

    /**
     * The cells of a single label mask file (its first image).
     *
     * @param frame the frame the mask shows
     * @return one cell per label present, in ascending label order, id = label
     * @throws BadInputException if the file is not a readable label mask
     */
    public static List<Cell> read(Path mask, int frame) {
        return segment(mask, ImageFiles.readLabels(mask, 0), frame, false).cells();
    }

    /**
     * The cells of frame {@code frame} of a sequence of label masks (a folder of them, or a stack).
     *
     * @return one cell per label present, in ascending label order, id = label
     * @throws BadInputException if that frame is not a readable label mask (naming the file, and the
     *         page of a stack)
     */
    public static List<Cell> read(ImageSequence masks, int frame) {
        return segment(masks, frame, false).cells();
    }

    /**
     * A frame's cells as {@link #read(ImageSequence, int)} gives them, and which of them each pixel
     * belongs to.
     */
    static LabelImage labelImage(ImageSequence masks, int frame) {
        return segment(masks, frame, true);
    }

    /** The label image of a single mask file (its first image), as frame {@code frame}. */
    static LabelImage labelImage(Path mask, int frame) {
        return segment(mask, ImageFiles.readLabels(mask, 0), frame, true);
    }

    private static LabelImage segment(ImageSequence masks, int frame, boolean keepPixels) {
        Path file = masks.file(frame);
        if (!masks.isStack() || masks.frameCount() == 1) {
            // A file of its own, or a stack's only page: the file names the frame well enough.
            return segment(file, ImageFiles.readLabels(file, 0), frame, keepPixels);
        }
        try {
            return segment(file, ImageFiles.readLabels(file, frame), frame, keepPixels);
        } catch (BadInputException e) {
            throw new BadInputException(file, 0, "page " + frame + " of " + masks.frameCount() + ": " + e.problem(), e);
        }
    }

    private static LabelImage segment(Path file, Raster raster, int frame, boolean keepPixels) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        boolean floating = raster.getDataBuffer().getDataType() == DataBuffer.TYPE_FLOAT
                || raster.getDataBuffer().getDataType() == DataBuffer.TYPE_DOUBLE;
        int[] row = new int[w];
        double[] values = floating ? new double[w] : null;
        int[] index = new int[w];
        int[] pixels = keepPixels ? new int[w * h] : null;
        Moments moments = new Moments();
        Map<Integer, Integer> dense = new HashMap<>();
        LabelPieces pieces = new LabelPieces();
        int lastLabel = 0;
        int lastIndex = -1;
        for (int y = 0; y < h; y++) {
            if (floating) {
                wholeNumbers(file, y, raster.getSamples(0, y, w, 1, 0, values), row);
            } else {
                raster.getSamples(0, y, w, 1, 0, row);
            }
            for (int x = 0; x < w; x++) {
                int label = row[x];
                if (label == 0) {
                    index[x] = -1;
                    continue;
                }
                if (label < 0) {
                    throw new BadInputException(file, 0, "not a label mask: label " + label + " at pixel (" + x + ", "
                            + y + "), labels from 1 expected (0 the background)");
                }
                if (label != lastLabel) {
                    lastIndex = dense.computeIfAbsent(label, moments::add);
                    lastLabel = label;
                }
                index[x] = lastIndex;
                moments.add(lastIndex, x, y);
            }
            pieces.addRow(index, w);
            if (keepPixels) {
                System.arraycopy(index, 0, pixels, y * w, w);
            }
        }
        checkLabels(file, moments, pieces.pieces(moments.size()), (long) w * h);
        int[] order = moments.labelOrder();
        if (keepPixels) {
            int[] rank = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                rank[order[r]] = r;
            }
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = pixels[i] < 0 ? -1 : rank[pixels[i]];
            }
        }
        return new LabelImage(moments.cells(frame, order), w, h, pixels);
    }

    /** A floating-point row's values as labels, refused unless each is a whole number a float holds exactly. */
    private static void wholeNumbers(Path file, int y, double[] values, int[] labels) {
        for (int x = 0; x < values.length; x++) {
            double v = values[x];
            if (!(v >= 0 && v <= LARGEST_FLOAT_LABEL && v == Math.rint(v))) {
                throw new BadInputException(file, 0, "not a label mask: value " + v + " at pixel (" + x + ", " + y
                        + "), whole numbers from 0 (the background) expected");
            }
            labels[x] = (int) v;
        }
    }

    /**
     * Refuses what is no label mask: where at least half the labels lie in separate pieces (a
     * grey-level picture, a binary mask, a semantic segmentation's classes), or one label covers
     * most of the frame (a background not labelled 0).
     */
    private static void checkLabels(Path file, Moments moments, int[] pieces, long pixels) {
        int split = 0;
        int worst = 0;
        int largest = 0;
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i] > 1) {
                split++;
                worst = pieces[i] > pieces[worst] ? i : worst;
            }
            largest = moments.count(i) > moments.count(largest) ? i : largest;
        }
        String expected = "; a label mask gives every cell an integer label of its own and the background 0, as Cellpose, "
                + "StarDist or ilastik (Object Identities) save a segmentation";
        if (split > 0 && 2 * split >= pieces.length) {
            throw new BadInputException(file, 0, "not a label mask: " + split + " of its " + pieces.length
                    + " labels are each in separate pieces (label " + moments.label(worst) + " in " + pieces[worst]
                    + ")" + expected + ", while a grey-level picture, a binary mask or a segmentation into classes cannot "
                    + "be tracked");
        }
        if (pieces.length > 0 && 2 * moments.count(largest) > pixels) {
            throw new BadInputException(file, 0, String.format(Locale.ROOT, "not a label mask: label %d covers %.0f %% of "
                    + "the frame, as a background would%s", moments.label(largest), 100.0 * moments.count(largest) / pixels,
                    expected));
        }
    }

    /** Pixel count and first and second moments of each label, indexed densely in order of appearance. */
    private static final class Moments {
        private int size;
        private int[] label = new int[64];
        private long[] count = new long[64];
        private double[] sumX = new double[64];
        private double[] sumY = new double[64];
        private double[] sumXX = new double[64];
        private double[] sumYY = new double[64];
        private double[] sumXY = new double[64];

        int size() {
            return size;
        }

        int label(int i) {
            return label[i];
        }

        long count(int i) {
            return count[i];
        }

        /** Starts a label's moments; returns its index. */
        int add(int newLabel) {
            if (size == label.length) {
                int n = 2 * size;
                label = Arrays.copyOf(label, n);
                count = Arrays.copyOf(count, n);
                sumX = Arrays.copyOf(sumX, n);
                sumY = Arrays.copyOf(sumY, n);
                sumXX = Arrays.copyOf(sumXX, n);
                sumYY = Arrays.copyOf(sumYY, n);
                sumXY = Arrays.copyOf(sumXY, n);
            }
            label[size] = newLabel;
            return size++;
        }

        void add(int i, int x, int y) {
            count[i]++;
            sumX[i] += x;
            sumY[i] += y;
            sumXX[i] += (double) x * x;
            sumYY[i] += (double) y * y;
            sumXY[i] += (double) x * y;
        }

        /** The label indices in ascending label order. */
        int[] labelOrder() {
            return IntStream.range(0, size).boxed().sorted(Comparator.comparingInt(i -> label[i]))
                    .mapToInt(Integer::intValue).toArray();
        }

        /** The cells in the given order of label indices. */
        List<Cell> cells(int frame, int[] order) {
            double medianArea = medianArea();
            List<Cell> cells = new ArrayList<>(size);
            for (int i : order) {
                long n = count[i];
                double mx = sumX[i] / n;
                double my = sumY[i] / n;
                double vxx = sumXX[i] / n - mx * mx + PIXEL_VARIANCE;
                double vyy = sumYY[i] / n - my * my + PIXEL_VARIANCE;
                double vxy = sumXY[i] / n - mx * my;
                double half = (vxx + vyy) / 2;
                double spread = Math.sqrt(Math.max(0, (vxx - vyy) * (vxx - vyy) / 4 + vxy * vxy));
                double minor = Math.max(half - spread, PIXEL_VARIANCE);
                double elongation = 0.5 * Math.log((half + spread) / minor);
                cells.add(new Cell(frame, label[i], mx, my, new double[] {Math.log(n / medianArea), elongation}));
            }
            return cells;
        }

        private double medianArea() {
            if (size == 0) {
                return 1;
            }
            long[] sorted = Arrays.copyOf(count, size);
            Arrays.sort(sorted);
            int mid = size / 2;
            return size % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        }
    }
}
