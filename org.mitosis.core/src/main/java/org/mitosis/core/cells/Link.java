package org.mitosis.core.cells;

import java.util.Objects;

/**
 * Cell {@code source} continues as, or divides into, cell {@code target} in a later frame (the next
 * one, or a later one across a closed gap).
 *
 * @param source the earlier cell
 * @param target the later cell
 */
public record Link(CellRef source, CellRef target) {

    /**
     * @throws IllegalArgumentException unless the target lies in a later frame
     */
    public Link {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (target.frame() <= source.frame()) {
            throw new IllegalArgumentException("link from " + source + " to " + target + " does not go forward in time");
        }
    }

    /** Convenience constructor from frames and ids. */
    public static Link of(int sourceFrame, int sourceId, int targetFrame, int targetId) {
        return new Link(new CellRef(sourceFrame, sourceId), new CellRef(targetFrame, targetId));
    }

    /** Number of frames the link spans: 1 for consecutive frames. */
    public int span() {
        return target.frame() - source.frame();
    }
}
