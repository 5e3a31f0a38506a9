package org.mitosis.core.qp;

/**
 * One run of the OSQP iteration (Stellato et al. 2020, Algorithm 1) on one problem: the state
 * (x, the projected constraint copies and their multipliers), the loop, the stopping test and the
 * adaptive ρ. Not thread-safe; {@link AdmmQpSolver} makes one per solve.
 *
 * <p>Constraints are the rows {@code Ax} (targets = 1, sources ≤ 1) and the bounds 0 ≤ x ≤ 1, both
 * handled as OSQP constraint rows with copies {@code zRow}, {@code zBox} and multipliers
 * {@code yRow}, {@code yBox}. The stopping test is OSQP's: {@code ‖(Ax, x) − (zRow, zBox)‖∞ ≤ ε_abs
 * + ε_rel·max(…)} and {@code ‖Px + q + Aᵀ yRow + yBox‖∞ ≤ ε_abs + ε_rel·max(‖Px‖, ‖Aᵀy‖, ‖q‖)}.
 * Scaling (Ruiz equilibration) is left out: all constraint coefficients are ±1 and the costs are
 * expected to be O(1).
 */
final class AdmmIteration {

    /** Polish attempts, each after tightening the tolerances tenfold, before returning an unpolished answer. */
    private static final int POLISH_ATTEMPTS = 3;

    private final QpStructure q;
    private final AdmmSettings settings;
    /** The KKT pattern and its ordering, shared by the step's system and every polish. */
    private final QpKkt kkt;
    private final AdmmKktSystem system;
    private final double[] x;
    private final double[] xTilde;
    private final double[] zRow;
    private final double[] yRow;
    private final double[] zBox;
    private final double[] yBox;
    private final double[] rhs;
    private final double[] rowScratch;
    private final double[] varScratch;
    private final double[] px;
    private double rho;
    private double primalResidual = 1;
    private double dualResidual = 1;
    private double primalScale;
    private double dualScale;

    /**
     * The end of a run: the stacked variables and multipliers of {@link QpSolution}, which
     * {@link #solution} wraps for a whole problem; {@link PairScreening} maps those of a restricted
     * problem back first.
     */
    record Outcome(double[] x, double[] rowDual, double[] boundDual, QpStatus status, int iterations,
            double primalResidual, double dualResidual, boolean polished) {

        /** This outcome as the solution of {@code problem}, whose structure the run solved. */
        QpSolution solution(CorrespondenceProblem problem) {
            return new QpSolution(problem, x, rowDual, boundDual, status, iterations, primalResidual, dualResidual,
                    polished);
        }
    }

    /**
     * @param kkt           the KKT pattern of the problem to solve (its structure may be a
     *                      {@link QpStructure#restrict restriction})
     * @param warmX         variables to start from, or null for a cold start ({@code z = 0, a = 1, s = 0})
     * @param warmRowDual   row multipliers to start from (with warmX)
     * @param warmBoundDual bound multipliers to start from (with warmX)
     */
    AdmmIteration(QpKkt kkt, AdmmSettings settings, double[] warmX, double[] warmRowDual, double[] warmBoundDual) {
        this.q = kkt.structure();
        this.settings = settings;
        this.kkt = kkt;
        this.system = new AdmmKktSystem(kkt, settings.sigma());
        this.rho = settings.rho();
        system.setRho(rho, rho * settings.equalityRhoScale());
        x = new double[q.size];
        xTilde = new double[q.size];
        zRow = new double[q.rows];
        yRow = new double[q.rows];
        zBox = new double[q.size];
        yBox = new double[q.size];
        rhs = new double[q.size];
        rowScratch = new double[q.rows];
        varScratch = new double[q.size];
        px = new double[q.size];
        start(warmX, warmRowDual, warmBoundDual);
    }

    /** Whether {@code warmStart} can start a run of a problem with structure q (same sizes). */
    static boolean fits(QpStructure q, QpSolution warmStart) {
        return warmStart != null && warmStart.z().length == q.pairs && warmStart.a().length == q.targets
                && warmStart.s().length == q.sources;
    }

