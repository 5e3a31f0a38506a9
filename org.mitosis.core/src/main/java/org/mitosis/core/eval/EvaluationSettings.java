package org.mitosis.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How close a result must come to the truth to count.
 *
 * @param cellRadius largest distance in pixels at which a result cell matches a truth cell in the
 *        same frame (default 10 px)
 * @param divisionRadius largest distance in pixels between the parents of a predicted and a truth
 *        division that match (default 15 px)
 * @param frameTolerance largest difference in frames between matching divisions (default 1)
 */
public record EvaluationSettings(double cellRadius, double divisionRadius, int frameTolerance) {

    /** 10 px, 15 px, 1 frame. */
    public static final EvaluationSettings DEFAULTS = new EvaluationSettings(10, 15, 1);

    /**
     * @return this, when every value is usable
     * @throws IllegalArgumentException listing every problem at once
     */
    public EvaluationSettings validate() {
        List<String> problems = new ArrayList<>();
        if (!(cellRadius >= 0) || Double.isInfinite(cellRadius)) {
            problems.add("cell radius must be a finite number >= 0 px, got " + cellRadius);
        }
        if (!(divisionRadius >= 0) || Double.isInfinite(divisionRadius)) {
            problems.add("division radius must be a finite number >= 0 px, got " + divisionRadius);
        }
        if (frameTolerance < 0) {
            problems.add("division frame tolerance must be >= 0 frames, got " + frameTolerance);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad evaluation settings: " + String.join("; ", problems));
        }
        return this;
    }
}
