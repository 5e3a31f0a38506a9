/**
 * The graph neural network of GNN-DOL (Zhang, Nguyen &amp; Tsuda, "Graph neural network and
 * differentiable optimization layer for mitosis detection", Sci. Rep. 13:14306, 2023), in SameDiff
 * (ND4J), double precision, on the CPU.
 *
 * <h2>Network ({@link org.mitosis.core.gnn.GnnNetwork})</h2>
 * The cell graphs of frames t and t+1 are merged into one graph so that both go through the same
 * weights. Per round: {@code v_i' = MLP_v(v_i, Σ_j w_ij e_ij)} with the paper's
 * {@code w_ij = Σ_{k∈N(i)} Σ_{l∈N(j)} ||e_ik − e_jl||²} (normalised per node, computed from the
 * input edge features), then {@code e_ij' = MLP_e(e_ij, v_i', v_j')}; every MLP has two fully
 * connected layers. Node-to-edge gathers are products with one-hot incidence matrices, because
 * SameDiff's {@code gather} has a wrong gradient in ND4J 1.0.0-M2.1 (deeplearning4j issue 9756);
 * gradients are checked against finite differences in the tests. Inference computes the same function
 * in plain Java with index lookups and sums over the incidences ({@code GnnNetwork.forInference},
 * {@code GnnForwardPass}): no dense incidence matrix, and none of SameDiff's per-operation overhead,
 * which dominated on frame pairs of a few hundred cells (tested equal to the trainable graph); its
 * arrays are feature-major, so the layer products' inner loops compile to SIMD instructions.
 *
 * <h2>Heads</h2>
 * Each candidate pair p = (i, j) gets the embedding {@code h_p = MLP(v_i, v_j, v_i ⊙ v_j, g_p)}
 * (g_p: geometric pair features) and a score {@code s_p = h_p·W + b ∓ softplus(λ)(d_p/g)²}: a learned
 * squared-distance prior (minus for the naive logit, plus for the DOL cost), so that the untrained
 * DOL head's QP is a LAP on squared displacement and the network learns only where the cells'
 * neighbourhood overrules distance. Without it the networks overfit the few hundred training
 * divisions (F0009 test division F1 of GNN-DOL fell from 0.92 to 0.85 over ten epochs; with it every
 * epoch scored 0.97-0.99).
 * <ul>
 * <li>Naive GNN (the paper's ablation): {@code z_p = sigmoid(s_p)}, trained with weighted binary
 * cross-entropy; no constraint in training, constraints only in rounding.</li>
 * <li>GNN-DOL: the embeddings give the inputs of the correspondence QP of package
 * {@code org.mitosis.core.qp}: pair cost {@code c_p = s_p}; appearance cost α_j from target j's
 * embedding and its incoming pair embeddings; split cost β_i from source i's embedding and its
 * outgoing pair embeddings, each around a prior from the LAP trained on the same frames
 * ({@link org.mitosis.core.gnn.GnnConfig#withLapPriors}; the learned parts of c, α and β are bounded
 * by the prior's weight and start at zero, so the untrained QP is, in its linear limit, that LAP's
 * frame-pair step); consistency weight {@code w_k = softplus(MLP(e_ik ⊙ e'_jl, (e_ik −
 * e'_jl)²)) ≥ 0} for two candidate pairs (i, j), (k, l) whose sources are neighbours at t and whose
 * targets are neighbours at t+1. The QP {@code ½γ||x||² + ½Σ w_k (z_u − z_v)² + c·z + α·a + β·s}
 * is convex whatever the network outputs: c, α, β enter linearly, each consistency term is a
 * square times a non-negative weight (softplus), and γ &gt; 0 makes it strictly convex, so it has
 * one solution and a well-defined derivative almost everywhere. This replaces the paper's
 * {@code ½ zᵀQz} with Q built from raw embedding products, which is not positive semidefinite in
 * general, and the authors' code's {@code (qᵀz)²}. The QP is solved outside the graph; its
 * backward pass ({@code QpGradient}) gives ∂L/∂(c, α, β, w), fed back through the surrogate loss
 * {@code Σ c·∂L/∂c + Σ α·∂L/∂α + Σ β·∂L/∂β + Σ w·∂L/∂w} whose gradient with respect to the weights
 * is the true one (SameDiff's own {@code fit} cannot hold a Java operation).</li>
 * </ul>
 *
 * <h2>Inference ({@link org.mitosis.core.gnn.GnnLinker})</h2>
 * All cells of each frame pair within the distance gate; the message passing runs once per frame
 * (it stays inside a frame's graph) and the heads once per frame pair, except GNN-DOL's consistency
 * head and the last edge update that feeds it, which run only for the terms the QP asks for
 * ({@link org.mitosis.core.qp.DeferredConsistency}; on F0009 12 % of them). Relaxed z is rounded exactly
 * under the constraints by a sparse assignment ({@link org.mitosis.core.gnn.LinkRounding}); a
 * division (second link of a source) needs z above a division threshold tuned on validation frames.
 * The frame pairs are joined into one lineage: continuations taken as a neighbour's daughter go back
 * ({@link org.mitosis.core.link.StolenContinuations}), then one-frame gap closing and pruning of
 * divisions whose daughter branch ends at once (both chosen on validation frames;
 * {@link org.mitosis.core.gnn.GnnModel#round}).
 * Departures from the paper:
 * candidate pairs limited by a distance gate and K nearest sources; geometric node features where
 * no detector features exist; the paper's two-farthest-neighbour quirk of the authors' code is not
 * reproduced (we join nearest neighbours, as the paper says).
 */
package org.mitosis.core.gnn;
