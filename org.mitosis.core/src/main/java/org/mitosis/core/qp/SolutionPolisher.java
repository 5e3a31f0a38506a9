package org.mitosis.core.qp;

/**
 * The polish step (OSQP, Stellato et al. 2020, §5.2): from a guessed {@link ActiveSet}, solve the
 * equality-constrained KKT system of that face exactly ({@link ReducedKkt}) and check the KKT
 * conditions of the full problem. A passing check certifies the polished point to round-off, which
 * is what the backward pass needs; a failing one (wrong guess) is reported as {@code null}.
 *
 * <p>Multipliers of active rows without a free variable are not fixed by the reduced system; they
 * start from the caller's estimate (ADMM's duals) and are moved into the interval that makes the
 * bound multipliers of the row's variables sign-feasible (two Gauss–Seidel sweeps).
 */
final class SolutionPolisher {

    /** A certified polished point. */
    record Polished(double[] x, double[] rowDual, double[] boundDual, double primalResidual, double dualResidual) {
    }

    private final QpStructure q;

    SolutionPolisher(QpStructure structure) {
        this.q = structure;
    }

    /**
     * @param active          the guessed active set
     * @param rowDualEstimate multipliers of the constraint rows to start from (not modified)
     * @param maxSize         largest reduced system to factorise densely
     * @return the polished point with its residuals, or null if the system is too large or singular
     */
    Polished polish(ActiveSet active, double[] rowDualEstimate, int maxSize) {
        ReducedKkt kkt = new ReducedKkt(q, active);
        if (kkt.size() > maxSize || !kkt.factorised()) {
            return null;
        }
        double[] x = new double[q.size];
        double[] y = rowDualEstimate.clone();
        for (int row = 0; row < q.rows; row++) {
            if (!active.rowActive(q, row)) {
                y[row] = 0;
            }
        }
        kkt.solvePrimal(x, y);
        double[] gradient = gradient(x, y);
        boolean[] kept = new boolean[q.rows];
        for (int row : kkt.activeRows()) {
            kept[row] = true;
        }
        for (int sweep = 0; sweep < 2; sweep++) {
            for (int row = 0; row < q.rows; row++) {
                if (active.rowActive(q, row) && !kept[row]) {
                    moveIntoFeasibleInterval(active, row, y, gradient);
                }
            }
        }
        double[] boundDual = new double[q.size];
        double dualResidual = 0;
        for (int i = 0; i < q.size; i++) {
            byte bound = active.bound(i);
            double multiplier = -gradient[i];
            if (bound == ActiveSet.LOWER) {
                multiplier = Math.min(0, multiplier);
            } else if (bound == ActiveSet.UPPER) {
                multiplier = Math.max(0, multiplier);
            } else {
                multiplier = 0;
            }
            boundDual[i] = multiplier;
            dualResidual = Math.max(dualResidual, Math.abs(gradient[i] + multiplier));
        }
        for (int row = q.targets; row < q.rows; row++) {
            dualResidual = Math.max(dualResidual, -y[row]);
        }
        return new Polished(x, y, boundDual, primalResidual(q, x), dualResidual);
    }

    /** Px + q + Aᵀy. */
    private double[] gradient(double[] x, double[] y) {
        double[] g = new double[q.size];
        q.multiplyP(x, g);
        double[] aty = new double[q.size];
        q.multiplyAt(y, aty);
        for (int i = 0; i < q.size; i++) {
            g[i] += q.linear[i] + aty[i];
        }
        return g;
    }

    private void moveIntoFeasibleInterval(ActiveSet active, int row, double[] y, double[] gradient) {
        double low = q.isEquality(row) ? Double.NEGATIVE_INFINITY : 0.0;
        double high = Double.POSITIVE_INFINITY;
        int[] variables = q.rowVariables(row);
        for (int v : variables) {
            double a = q.coefficient(row, v);
            double rest = gradient[v] - a * y[row];
            // Lower-fixed v needs rest + a·y ≥ 0, upper-fixed needs rest + a·y ≤ 0.
            boolean needsAtLeast = (active.bound(v) == ActiveSet.LOWER) == (a > 0);
            double limit = -rest / a;
            if (needsAtLeast) {
                low = Math.max(low, limit);
            } else {
                high = Math.min(high, limit);
            }
        }
        double value = low <= high ? Math.min(Math.max(y[row], low), high) : 0.5 * (low + high);
        if (!Double.isFinite(value)) {
            return;
        }
        double change = value - y[row];
        y[row] = value;
        for (int v : variables) {
            gradient[v] += q.coefficient(row, v) * change;
        }
    }

    /** Largest violation of the constraints at x (∞-norm). */
    static double primalResidual(QpStructure q, double[] x) {
        double[] rows = new double[q.rows];
        q.multiplyA(x, rows);
        double worst = 0;
        for (int row = 0; row < q.rows; row++) {
            double excess = rows[row] - 1.0;
            worst = Math.max(worst, q.isEquality(row) ? Math.abs(excess) : excess);
        }
        for (double value : x) {
            worst = Math.max(worst, Math.max(-value, value - 1.0));
        }
        return worst;
    }
}
