package org.mitosis.core.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Size of a lineage picture.
 *
 * @param width width in px, 64..8192
 * @param height height in px, 64..8192
 */
public record LineagePlotSettings(int width, int height) {

    private static final int MIN = 64;
    private static final int MAX = 8192;

    /** 1200 x 800 px. */
    public static LineagePlotSettings defaults() {
        return new LineagePlotSettings(1200, 800);
    }

    /** Every problem with these settings, empty when they are valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (width < MIN || width > MAX) {
            p.add("width " + width + " px is not in " + MIN + ".." + MAX);
        }
        if (height < MIN || height > MAX) {
            p.add("height " + height + " px is not in " + MIN + ".." + MAX);
        }
        return p;
    }

    /**
     * @throws IllegalArgumentException listing every problem
     */
    public LineagePlotSettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        return this;
    }
}
