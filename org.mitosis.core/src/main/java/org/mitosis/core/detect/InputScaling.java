package org.mitosis.core.detect;

import org.mitosis.core.io.GrayImage;

/**
 * How a frame becomes the network's input: box-average downsampling by an integer factor, then
 * standardisation per image (subtract the mean, divide by the standard deviation, clip to ±
 * {@link #CLIP} deviations) so that frames of different exposure look alike.
 *
 * <p>Coordinates: working pixel {@code u} covers full pixels {@code factor·u .. factor·u+factor-1},
 * so its centre is full-resolution {@code factor·u + (factor-1)/2}.
 *
 * @param factor downsampling factor, {@code >= 1}
 */
record InputScaling(int factor) {

    /** Standardised intensities are clipped to this many deviations from the mean. */
    static final float CLIP = 5f;

    InputScaling {
        if (factor < 1) {
            throw new IllegalArgumentException("downscale factor must be at least 1, got " + factor);
        }
    }

    /** Working width of a full-resolution width (partial blocks at the border are kept). */
    int scaled(int fullSize) {
        return (fullSize + factor - 1) / factor;
    }

    /** Full-resolution coordinate of working coordinate {@code u}. */
    double toFull(double u) {
        return factor * u + (factor - 1) / 2.0;
    }

    /** Working coordinate of full-resolution coordinate {@code x}. */
    double toWorking(double x) {
        return (x - (factor - 1) / 2.0) / factor;
    }

    /** The standardised, downsampled image, row-major, {@code scaled(width) x scaled(height)}. */
    float[] apply(GrayImage image) {
        int w = scaled(image.width());
        int h = scaled(image.height());
        float[] src = image.toFloatArray();
        double[] sum = new double[w * h];
        int[] count = new int[w * h];
        for (int y = 0; y < image.height(); y++) {
            int row = (y / factor) * w;
            for (int x = 0; x < image.width(); x++) {
                sum[row + x / factor] += src[y * image.width() + x];
                count[row + x / factor]++;
            }
        }
        double mean = 0;
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count[i];
            mean += sum[i];
        }
        mean /= sum.length;
        double var = 0;
        for (double v : sum) {
            var += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(var / sum.length);
        double scale = std > 1e-9 ? 1 / std : 0;
        float[] out = new float[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-CLIP, Math.min(CLIP, (float) ((sum[i] - mean) * scale)));
        }
        return out;
    }
}
