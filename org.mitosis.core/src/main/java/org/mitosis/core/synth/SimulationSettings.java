package org.mitosis.core.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link TimeLapseSimulator}. Distances are pixels, times are frames.
 *
 * @param frames number of frames, {@code >= 1}
 * @param initialCells cells in the first frame, {@code >= 0}
 * @param width field width in px, {@code > 0}
 * @param height field height in px, {@code > 0}
 * @param cellRadius radius of a cell in px: daughters are born about one radius from the parent's
 *        position and cells keep about two radii apart, {@code > 0}
 * @param speed standard deviation of a cell's per-frame step in px, {@code >= 0}
 * @param cycleMean mean cell-cycle length in frames (time from birth to division), {@code > 1}
 * @param cycleSpread standard deviation of the cycle length in frames, {@code >= 0}
 * @param entryRate expected number of cells entering through the border per frame, {@code >= 0}
 * @param seed seed of every random choice
 */
public record SimulationSettings(int frames, int initialCells, double width, double height, double cellRadius,
        double speed, double cycleMean, double cycleSpread, double entryRate, long seed) {

    /** Fifty frames of a sparse culture at 10x, sized like a small C2C12 crop. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(50, 60, 512, 512, 8, 3, 40, 8, 0.3, 42);
    }

    /** The same culture and field with another movie length, starting population and seed. */
    public SimulationSettings withMovie(int newFrames, int newInitialCells, long newSeed) {
        return new SimulationSettings(newFrames, newInitialCells, width, height, cellRadius, speed, cycleMean, cycleSpread,
                entryRate, newSeed);
    }

    /** Every problem with these settings, empty when they are valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (frames < 1) {
            p.add("frames must be at least 1, got " + frames);
        }
        if (initialCells < 0) {
            p.add("initial cells must not be negative, got " + initialCells);
        }
        if (!(width > 0) || !(height > 0)) {
            p.add("field size must be positive, got " + width + " x " + height);
        }
        if (!(cellRadius > 0)) {
            p.add("cell radius must be positive, got " + cellRadius);
        }
        if (!(speed >= 0)) {
            p.add("speed must not be negative, got " + speed);
        }
        if (!(cycleMean > 1)) {
            p.add("mean cycle length must exceed 1 frame, got " + cycleMean);
        }
        if (!(cycleSpread >= 0)) {
            p.add("cycle spread must not be negative, got " + cycleSpread);
        }
        if (!(entryRate >= 0)) {
            p.add("entry rate must not be negative, got " + entryRate);
        }
        return p;
    }

    /**
     * @throws IllegalArgumentException listing every problem
     */
    public SimulationSettings validate() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        return this;
    }
}
