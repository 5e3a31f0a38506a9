package org.mitosis.core.cycles;

/**
 * How the cell cycle statistics read time.
 *
 * @param minutesPerFrame minutes between frames, for times in hours beside those in frames; 0 where
 *        not known (times in frames only)
 */
public record CycleSettings(double minutesPerFrame) {

    /** Times in frames only. */
    public static final CycleSettings FRAMES_ONLY = new CycleSettings(0);

    /**
     * @return this, when the value is usable
     * @throws IllegalArgumentException naming the problem
     */
    public CycleSettings validate() {
        if (!(minutesPerFrame >= 0) || Double.isInfinite(minutesPerFrame)) {
            throw new IllegalArgumentException("the minutes between frames must be a finite number >= 0 (0: not known), got "
                    + minutesPerFrame);
        }
        return this;
    }

    /** Whether times can be given in hours. */
    public boolean knowsTime() {
        return minutesPerFrame > 0;
    }

    /** {@code frames} in hours; NaN where the frame interval is not known. */
    public double hours(double frames) {
        return knowsTime() ? frames * minutesPerFrame / 60 : Double.NaN;
    }
}
