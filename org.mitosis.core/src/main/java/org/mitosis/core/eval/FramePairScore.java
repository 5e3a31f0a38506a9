package org.mitosis.core.eval;

/**
 * Link scores over the links from {@code frame} to {@code frame + 1} only: the correspondence
 * accuracy of one frame pair (the paper's Fig. 4 plots its F1 for pairs with a truth division).
 *
 * @param frame the earlier frame of the pair
 * @param links the link scores restricted to this pair
 */
public record FramePairScore(int frame, LinkScores links) {

    public double f1() {
        return links.f1();
    }
}
