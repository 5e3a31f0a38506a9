package org.mitosis.core.detect;

import org.mitosis.core.io.GrayImage;

/** Builds 8-bit test images from float intensities. */
final class TestImages {

    private TestImages() {
    }

    /** Rounds and clips {@code values} to 0..255. */
    static GrayImage gray8(int width, int height, float[] values) {
        short[] s = new short[values.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.max(0, Math.min(255, Math.round(values[i])));
        }
        return new GrayImage(width, height, 8, s);
    }
}
