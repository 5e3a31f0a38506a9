package org.mitosis.core.qp;

/** How a {@link QpSolver} ended. */
public enum QpStatus {
    /** Primal and dual residuals are within the solver's tolerances. */
    OPTIMAL,
    /** The iteration limit was reached first: the solution is the last iterate, with its residuals reported. */
    MAX_ITERATIONS,
    /** The solver broke down (numerical trouble or a library failure); the solution must not be used. */
    FAILED;

    /** Whether the solution satisfies the solver's tolerances. */
    public boolean isOptimal() {
        return this == OPTIMAL;
    }
}
