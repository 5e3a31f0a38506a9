package org.mitosis.core.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * How a division gallery shows each division: a square crop of the frames around the mother, from
 * a few frames before her division to a few after.
 *
 * @param cropSize side of the crop in the images' pixels, 16..1024 (a few cell diameters: the
 *        default 96 px shows a C2C12 mother and her neighbours at 1.3 µm per pixel)
 * @param framesBefore frames shown before the mother's last frame, 0..10
 * @param framesAfter frames shown after the mother's last frame, 1..10 (the daughters' first frame
 *        is the first of them, or the second across a closed gap)
 * @param zoom how many screen pixels show one image pixel, 1..8
 */
public record GallerySettings(int cropSize, int framesBefore, int framesAfter, int zoom) {

    /** A 96 px crop, one frame before and two after, shown twice the size. */
    public static GallerySettings defaults() {
        return new GallerySettings(96, 1, 2, 2);
    }

    /** Every problem with these settings, empty when they are valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        check(p, "crop size", cropSize, 16, 1024, " px");
        check(p, "frames before", framesBefore, 0, 10, "");
        check(p, "frames after", framesAfter, 1, 10, "");
        check(p, "zoom", zoom, 1, 8, "");
        return p;
    }

    private static void check(List<String> problems, String name, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            problems.add(name + " " + value + unit + " is not in " + min + ".." + max);
        }
    }

    /**
     * @throws IllegalArgumentException listing every problem
     */
    public GallerySettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        return this;
    }

    /**
     * The same view of cells {@code cellScale} times as large in pixels: the crop grows with them
     * (within 16..1024 px) and the zoom shrinks (within 1..8), so a strip shows as many cells at
     * about the same size on screen.
     *
     * @throws IllegalArgumentException unless {@code cellScale} is finite and {@code > 0}
     */
    public GallerySettings atCellScale(double cellScale) {
        if (!(cellScale > 0) || Double.isInfinite(cellScale)) {
            throw new IllegalArgumentException("cell scale must be finite and > 0, got " + cellScale);
        }
        int crop = (int) Math.max(16, Math.min(1024, Math.round(cropSize * cellScale)));
        int newZoom = (int) Math.max(1, Math.min(8, Math.round(zoom * cropSize / (double) crop)));
        return new GallerySettings(crop, framesBefore, framesAfter, newZoom);
    }

    /** Frames in one strip. */
    public int panels() {
        return framesBefore + 1 + framesAfter;
    }
}
