package org.mitosis.core.detect;

import java.util.List;

/**
 * The training target of the U-Net: an image that holds a Gaussian blob of height 1 at each
 * centroid, {@code t(p) = max_i exp(-|p - c_i|² / 2σ²)} (the maximum, not the sum, so that
 * touching cells keep separate peaks). Blobs are cut at 3σ. Cost O(cells · σ²).
 */
final class CentroidMap {

    private CentroidMap() {
    }

    /**
     * @param centroids {@code {u, v}} positions in the map's pixels (column, row)
     * @param sigma blob standard deviation in the map's pixels, {@code > 0}
     * @return row-major map of {@code width x height}
     */
    static float[] render(List<double[]> centroids, int width, int height, double sigma) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive, got " + sigma);
        }
        float[] map = new float[width * height];
        int reach = (int) Math.ceil(3 * sigma);
        double k = 1 / (2 * sigma * sigma);
        for (double[] c : centroids) {
            int cx = (int) Math.round(c[0]);
            int cy = (int) Math.round(c[1]);
            for (int y = Math.max(0, cy - reach); y <= Math.min(height - 1, cy + reach); y++) {
                for (int x = Math.max(0, cx - reach); x <= Math.min(width - 1, cx + reach); x++) {
                    double d2 = (x - c[0]) * (x - c[0]) + (y - c[1]) * (y - c[1]);
                    float v = (float) Math.exp(-d2 * k);
                    int i = y * width + x;
                    if (v > map[i]) {
                        map[i] = v;
                    }
                }
            }
        }
        return map;
    }
}
