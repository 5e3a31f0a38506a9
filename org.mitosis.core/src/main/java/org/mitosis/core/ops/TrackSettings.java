package org.mitosis.core.ops;

import java.util.ArrayList;
import java.util.List;

import org.mitosis.core.link.LongGapCloser;
import org.mitosis.core.link.StageDrift;

/**
 * How a trained model links one movie, beside its cell scale.
 *
 * @param correctDrift whether the field of view's drift between frames ({@link StageDrift}) is taken
 *        off the positions the model links
 * @param maxMissedFrames most frames in a row a detector may have missed a cell and its track still
 *        go on ({@link LongGapCloser}); 1: the model's own one-frame gap closing only
 */
public record TrackSettings(boolean correctDrift, int maxMissedFrames) {

    /** No drift correction; gaps of up to two missed frames closed. */
    public static final TrackSettings DEFAULTS = new TrackSettings(false, 2);

    /** Every problem with these settings; empty when they are usable. */
    public List<String> problems() {
        return new ArrayList<>(LongGapCloser.problems(maxMissedFrames));
    }

    /**
     * @return this, when every value is usable
     * @throws IllegalArgumentException listing every problem
     */
    public TrackSettings validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad tracking settings: " + String.join("; ", problems));
        }
        return this;
    }
}
