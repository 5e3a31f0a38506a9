package org.mitosis.core.qp;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link AdmmQpSolver}. Names follow OSQP (Stellato et al. 2020).
 *
 * @param rho                  initial ADMM penalty ρ of the inequality and bound rows
 * @param equalityRhoScale     factor on ρ for the target (equality) rows, OSQP uses 10³
 * @param sigma                proximal weight σ on x (keeps the step well-posed)
 * @param relaxation           over-relaxation α in (0, 2)
 * @param absoluteTolerance    ε_abs of the stopping test
 * @param relativeTolerance    ε_rel of the stopping test
 * @param maxIterations        ADMM iteration limit
 * @param checkInterval        residuals are checked (and ρ adapted) every this many iterations
 * @param adaptiveRho          whether ρ follows the ratio of primal to dual residual
 * @param adaptiveRhoTolerance ρ changes only when the proposed value differs by more than this factor
 * @param polish               whether to polish the ADMM answer on its active set
 * @param maxPolishSize        largest reduced KKT system (free variables + rows) the polish factorises; a larger
 *                             one leaves the answer unpolished
 * @param polishThreshold      relative residual below which the polish is first tried
 * @param screening            whether to solve on a working set of pairs first and certify the others
 *                             ({@link PairScreening}; needs the polish, whose exact multipliers the
 *                             certificate reads)
 * @param vertexStart          whether to try the polish alone first, from the optimal vertex of the
 *                             linear part, where the candidates are sparse ({@link VertexStart}; needs
 *                             the polish), ADMM only where it does not settle
 */
public record AdmmSettings(double rho, double equalityRhoScale, double sigma, double relaxation,
        double absoluteTolerance, double relativeTolerance, int maxIterations, int checkInterval,
        boolean adaptiveRho, double adaptiveRhoTolerance, boolean polish, int maxPolishSize,
        double polishThreshold, boolean screening, boolean vertexStart) {

    /**
     * Defaults: ρ 2 (OSQP starts at 0.1; 2 took the fewest iterations on the synthetic benchmark
     * {@code QpBench}, costs of order 1, γ 0.05), ρ_eq scale 10³, σ 10⁻⁶, α 1.6, ε 10⁻⁵ (abs and
     * rel), 10,000 iterations, polish on for reduced systems up to 100,000 unknowns (a frame of 1000
     * cells has about 14,000; the sparse factorisation takes milliseconds), first tried at relative
     * residuals 3·10⁻² (with the active-set corrections of the polish, fewest ADMM iterations on
     * {@code QpBench}; 10⁻³ needed about twice as many), screening on, vertex start on.
     */
    public static AdmmSettings defaults() {
        return new AdmmSettings(2.0, 1e3, 1e-6, 1.6, 1e-5, 1e-5, 10_000, 5, true, 5.0, true, 100_000,
                3e-2, true, true);
    }

    /** These settings with other stopping tolerances. */
    public AdmmSettings withTolerances(double absolute, double relative) {
        return new AdmmSettings(rho, equalityRhoScale, sigma, relaxation, absolute, relative, maxIterations,
                checkInterval, adaptiveRho, adaptiveRhoTolerance, polish, maxPolishSize,
                polishThreshold, screening, vertexStart);
    }

    /** These settings with polishing switched on or off. */
    public AdmmSettings withPolish(boolean enabled) {
        return new AdmmSettings(rho, equalityRhoScale, sigma, relaxation, absoluteTolerance, relativeTolerance,
                maxIterations, checkInterval, adaptiveRho, adaptiveRhoTolerance, enabled,
                maxPolishSize, polishThreshold, screening, vertexStart);
    }

    /** These settings with working-set screening switched on or off. */
    public AdmmSettings withScreening(boolean enabled) {
        return new AdmmSettings(rho, equalityRhoScale, sigma, relaxation, absoluteTolerance, relativeTolerance,
                maxIterations, checkInterval, adaptiveRho, adaptiveRhoTolerance, polish,
                maxPolishSize, polishThreshold, enabled, vertexStart);
    }

    /** These settings with the vertex start switched on or off. */
    public AdmmSettings withVertexStart(boolean enabled) {
        return new AdmmSettings(rho, equalityRhoScale, sigma, relaxation, absoluteTolerance, relativeTolerance,
                maxIterations, checkInterval, adaptiveRho, adaptiveRhoTolerance, polish,
                maxPolishSize, polishThreshold, screening, enabled);
    }

    /** @throws IllegalArgumentException listing every invalid setting */
    public AdmmSettings validate() {
        List<String> problems = new ArrayList<>();
        positive(problems, "rho", rho);
        positive(problems, "equalityRhoScale", equalityRhoScale);
        positive(problems, "sigma", sigma);
        if (!(relaxation > 0 && relaxation < 2)) {
            problems.add("relaxation must lie in (0, 2), got " + relaxation);
        }
        if (!(absoluteTolerance >= 0) || !(relativeTolerance >= 0) || absoluteTolerance + relativeTolerance <= 0) {
            problems.add("tolerances must be >= 0 and not both 0, got " + absoluteTolerance + ", " + relativeTolerance);
        }
        if (maxIterations < 1) {
            problems.add("maxIterations must be >= 1, got " + maxIterations);
        }
        if (checkInterval < 1) {
            problems.add("checkInterval must be >= 1, got " + checkInterval);
        }
        if (!(adaptiveRhoTolerance >= 1)) {
            problems.add("adaptiveRhoTolerance must be >= 1, got " + adaptiveRhoTolerance);
        }
        if (!(polishThreshold >= 0)) {
            problems.add("polishThreshold must be >= 0, got " + polishThreshold);
        }
        if (maxPolishSize < 0) {
            problems.add("maxPolishSize must be >= 0, got " + maxPolishSize);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid ADMM settings: " + String.join("; ", problems));
        }
        return this;
    }

    private static void positive(List<String> problems, String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            problems.add(name + " must be finite and > 0, got " + value);
        }
    }
}