    private void start(double[] warmX, double[] warmRowDual, double[] warmBoundDual) {
        if (warmX != null) {
            System.arraycopy(warmX, 0, x, 0, q.size);
            System.arraycopy(warmRowDual, 0, yRow, 0, q.rows);
            System.arraycopy(warmBoundDual, 0, yBox, 0, q.size);
        } else {
            for (int j = 0; j < q.targets; j++) {
                x[q.appearIndex(j)] = 1.0;
            }
        }
        System.arraycopy(x, 0, xTilde, 0, q.size);
        q.multiplyA(x, zRow);
        for (int row = 0; row < q.rows; row++) {
            zRow[row] = projectRow(row, zRow[row]);
        }
        for (int i = 0; i < q.size; i++) {
            zBox[i] = Math.min(1.0, Math.max(0.0, x[i]));
        }
    }

    private double projectRow(int row, double value) {
        return q.isEquality(row) ? 1.0 : Math.min(1.0, value);
    }

    private double rowRho(int row) {
        return q.isEquality(row) ? rho * settings.equalityRhoScale() : rho;
    }

    /**
     * Runs to convergence or the iteration limit. The polish is tried early, as soon as the relative
     * residuals fall below {@link AdmmSettings#polishThreshold()} (the active set is usually
     * identified long before ADMM converges, and the polish corrects the few wrong guesses, see
     * {@link SolutionPolisher#refine}), then again with a doubling gap; a polished point is accepted
     * only when it passes the final tolerances.
     */
    Outcome run() {
        return run(false);
    }

    /**
     * Runs until the polish would first be tried and returns the iterate there instead of polishing
     * it: x is the box copy the polish starts from, status {@link QpStatus#MAX_ITERATIONS} as the
     * run was cut short ({@link PairScreening} grows its working set by these multipliers before
     * polishing). Without polish in the settings, as {@link #run()}.
     */
    Outcome runToPolish() {
        return run(true);
    }

