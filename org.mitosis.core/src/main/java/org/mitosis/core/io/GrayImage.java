package org.mitosis.core.io;

/**
 * One grayscale frame: {@code width x height} unsigned 8- or 16-bit samples, row-major
 * ({@code index = y * width + x}, x = column, y = row).
 *
 * <p>Immutable: the samples are held as {@code short}s (read unsigned) and copied on the way out.
 */
public final class GrayImage {

    private final int width;
    private final int height;
    private final int bitDepth;
    private final short[] samples;

    /**
     * @param bitDepth 8 or 16
     * @param samples {@code width * height} unsigned samples, row-major; copied
     */
    public GrayImage(int width, int height, int bitDepth, short[] samples) {
        if (width <= 0 || height <= 0 || (long) width * height != samples.length) {
            throw new IllegalArgumentException(width + "x" + height + " image with " + samples.length + " samples");
        }
        if (bitDepth != 8 && bitDepth != 16) {
            throw new IllegalArgumentException("bit depth " + bitDepth + ", 8 or 16 expected");
        }
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.samples = samples.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** 8 or 16. */
    public int bitDepth() {
        return bitDepth;
    }

    /** The largest possible sample, 255 or 65535. */
    public int maxValue() {
        return (1 << bitDepth) - 1;
    }

    /** The sample at column {@code x}, row {@code y}, in {@code 0..maxValue()}. */
    public int value(int x, int y) {
        return Short.toUnsignedInt(samples[y * width + x]);
    }

    /** The samples as stored (read them unsigned), row-major; a copy. */
    public short[] toShortArray() {
        return samples.clone();
    }

    /** The samples as floats in {@code 0..maxValue()}, row-major; a new array. */
    public float[] toFloatArray() {
        float[] out = new float[samples.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Short.toUnsignedInt(samples[i]);
        }
        return out;
    }
}
