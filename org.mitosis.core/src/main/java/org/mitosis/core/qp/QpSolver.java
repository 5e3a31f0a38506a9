package org.mitosis.core.qp;

/** Solves the correspondence QP ({@link CorrespondenceProblem}). Implementations are thread-safe. */
public interface QpSolver {

    /** Solves {@code problem} from a cold start. */
    QpSolution solve(CorrespondenceProblem problem);

    /**
     * Solves {@code problem} starting from a previous solution of a problem with the same structure
     * (same pairs and terms, other costs), as in training loops. Solvers that cannot use it, or a
     * warm start of another size, fall back to a cold start.
     */
    default QpSolution solve(CorrespondenceProblem problem, QpSolution warmStart) {
        return solve(problem);
    }
}
