/**
 * The project's yardstick: scores a tracking result (a {@link org.mitosis.core.cells.Lineage})
 * against an annotated truth. Entry point {@link org.mitosis.core.eval.Evaluation#evaluate}; the
 * radii and tolerance are {@link org.mitosis.core.eval.EvaluationSettings} (defaults 10 px, 15 px,
 * 1 frame).
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li><b>Cell matching.</b> In each frame, result cells are matched one-to-one to truth cells
 * within the cell radius (default 10 px, inclusive): as many pairs as possible, and among those
 * the pairs of least total Euclidean distance (an optimal assignment). Identical positions are at
 * distance 0 and always match.</li>
 * <li><b>Division.</b> A cell with two or more successors ({@code Lineage.divisions()}); its frame
 * is the parent's frame. A cell with one successor is not a division, even where the annotation
 * gives that successor a new track id.</li>
 * <li><b>Division matching.</b> A predicted division may match a truth division when their frames
 * differ by at most the frame tolerance (default 1) and their parents lie within the division
 * radius (default 15 px). Matching is one-to-one and optimal: as many pairs as possible, then the
 * least total of (distance + division radius x frame difference), so an exact-frame match wins
 * over an off-by-one one. TP = matched pairs, FP = predicted divisions left over, FN = truth
 * divisions left over. Precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN),
 * MBC (mitotic branching correctness) = TP/(TP+FP+FN).</li>
 * <li><b>Strict division F1.</b> As F1, but a matched pair counts only when at least two of the
 * predicted parent's successors are matched (cell matching) to successors of the truth parent:
 * strict F1 = 2 TP<sub>strict</sub> / (predicted + truth divisions). Daughters are matched within
 * their own frame, so a division found one frame off is not strictly correct.</li>
 * <li><b>Links over matched cells.</b> Only links whose two endpoints are matched count. A result
 * link a&rarr;b is <i>correct</i> when a and b match truth cells a', b' and b' descends from a' in
 * the truth (for consecutive frames: the truth has a'&rarr;b'; across a closed gap: a' is b''s
 * ancestor in a's frame). Link precision = correct / result links with both endpoints matched.
 * Symmetrically a truth link a'&rarr;b' is <i>found</i> when both endpoints match result cells a, b
 * and b descends from a in the result; link recall = found / truth links with both endpoints
 * matched. Link F1 is the harmonic mean. Detection errors (unmatched cells) thus do not count as
 * link errors; they show in the division scores and the cell counts.</li>
 * <li><b>Detection.</b> The cell matching itself: TP = matched cells, FP = result cells left over,
 * FN = truth cells left over, with precision, recall and F1 (how a detector is scored).</li>
 * <li><b>Correspondence F1</b> (the paper's Fig. 4): the link scores restricted to links from
 * frame t to t+1, for every t where the truth has a division whose daughter lies in t+1.</li>
 * <li><b>Empty cases.</b> A ratio whose denominator is 0 is 1: nothing predicted gives precision 1,
 * nothing to find gives recall 1, and F1, MBC and strict F1 are 1 when there is neither a truth nor
 * a predicted division. Nothing predicted with something to find gives F1 0. Link F1 is 0 when
 * precision and recall are both 0.</li>
 * <li><b>Complete cell cycles.</b> A track seen from its birth (its mother's division) to its own
 * division ({@code org.mitosis.core.cycles}) is a complete cycle. A result's cycle matches a truth cycle
 * when its birth division and its own division are both matched (division matching above) to the
 * truth cycle's two: one unbroken track between two divisions found, the right cell at both ends.
 * TP, FP (the result's other complete cycles), FN, precision, recall and F1 as for divisions, and the
 * matched cycles' mean absolute length error in frames ({@link org.mitosis.core.eval.CycleScores}).</li>
 * <li><b>Frames and cells</b> in the report are those of the truth.</li>
 * <li><b>Uncertainty.</b> The division F1's 95 % percentile bootstrap interval resamples the frames
 * with replacement (a division's outcome counts at its frame: a match at the truth division's, a
 * false division at its own); two results over the same truth are compared on the same resampled
 * frames, the paired interval of their F1 difference ({@link org.mitosis.core.eval.DivisionBootstrap}).</li>
 * </ul>
 *
 * <p>The division criteria follow the mitosis detection scoring of the GNN-DOL paper (Zhang,
 * Nguyen &amp; Tsuda, Sci. Rep. 13:14306, 2023), which counts a detection when it lies near a
 * true division in space and time; MBC is that of Ulicna et al. (Front. Comput. Sci. 2021).
 * Departure: the paper does not fix the radii and tolerance; ours are the settings above.
 */
package org.mitosis.core.eval;
