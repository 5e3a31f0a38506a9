/**
 * The differentiable optimisation layer (DOL) of GNN-DOL (Zhang, Nguyen &amp; Tsuda, Sci. Rep. 13:14306,
 * 2023): the correspondence quadratic program between the cells of frame t and frame t+1, a fast
 * forward solver, and the backward pass that turns ∂L/∂z into gradients of the costs the GNN emits.
 *
 * <h2>The problem</h2>
 * For m source cells (frame t), n target cells (frame t+1) and a set of candidate pairs
 * p = (i, j), the variables are {@code x = [z, a, s]}: z_p ∈ [0, 1] says how much source i continues
 * as target j, a_j ∈ [0, 1] lets target j appear without predecessor, s_i ∈ [0, 1] lets source i take
 * a second successor:
 * <pre>
 *   minimise   ½ γ ‖x‖² + ½ Σ_k w_k (z_{u_k} − z_{v_k})² + Σ_p c_p z_p + Σ_j α_j a_j + Σ_i β_i s_i
 *   subject to Σ_{p: target j} z_p + a_j = 1     for every target j   (one predecessor, or it appears)
 *              Σ_{p: source i} z_p − s_i ≤ 1     for every source i   (one successor, a second through s_i)
 *              0 ≤ z, a, s ≤ 1
 * </pre>
 * (see {@link org.mitosis.core.qp.CorrespondenceProblem}). The consistency terms (u_k, v_k) join
 * pairs of neighbouring cells that should move together; the GNN puts edge similarities in w_k.
 *
 * <h2>Strict convexity</h2>
 * The Hessian is {@code P = γI + Σ_k w_k (e_u − e_v)(e_u − e_v)ᵀ}, a weighted graph Laplacian plus
 * γI. Each term {@code w_k (e_u − e_v)(e_u − e_v)ᵀ} is positive semi-definite because
 * {@code yᵀ(·)y = w_k (y_u − y_v)² ≥ 0} for w_k ≥ 0, so the sum is PSD and {@code P ⪰ γI ≻ 0} for
 * γ &gt; 0. The objective is therefore γ-strongly convex; the feasible set is a non-empty polytope
 * ({@code z = 0, a = 1, s = 0} is feasible) and bounded, so the minimiser exists and is unique.
 * The linear independence of the active constraint gradients can fail (rows may be dependent on
 * a face), but uniqueness of x* only needs strong convexity, and the solution map is piecewise
 * affine in (c, α, β) and differentiable wherever the active set is locally constant, i.e. almost
 * everywhere (OptNet, Amos &amp; Kolter 2017).
 *
 * <h2>Relation to the paper</h2>
 * The paper (eq. 1) minimises {@code ½ zᵀQz} subject to: every cell at t+1 has exactly one
 * predecessor ({@code A₁z = 1}), every cell at t at most two successors ({@code A₂z ≤ 2}), and
 * 0 ≤ z ≤ 1, over all m·m' pairs; the authors' code (GitHub 95-HaishanZHANG/GNN-DOL) in effect minimised
 * {@code (qᵀz)²} over per-pair embedding distances q, a linear program in disguise with no unique
 * solution. We depart from it on purpose:
 * <ul>
 * <li>a provably strictly convex QP (γI plus a Laplacian of consistency terms) instead of an
 * indefinite or rank-one Q, so the solution and its gradient are well defined;</li>
 * <li>sparse candidate pairs (the GNN proposes them, e.g. nearest sources) instead of all m·m';</li>
 * <li>appearance slack a_j with learnable cost α_j for cells entering the field of view, where the
 * paper's seed code drops border cells;</li>
 * <li>the second successor made explicit through s_i with learnable cost β_i: with β = 0 the row
 * {@code Σz − s ≤ 1, s ≤ 1} is exactly the paper's "at most two successors";</li>
 * <li>disappearance (a source with no successor) is allowed at zero cost, as in the paper.</li>
 * </ul>
 * Rounding z to integral links is not done here (package {@code link}, with the assignment solver).
 *
 * <h2>Solvers</h2>
 * {@link org.mitosis.core.qp.AdmmQpSolver} is OSQP's ADMM (Stellato et al., Math. Prog. Comp. 12,
 * 2020) with OSQP's direct method: the step's system {@code (P + σI + ρ_box I + AᵀRA)} is solved
 * through the quasi-definite KKT matrix {@code [P + σI + ρ_box I, Aᵀ; A, −R⁻¹]} (the bounds folded
 * in as {@code ρ_box I}), factorised by a sparse LDLᵀ ({@link org.mitosis.core.qp.SparseLdl}:
 * QDLDL's up-looking algorithm after an approximate-minimum-degree ordering,
 * {@link org.mitosis.core.qp.MinimumDegree}). Ordering and symbolic analysis happen once per problem
 * ({@link org.mitosis.core.qp.QpKkt}); ρ enters only the diagonal, so a change of ρ costs a numeric
 * refactorisation and a step two triangular solves. Against the former matrix-free CG with a
 * target-block preconditioner, in one run on {@code QpBench}'s problems (CPU time, 30 to 1000 cells,
 * same polish), the direct steps were faster at every size and ADMM needed fewer iterations, the
 * steps being exact. The answer is polished on its active set and certified by a
 * KKT check. Departures from OSQP: no Ruiz scaling (coefficients are ±1); the polish is tried early
 * (relative residuals 3·10⁻², the active set is usually right long before ADMM converges) and again
 * with a doubling gap, and accepted only when the KKT check passes the final tolerances. The polish
 * does not trust ADMM's active-set guess blindly: when the polished point fails the KKT check, the
 * guess is corrected as in a primal-dual active-set method (variables the reduced solve put outside
 * [0, 1] fixed, fixed ones with a wrong-signed multiplier freed, up to ten reduced solves), so ADMM
 * stops after well under half the iterations it needed to identify the active set on its own.
 * The reduced system falls apart into many small connected components and a correction changes
 * few bounds, so each solve after the first covers only the components the changes reach
 * ({@link org.mitosis.core.qp.ActiveSetStep}); the others keep the last solve's exact solution.
 * The reduced KKT system of the polish, regularised to quasi-definite form ({@code +δ} on the free
 * variables, {@code −δ} on the rows, δ = 10⁻⁹) and corrected by iterative refinement against the
 * exact matrix, is factorised by the same sparse LDLᵀ in the order induced by the whole KKT
 * matrix, so frames of 1000 cells are polished too (about 0.1 s for the whole solve on
 * {@code QpBench}).
 * By default the solver first solves the problem on a working set of candidate pairs (per target
 * its cheapest three, per source its cheapest two, and the next one of each where it costs at most
 * 0.8 more than the cheapest; most pairs end at z = 0) and certifies every
 * other pair by the sign of its reduced cost {@code (Px + q + Aᵀy)_p} at z_p = 0, the KKT condition
 * of its lower bound; the pairs that ADMM's multipliers already show failing join the working set
 * before the polish, any the exact multipliers show failing join after it and the restricted
 * problem is re-solved from the last answer, until none fails; so the answer is the whole problem's
 * optimum with its multipliers ({@link org.mitosis.core.qp.PairScreening}).
 * Before any of that, where the candidates are sparse (at most two per target on average, as in
 * whole-frame inference on F0009), the solver tries the polish alone from the optimal vertex of the
 * linear part, an exact assignment ({@link org.mitosis.core.qp.VertexStart}): trained costs decide
 * nearly every link, so the vertex's face is usually the optimum's or a few active-set steps from
 * it, and the ordering and factorisation of the whole KKT matrix, most of ADMM's time on such
 * problems, are skipped; ADMM takes over where the steps do not settle.
 * At inference the consistency weights can come on request ({@link org.mitosis.core.qp.DeferredConsistency}):
 * a term whose two pairs take the same value adds nothing to the gradient, so each step of the
 * polish from the vertex asks only for the terms touching a variable it may move or cut at its
 * start, and computes what it would with every term (on F0009 12 % of the weights are asked for).
 * {@link org.mitosis.core.qp.OjAlgoQpSolver} hands the same problem to ojAlgo and is the reference in
 * tests and benchmarks.
 *
 * <h2>Backward pass</h2>
 * {@link org.mitosis.core.qp.QpGradient} differentiates the KKT conditions on the active face
 * (OptNet): one solve of the reduced KKT matrix gives {@code d = −u} and
 * {@code ∂L/∂c = d_z, ∂L/∂α = d_a, ∂L/∂β = d_s, ∂L/∂w_k = (d_u − d_v)(z_u − z_v)}; γ is fixed.
 * The solve uses the same sparse LDLᵀ with regularisation and refinement as the polish, so its cost
 * follows the fill of the factor (milliseconds at 1000 cells), not the cube of the system size.
 */
package org.mitosis.core.qp;
