package org.mitosis.core.cycles;

/**
 * One frame's events (definitions in the package documentation).
 *
 * @param frame the frame
 * @param cells cells in the frame
 * @param divisions cells of the frame that divide (mothers in their last frame)
 * @param births tracks born in the frame (daughters in their first frame)
 * @param appeared tracks that appeared in the frame without a parent (none in the first frame)
 * @param vanished tracks that vanished after the frame: their last frame, without dividing, before
 *        the lineage's last frame
 */
public record FrameCounts(int frame, int cells, int divisions, int births, int appeared, int vanished) {
}
