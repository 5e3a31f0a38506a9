package org.mitosis.core.io;

/**
 * One line of a Cell Tracking Challenge track file ({@code man_track.txt} or {@code res_track.txt}).
 *
 * @param id track id, {@code >= 1}
 * @param start first frame, 0-based
 * @param end last frame, inclusive, {@code >= start}
 * @param parent parent track id, 0 for none
 */
public record CtcTrack(int id, int start, int end, int parent) {

    /** Whether {@code frame} lies within {@code start..end}. */
    public boolean covers(int frame) {
        return frame >= start && frame <= end;
    }
}
