package org.mitosis.core.detect;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * A single-channel image: {@code width x height} intensities, row-major ({@code y * width + x}).
 * Immutable: the pixel array is copied on the way in and out.
 */
public final class GrayImage {

    private final int width;
    private final int height;
    private final float[] pixels;

    /**
     * @param pixels row-major intensities, {@code width * height} of them, copied
     * @throws IllegalArgumentException for a non-positive size or a wrong pixel count
     */
    public GrayImage(int width, int height, float[] pixels) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException("expected " + (long) width * height + " pixels, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels.clone();
    }

    /** The first band of an AWT image (the grey value of a grey image), as floats. */
    public static GrayImage of(BufferedImage image) {
        Raster r = image.getRaster();
        float[] p = r.getSamples(0, 0, r.getWidth(), r.getHeight(), 0, new float[r.getWidth() * r.getHeight()]);
        return new GrayImage(r.getWidth(), r.getHeight(), p);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Intensity at column {@code x}, row {@code y}. */
    public float get(int x, int y) {
        return pixels[y * width + x];
    }

    /** A copy of the row-major pixels. */
    public float[] pixels() {
        return pixels.clone();
    }

    /** The pixels without copying, for this package's hot loops; callers must not write. */
    float[] pixelsUnsafe() {
        return pixels;
    }
}
