package org.mitosis.core.eval;

/**
 * Division outcomes of one frame: a matched division counts at its truth division's frame, an
 * unmatched predicted division at its own frame, a missed truth division at its frame. Summed over
 * the frames they give {@link DivisionScores}' counts; apart they let {@link DivisionBootstrap}
 * resample frames.
 *
 * @param frame the frame of the dividing cell
 * @param tp matched divisions
 * @param fp unmatched predicted divisions
 * @param fn missed truth divisions
 */
public record FrameDivisions(int frame, int tp, int fp, int fn) {
}
