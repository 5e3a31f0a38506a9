package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * How the {@link CentroidDetector} reads a frame. Sizes marked "working px" are at the downsampled
 * scale the network sees; the others are full-resolution pixels.
 *
 * @param shape U-Net architecture
 * @param downscale factor by which frames are box-averaged before the network, {@code >= 1}
 * @param tileSize largest tile side in working px, a multiple of the U-Net granularity; frames
 *        larger than this are processed tile by tile, bounding memory
 * @param tileMargin context around each tile's kept core in working px, a multiple of the
 *        granularity; at least the receptive-field radius (about 51 working px at depth 3) makes
 *        tiled and whole-frame output agree
 * @param threshold smallest centroid-map peak that counts as a cell (targets peak at 1)
 * @param minDistance smallest distance between two detected centroids, full px, {@code >= 1}
 * @param featurePatch side of the square patch around a cell over which the shape features are
 *        averaged, full px, {@code >= 1} (50 in GNN-DOL)
 */
public record DetectorSettings(UNetShape shape, int downscale, int tileSize, int tileMargin, double threshold,
        double minDistance, int featurePatch) {

    /** Settings sized for 10x phase-contrast C2C12 frames (cells 20-40 px across). */
    public static DetectorSettings defaults() {
        return new DetectorSettings(UNetShape.defaults(), 2, 768, 56, 0.4, 6, 50);
    }

    /** The same settings with another peak threshold. */
    public DetectorSettings withThreshold(double newThreshold) {
        return new DetectorSettings(shape, downscale, tileSize, tileMargin, newThreshold, minDistance, featurePatch);
    }

    /** Every problem with these settings, empty when they are valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>(shape == null ? List.of("U-Net shape is missing") : shape.problems());
        int g = shape == null || !shape.problems().isEmpty() ? 1 : shape.granularity();
        if (downscale < 1) {
            p.add("downscale must be at least 1, got " + downscale);
        }
        if (tileSize < g || tileSize % g != 0) {
            p.add("tile size must be a positive multiple of " + g + ", got " + tileSize);
        }
        if (tileMargin < 0 || tileMargin % g != 0 || 2 * tileMargin >= tileSize) {
            p.add("tile margin must be a multiple of " + g + " in 0..tileSize/2, got " + tileMargin);
        }
        if (!Double.isFinite(threshold)) {
            p.add("threshold must be finite, got " + threshold);
        }
        if (!(minDistance >= 1)) {
            p.add("minimum distance must be at least 1 px, got " + minDistance);
        }
        if (featurePatch < 1) {
            p.add("feature patch must be at least 1 px, got " + featurePatch);
        }
        return p;
    }

    /**
     * @throws IllegalArgumentException listing every problem
     */
    public DetectorSettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        return this;
    }
}
