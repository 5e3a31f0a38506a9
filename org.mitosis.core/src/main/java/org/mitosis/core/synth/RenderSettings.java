package org.mitosis.core.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link PhaseContrastRenderer}. Intensities are 8-bit grey levels, sizes pixels.
 *
 * @param width image width, {@code >= 1}
 * @param height image height, {@code >= 1}
 * @param cellRadius mean radius of an interphase cell, {@code > 0}; its ellipse has semi-axes
 *        {@code cellRadius · elongation} and {@code cellRadius / elongation}
 * @param elongation largest ratio of a cell's long semi-axis to {@code cellRadius}, {@code >= 1}
 *        (each track draws its own from 1..elongation)
 * @param background mean background grey level, 0..255
 * @param darkness how much darker than the background a cell's centre is, {@code >= 0}
 * @param halo brightness of the halo around interphase cells, {@code >= 0}
 * @param mitoticBrightness brightness of the ring around a rounded mitotic cell, {@code >= 0}
 * @param mitosisFrames frames before its division during which a cell is drawn rounded, {@code >= 1}
 * @param illumination relative amplitude of the uneven illumination, 0..1
 * @param noise standard deviation of the pixel noise, {@code >= 0}
 * @param seed seed of every random choice (shapes, illumination, noise)
 */
public record RenderSettings(int width, int height, double cellRadius, double elongation, double background,
        double darkness, double halo, double mitoticBrightness, int mitosisFrames, double illumination, double noise,
        long seed) {

    /** Settings that look roughly like 10x C2C12 phase contrast for the field of a simulation. */
    public static RenderSettings defaults(SimulationSettings simulation) {
        return new RenderSettings((int) Math.ceil(simulation.width()), (int) Math.ceil(simulation.height()),
                simulation.cellRadius(), 1.8, 120, 45, 40, 110, 3, 0.15, 5, simulation.seed());
    }

    /** Every problem with these settings, empty when they are valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (width < 1 || height < 1) {
            p.add("image size must be positive, got " + width + " x " + height);
        }
        if (!(cellRadius > 0)) {
            p.add("cell radius must be positive, got " + cellRadius);
        }
        if (!(elongation >= 1)) {
            p.add("elongation must be at least 1, got " + elongation);
        }
        if (!(background >= 0 && background <= 255)) {
            p.add("background must be 0..255, got " + background);
        }
        if (!(darkness >= 0) || !(halo >= 0) || !(mitoticBrightness >= 0)) {
            p.add("darkness, halo and mitotic brightness must not be negative, got " + darkness + ", " + halo
                    + ", " + mitoticBrightness);
        }
        if (mitosisFrames < 1) {
            p.add("mitosis frames must be at least 1, got " + mitosisFrames);
        }
        if (!(illumination >= 0 && illumination <= 1)) {
            p.add("illumination amplitude must be 0..1, got " + illumination);
        }
        if (!(noise >= 0)) {
            p.add("noise must not be negative, got " + noise);
        }
        return p;
    }

    /**
     * @throws IllegalArgumentException listing every problem
     */
    public RenderSettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        return this;
    }
}
