/**
 * Cell graphs and candidate pairs, the inputs of the GNN of GNN-DOL (Zhang, Nguyen &amp; Tsuda,
 * Sci. Rep. 13:14306, 2023).
 *
 * <p>Per frame, {@link org.mitosis.core.graph.CellGraph} joins each cell to its k = 2 nearest
 * neighbours with the paper's edge features {@code (x_s, y_s, x_t, y_t)} (normalised by the field
 * of view) and the paper's message weights {@code w_ij} (normalised per node: our departure).
 * Where the paper labels nodes with the U-net's shape vector, {@link org.mitosis.core.graph.NodeFeatures}
 * uses geometric features (neighbour offsets and distances, local density, border distance) and
 * appends a cell's own vector where it has one; {@link org.mitosis.core.graph.FeatureScaler}
 * standardises them with training statistics.
 *
 * <p>The paper's correspondence matrix has all m·n pairs; {@link org.mitosis.core.graph.CandidatePairs}
 * keeps only the K nearest sources within a {@link org.mitosis.core.graph.DistanceGate} learned
 * from the training displacements (our departure, for speed on full frames; the gate keeps
 * practically all true links). Nearest-cell and radius searches go through a grid of buckets
 * ({@code Neighbours}), O(n) per frame for evenly spread cells. Note: the authors' code picks neighbours with
 * {@code argsort(dist)[-2:]}, the two farthest cells; we take the nearest, as the paper says.
 */
package org.mitosis.core.graph;
