package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Architecture of the {@link UNet}: how many times the contracting path halves the image and how
 * many channels its first level has (each level below doubles them).
 *
 * @param depth number of 2x2 max-pooling steps, 1..5; inputs must be multiples of {@code 2^depth}
 * @param baseChannels channels of the first level, {@code >= 1}
 * @param featureLevel contracting level whose activations become the cells' shape features,
 *        {@code 0..depth} ({@code depth} = the bottleneck)
 */
public record UNetShape(int depth, int baseChannels, int featureLevel) {

    /** Three poolings, 16 channels at the top, features from the level just above the bottleneck. */
    public static UNetShape defaults() {
        return new UNetShape(3, 16, 2);
    }

    /** Channels at contracting level {@code level} (the bottleneck is level {@code depth}). */
    public int channels(int level) {
        return baseChannels << level;
    }

    /** Side length every input must be a multiple of. */
    public int granularity() {
        return 1 << depth;
    }

    /** Length of the shape feature vector. */
    public int featureCount() {
        return channels(featureLevel);
    }

    /** Every problem with this shape, empty when it is valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (depth < 1 || depth > 5) {
            p.add("U-Net depth must be 1..5, got " + depth);
        }
        if (baseChannels < 1) {
            p.add("U-Net base channels must be at least 1, got " + baseChannels);
        }
        if (featureLevel < 0 || featureLevel > depth) {
            p.add("feature level must be 0.." + depth + ", got " + featureLevel);
        }
        return p;
    }
}
