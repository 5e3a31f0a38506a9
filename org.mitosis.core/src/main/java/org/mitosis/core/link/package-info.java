/**
 * Linkers: turn cells in frames into a lineage from their frames and positions alone
 * ({@link org.mitosis.core.link.Linker}; the result is over the given cells, ids unchanged).
 *
 * <ul>
 * <li>{@link org.mitosis.core.link.NearestNeighbourLinker}: the baseline; each cell takes its
 * nearest predecessor within reach, a cell taken twice divides.</li>
 * <li>{@link org.mitosis.core.link.LapLinker}: frame-to-frame minimum-cost assignment with
 * divisions, in the manner of TrackMate and LapTrack (Jaqaman et al., "Robust single-particle
 * tracking in live-cell time-lapse sequences", Nat. Methods 5:695, 2008; Fukai &amp; Kawaguchi,
 * "LapTrack", Bioinformatics 39:btac799, 2023). Cost = squared distance in pixels; each cell at t
 * may take two successors, the second at an extra split cost; birth and death costs; optional
 * one-frame gap closing and pruning of divisions whose daughter branch is shorter than a few
 * frames. Departures: divisions and gaps are settled in the frame-to-frame step (daughters appear
 * in the next frame), not in a second segment-linking step; the pruning is ours.</li>
 * <li>{@link org.mitosis.core.link.GapCloser}, {@link org.mitosis.core.link.ShortBranchPruner} and,
 * for the GNNs' frame-pair links, {@link org.mitosis.core.link.StolenContinuations}: whole-lineage
 * repairs after the frame-to-frame step.</li>
 * <li>{@link org.mitosis.core.link.LapTraining}: grid search of
 * {@link org.mitosis.core.link.LapSettings} over a grid derived from the training truth's link
 * lengths, maximising division F1, then link F1 ({@code org.mitosis.core.eval}).</li>
 * </ul>
 *
 * <p>Measured on real data (C2C12 F0009, train frames 0-599, test frames 600-779, default
 * evaluation settings; {@code LapBenchmark} in the test sources, 2-core shared machine):
 * <ul>
 * <li>Annotated positions: training 37-44 s wall (72 candidates), chosen max distance 21.4 px,
 * split cost 0, birth = death 916 px^2, gap closing on, no pruning. Test: division TP 86, FP 2,
 * FN 1, <b>division F1 0.983</b>, MBC 0.966, strict F1 0.983, <b>link F1 0.9999</b>. The
 * nearest-neighbour baseline (20 px): division F1 0.869 (25 FP), link F1 0.9993.</li>
 * <li>Perturbed positions (seeded, labelled synthetic noise on real positions: Gaussian jitter
 * sigma 2 px, 5% of cells missed, 2% spurious cells placed uniformly): trained on perturbed
 * training frames (25 s): max distance 32.1 px, split 80 px^2, birth = death 458 px^2, gap closing
 * on, daughters must last 3 frames. Test: division TP 72, FP 12, FN 15, <b>division F1 0.842</b>,
 * strict F1 0.714, <b>link F1 0.9985</b>. The clean-trained settings on the same perturbed test
 * reach only division F1 0.50 (151 FP: missed cells reappearing beside a neighbour look like its
 * daughter), the nearest-neighbour baseline 0.376.</li>
 * </ul>
 */
package org.mitosis.core.link;