    private Outcome run(boolean handOver) {
        double epsAbs = settings.absoluteTolerance();
        double epsRel = settings.relativeTolerance();
        int attempts = 0;
        int nextPolish = 0;
        int polishGap = settings.checkInterval();
        for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
            step();
            if (iteration % settings.checkInterval() != 0 && iteration != settings.maxIterations()) {
                continue;
            }
            computeResiduals();
            if (!Double.isFinite(primalResidual) || !Double.isFinite(dualResidual)) {
                return answer(QpStatus.FAILED, iteration);
            }
            boolean converged = primalResidual <= epsAbs + epsRel * primalScale
                    && dualResidual <= epsAbs + epsRel * dualScale;
            boolean early = iteration >= nextPolish && primalResidual <= settings.polishThreshold() * (1 + primalScale)
                    && dualResidual <= settings.polishThreshold() * (1 + dualScale);
            if (settings.polish() && (converged || early)) {
                if (handOver) {
                    return handOver(iteration);
                }
                Outcome polished = polish(iteration);
                if (polished != null) {
                    return polished;
                }
                nextPolish = iteration + polishGap;
                polishGap *= 2;
            }
            if (converged) {
                attempts++;
                if (!settings.polish() || attempts >= POLISH_ATTEMPTS) {
                    return answer(QpStatus.OPTIMAL, iteration);
                }
                epsAbs /= 10;
                epsRel /= 10;
            }
            if (settings.adaptiveRho()) {
                adaptRho();
            }
        }
        if (handOver && settings.polish()) {
            return handOver(settings.maxIterations());
        }
        Outcome polished = settings.polish() ? polish(settings.maxIterations()) : null;
        return polished != null ? polished : answer(QpStatus.MAX_ITERATIONS, settings.maxIterations());
    }

    private void step() {
        for (int row = 0; row < q.rows; row++) {
            rowScratch[row] = rowRho(row) * zRow[row] - yRow[row];
        }
        q.multiplyAt(rowScratch, rhs);
        double sigma = settings.sigma();
        for (int i = 0; i < q.size; i++) {
            rhs[i] += sigma * x[i] - q.linear[i] + rho * zBox[i] - yBox[i];
        }
        system.solve(rhs, xTilde);
        double alpha = settings.relaxation();
        q.multiplyA(xTilde, rowScratch);
        for (int row = 0; row < q.rows; row++) {
            double r = rowRho(row);
            double relaxed = alpha * rowScratch[row] + (1 - alpha) * zRow[row];
            double next = projectRow(row, relaxed + yRow[row] / r);
            yRow[row] += r * (relaxed - next);
            zRow[row] = next;
        }
        for (int i = 0; i < q.size; i++) {
            double relaxed = alpha * xTilde[i] + (1 - alpha) * zBox[i];
            double next = Math.min(1.0, Math.max(0.0, relaxed + yBox[i] / rho));
            yBox[i] += rho * (relaxed - next);
            zBox[i] = next;
            x[i] = alpha * xTilde[i] + (1 - alpha) * x[i];
        }
    }

    private void computeResiduals() {
        q.multiplyA(x, rowScratch);
        double primal = 0;
        double scale = 0;
        for (int row = 0; row < q.rows; row++) {
            primal = Math.max(primal, Math.abs(rowScratch[row] - zRow[row]));
            scale = Math.max(scale, Math.max(Math.abs(rowScratch[row]), Math.abs(zRow[row])));
        }
        for (int i = 0; i < q.size; i++) {
            primal = Math.max(primal, Math.abs(x[i] - zBox[i]));
            scale = Math.max(scale, Math.max(Math.abs(x[i]), Math.abs(zBox[i])));
        }
        primalResidual = primal;
        primalScale = scale;
        q.multiplyAt(yRow, varScratch);
        q.multiplyP(x, px);
        double dual = 0;
        double scaleDual = 0;
        for (int i = 0; i < q.size; i++) {
            double aty = varScratch[i] + yBox[i];
            dual = Math.max(dual, Math.abs(px[i] + q.linear[i] + aty));
            scaleDual = Math.max(scaleDual, Math.max(Math.abs(px[i]), Math.max(Math.abs(aty), Math.abs(q.linear[i]))));
        }
        dualResidual = dual;
        dualScale = scaleDual;
    }

    private void adaptRho() {
        double primalRelative = primalResidual / Math.max(primalScale, 1e-30);
        double dualRelative = dualResidual / Math.max(dualScale, 1e-30);
        double proposed = rho * Math.sqrt(primalRelative / Math.max(dualRelative, 1e-30));
        proposed = Math.min(1e6, Math.max(1e-6, proposed));
        double factor = settings.adaptiveRhoTolerance();
        if (proposed > rho * factor || proposed < rho / factor) {
            rho = proposed;
            system.setRho(rho, rho * settings.equalityRhoScale());
        }
    }

    private Outcome polish(int iteration) {
        return polish(kkt, settings, ActiveSet.guess(q, zBox, yBox, zRow, yRow), zBox, yRow, dualScale, iteration);
    }

    /**
     * The polish from the active set {@code guess} of the point {@code (x, rowDual)}, accepted where its
     * residuals are below {@code ε_abs + ε_rel·max(1, dualScale)}; null where it fails.
     *
     * @param dualScale {@code max(‖Px‖∞, ‖Aᵀy + y_bound‖∞, ‖q‖∞)} at that point
     */
    static Outcome polish(QpKkt kkt, AdmmSettings settings, ActiveSet guess, double[] x, double[] rowDual,
            double dualScale, int iteration) {
        double tolerance = settings.absoluteTolerance() + settings.relativeTolerance() * Math.max(1.0, dualScale);
        SolutionPolisher.Polished polished = new SolutionPolisher(kkt).refine(guess, x, rowDual,
                settings.maxPolishSize(), tolerance);
        if (polished == null) {
            return null;
        }
        return new Outcome(polished.x(), polished.rowDual(), polished.boundDual(), QpStatus.OPTIMAL, iteration,
                polished.primalResidual(), polished.dualResidual(), true);
    }

    private Outcome handOver(int iteration) {
        return new Outcome(zBox.clone(), yRow.clone(), yBox.clone(), QpStatus.MAX_ITERATIONS, iteration,
                primalResidual, dualResidual, false);
    }

    private Outcome answer(QpStatus status, int iteration) {
        return new Outcome(x.clone(), yRow.clone(), yBox.clone(), status, iteration, primalResidual, dualResidual,
                false);
    }
}
