package org.mitosis.core.qp;

import java.util.Objects;

/**
 * OSQP-style ADMM (Stellato et al. 2020) specialised to the correspondence QP: the linear system of
 * each step is solved through a sparse LDLᵀ factorisation of its quasi-definite KKT matrix
 * ({@link AdmmKktSystem}), refactorised when ρ adapts, and the answer is polished on its active set,
 * with primal-dual active-set corrections of ADMM's guess ({@link SolutionPolisher}), so that it is
 * exact to round-off when the polish succeeds. By default, on sparse candidates, the polish is first
 * tried alone, from the optimal vertex of the linear part ({@link VertexStart}); where it does not settle, the problem is solved on a working
 * set of the cheapest pairs and the others are certified by their reduced costs, the working set
 * growing until they pass ({@link PairScreening}); the answer is that of the whole problem.
 *
 * <p>Cost: one fill-reducing ordering and symbolic analysis per problem ({@link QpKkt}), a numeric
 * factorisation per change of ρ, and per iteration two triangular solves plus O(pairs + cells +
 * terms). The problem is always feasible ({@code z = 0, a = 1, s = 0}) and strictly convex, so the iteration converges; status
 * {@link QpStatus#MAX_ITERATIONS} reports a run cut short by the limit. Thread-safe (no shared state).
 */
public final class AdmmQpSolver implements QpSolver {

    private final AdmmSettings settings;

    /** @throws IllegalArgumentException listing every invalid setting */
    public AdmmQpSolver(AdmmSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings").validate();
    }

    /** A solver with {@link AdmmSettings#defaults()}. */
    public AdmmQpSolver() {
        this(AdmmSettings.defaults());
    }

    public AdmmSettings settings() {
        return settings;
    }

    @Override
    public QpSolution solve(CorrespondenceProblem problem) {
        return solve(problem, null);
    }

    /**
     * Solves a problem whose consistency weights are computed on request, asking for as few as it can:
     * from the vertex start, per polish step those of the terms touching a variable the step may move
     * or cut at its start ({@link VertexStart#solve(DeferredConsistency, AdmmSettings)}); where that
     * does not settle, or does not suit the problem, every weight, and the whole problem is solved as
     * by {@link #solve(CorrespondenceProblem)}. Either way the answer is the one
     * {@link #solve(CorrespondenceProblem)} gives for the whole problem, to the bit.
     *
     * @return the whole problem's optimum, with its objective (the terms not asked for are 0 there)
     */
    public QpSolution solve(DeferredConsistency problem) {
        Objects.requireNonNull(problem, "problem");
        if (settings.vertexStart() && settings.polish() && VertexStart.suits(problem.costs())) {
            QpSolution fromVertex = VertexStart.solve(problem, settings);
            if (fromVertex != null) {
                return fromVertex;
            }
        }
        return solve(problem.whole());
    }

    @Override
    public QpSolution solve(CorrespondenceProblem problem, QpSolution warmStart) {
        Objects.requireNonNull(problem, "problem");
        if (settings.vertexStart() && settings.polish() && VertexStart.suits(problem)) {
            QpSolution fromVertex = VertexStart.solve(problem, settings);
            if (fromVertex != null) {
                return fromVertex;
            }
        }
        if (settings.screening() && settings.polish()) {
            return new PairScreening(problem, settings).solve(warmStart);
        }
        QpStructure q = problem.structure();
        boolean warm = AdmmIteration.fits(q, warmStart);
        return new AdmmIteration(new QpKkt(q), settings, warm ? warmStart.stacked() : null,
                warm ? warmStart.rowDualArray() : null, warm ? warmStart.boundDualArray() : null).run()
                .solution(problem);
    }
}
