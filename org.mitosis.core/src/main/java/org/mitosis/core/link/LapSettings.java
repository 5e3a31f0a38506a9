package org.mitosis.core.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the {@link LapLinker}. Costs are in squared pixels, like the link cost (the squared
 * distance), so that they compare directly.
 *
 * @param maxDistance largest distance in pixels of a link between consecutive frames
 * @param splitCost extra cost of a cell's second successor (a division), px^2, {@code >= 0}
 * @param birthCost cost of a cell at t+1 that takes no predecessor, px^2, {@code > 0}
 * @param deathCost cost of a cell at t that takes no successor, px^2, {@code > 0}
 * @param gapClosing whether a cell at t+1 may also continue a track that ended at t-1 (one
 *        missing frame)
 * @param gapMaxDistance largest distance in pixels of such a gap-closing link
 * @param minDaughterFrames a division is kept only where a daughter's branch lasts at least this
 *        many frames (1 keeps every division); shorter branches lose their link to the parent
 */
public record LapSettings(double maxDistance, double splitCost, double birthCost, double deathCost,
        boolean gapClosing, double gapMaxDistance, int minDaughterFrames) {

    /**
     * 20 px links; a second successor costs 100 px^2 more; birth and death cost 400 px^2 (a
     * 20 px link); no gap closing (gap distance 20 px when turned on); every division kept.
     */
    public static final LapSettings DEFAULTS = new LapSettings(20, 100, 400, 400, false, 20, 1);

    /**
     * @return this, when every value is usable
     * @throws IllegalArgumentException listing every problem at once
     */
    public LapSettings validate() {
        List<String> problems = new ArrayList<>();
        positive(problems, "max distance (px)", maxDistance);
        if (!(splitCost >= 0) || Double.isInfinite(splitCost)) {
            problems.add("split cost must be a finite number >= 0 px^2, got " + splitCost);
        }
        positive(problems, "birth cost (px^2)", birthCost);
        positive(problems, "death cost (px^2)", deathCost);
        positive(problems, "gap max distance (px)", gapMaxDistance);
        if (minDaughterFrames < 1) {
            problems.add("min daughter frames must be >= 1, got " + minDaughterFrames);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad LAP settings: " + String.join("; ", problems));
        }
        return this;
    }

    private static void positive(List<String> problems, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            problems.add(name + " must be a finite number > 0, got " + value);
        }
    }
}
