package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mitosis.core.io.GrayImage;

/**
 * How a frame becomes the network's input: area-average resampling by a factor (box averaging where
 * it is a whole number, as the detector trains), then standardisation per image (subtract the mean,
 * divide by the standard deviation, clip to ± {@link #CLIP} deviations) so that frames of different
 * exposure look alike.
 *
 * <p>Coordinates: working pixel {@code u} covers full pixels {@code [factor·u, factor·(u+1))}, so its
 * centre is full-resolution {@code factor·(u + ½) − ½}. A factor below 1 enlarges the frame.
 *
 * @param factor resampling factor (full pixels per working pixel), {@code > 0}
 */
record InputScaling(double factor) {

    /** Standardised intensities are clipped to this many deviations from the mean. */
    static final float CLIP = 5f;

    InputScaling {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scaling factor must be finite and > 0, got " + factor);
        }
    }

    /** Working width of a full-resolution width (partial blocks at the border are kept). */
    int scaled(int fullSize) {
        return Math.max(1, (int) Math.ceil(fullSize / factor - 1e-9));
    }

    /** Full-resolution coordinate of working coordinate {@code u}. */
    double toFull(double u) {
        return factor * u + (factor - 1) / 2.0;
    }

    /** Working coordinate of full-resolution coordinate {@code x}. */
    double toWorking(double x) {
        return (x - (factor - 1) / 2.0) / factor;
    }

    /** The standardised, resampled image, row-major, {@code scaled(width) x scaled(height)}. */
    float[] apply(GrayImage image) {
        double[] mean = factor == Math.rint(factor) ? boxAverage(image, (int) factor) : areaAverage(image);
        double m = 0;
        for (double v : mean) {
            m += v;
        }
        m /= mean.length;
        double var = 0;
        for (double v : mean) {
            var += (v - m) * (v - m);
        }
        double std = Math.sqrt(var / mean.length);
        double scale = std > 1e-9 ? 1 / std : 0;
        float[] out = new float[mean.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-CLIP, Math.min(CLIP, (float) ((mean[i] - m) * scale)));
        }
        return out;
    }

    /** Mean of each whole {@code k x k} block (partial blocks at the border over their pixels). */
    private double[] boxAverage(GrayImage image, int k) {
        int w = scaled(image.width());
        int h = scaled(image.height());
        float[] src = image.toFloatArray();
        double[] sum = new double[w * h];
        int[] count = new int[w * h];
        for (int y = 0; y < image.height(); y++) {
            int row = (y / k) * w;
            for (int x = 0; x < image.width(); x++) {
                sum[row + x / k] += src[y * image.width() + x];
                count[row + x / k]++;
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count[i];
        }
        return sum;
    }

    /** Each working pixel's mean over the full pixels it overlaps, weighted by the overlap's area. */
    private double[] areaAverage(GrayImage image) {
        int w = scaled(image.width());
        int h = scaled(image.height());
        Overlaps cols = overlaps(w, image.width());
        Overlaps rows = overlaps(h, image.height());
        float[] src = image.toFloatArray();
        double[] out = new double[w * h];
        double[] rowMean = new double[w];
        for (int v = 0; v < h; v++) {
            Arrays.fill(rowMean, 0);
            double rowWeight = 0;
            for (int k = rows.start[v]; k < rows.start[v + 1]; k++) {
                int y = rows.index[k];
                double wy = rows.weight[k];
                rowWeight += wy;
                for (int u = 0; u < w; u++) {
                    double s = 0;
                    for (int j = cols.start[u]; j < cols.start[u + 1]; j++) {
                        s += cols.weight[j] * src[y * image.width() + cols.index[j]];
                    }
                    rowMean[u] += wy * s;
                }
            }
            for (int u = 0; u < w; u++) {
                out[v * w + u] = rowMean[u] / (rowWeight * cols.total[u]);
            }
        }
        return out;
    }

    /** Per working index, the full indices it overlaps and by how much (CSR layout). */
    private record Overlaps(int[] start, int[] index, double[] weight, double[] total) {
    }

    private Overlaps overlaps(int working, int full) {
        int[] start = new int[working + 1];
        List<Integer> index = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        double[] total = new double[working];
        for (int u = 0; u < working; u++) {
            start[u] = index.size();
            double a = factor * u;
            double b = Math.min(full, factor * (u + 1));
            for (int x = (int) Math.floor(a); x < b && x < full; x++) {
                double overlap = Math.min(b, x + 1) - Math.max(a, x);
                if (overlap > 1e-12) {
                    index.add(x);
                    weight.add(overlap);
                    total[u] += overlap;
                }
            }
        }
        start[working] = index.size();
        return new Overlaps(start, index.stream().mapToInt(Integer::intValue).toArray(),
                weight.stream().mapToDouble(Double::doubleValue).toArray(), total);
    }
}
