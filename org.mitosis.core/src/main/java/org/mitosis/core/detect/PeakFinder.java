package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the peaks of a centroid map: pixels that reach {@code threshold} and are the maximum of
 * the square window of radius {@code minDistance} around them; of peaks closer than
 * {@code minDistance}, only the higher survives (greedy non-maximum suppression). Each peak is
 * refined to sub-pixel precision by fitting a parabola through the pixel and its two neighbours
 * along each axis, {@code δ = (f₋ - f₊) / (2(f₋ - 2f₀ + f₊))}, clamped to ±0.5.
 *
 * <p>Cost O(pixels · minDistance²) in the worst case, O(pixels) on typical sparse maps because
 * the window test stops at the first higher neighbour.
 */
public final class PeakFinder {

    private final double threshold;
    private final int minDistance;

    /**
     * @param threshold smallest peak value, finite
     * @param minDistance smallest distance between peaks in map pixels, {@code >= 1}
     */
    public PeakFinder(double threshold, int minDistance) {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite, got " + threshold);
        }
        if (minDistance < 1) {
            throw new IllegalArgumentException("minimum distance must be at least 1, got " + minDistance);
        }
        this.threshold = threshold;
        this.minDistance = minDistance;
    }

    /**
     * @param map row-major values, {@code width * height}
     * @return peaks, highest first
     */
    public List<Peak> find(float[] map, int width, int height) {
        if (map.length != (long) width * height) {
            throw new IllegalArgumentException("map has " + map.length + " values, not " + width + " x " + height);
        }
        List<int[]> candidates = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (map[y * width + x] >= threshold && isWindowMax(map, width, height, x, y)) {
                    candidates.add(new int[] {x, y});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((int[] c) -> -map[c[1] * width + c[0]]));
        List<Peak> peaks = new ArrayList<>();
        double min2 = (double) minDistance * minDistance;
        for (int[] c : candidates) {
            Peak p = refine(map, width, height, c[0], c[1]);
            if (peaks.stream().noneMatch(q -> sq(q.x() - p.x()) + sq(q.y() - p.y()) < min2)) {
                peaks.add(p);
            }
        }
        return peaks;
    }

    /** Ties go to the first pixel in row-major order so that flat tops give one peak. */
    private boolean isWindowMax(float[] map, int width, int height, int x, int y) {
        float v = map[y * width + x];
        for (int yy = Math.max(0, y - minDistance); yy <= Math.min(height - 1, y + minDistance); yy++) {
            for (int xx = Math.max(0, x - minDistance); xx <= Math.min(width - 1, x + minDistance); xx++) {
                float o = map[yy * width + xx];
                boolean before = yy < y || (yy == y && xx < x);
                if (o > v || (o == v && before)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Peak refine(float[] map, int width, int height, int x, int y) {
        float f0 = map[y * width + x];
        double dx = x > 0 && x < width - 1 ? offset(map[y * width + x - 1], f0, map[y * width + x + 1]) : 0;
        double dy = y > 0 && y < height - 1 ? offset(map[(y - 1) * width + x], f0, map[(y + 1) * width + x]) : 0;
        return new Peak(x + dx, y + dy, f0);
    }

    private static double offset(float minus, float centre, float plus) {
        double curvature = minus - 2.0 * centre + plus;
        if (curvature >= 0) {
            return 0;
        }
        return Math.max(-0.5, Math.min(0.5, (minus - plus) / (2 * curvature)));
    }

    private static double sq(double v) {
        return v * v;
    }
}
