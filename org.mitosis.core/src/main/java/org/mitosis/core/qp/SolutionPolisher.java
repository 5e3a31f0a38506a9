package org.mitosis.core.qp;

/**
 * The polish step (OSQP, Stellato et al. 2020, §5.2): from a guessed {@link ActiveSet}, solve the
 * equality-constrained KKT system of that face exactly ({@link ReducedKkt}) and check the KKT
 * conditions of the full problem. A passing check certifies the polished point to round-off, which
 * is what the backward pass needs. {@link #refine} corrects a wrong guess in a few active-set
 * steps; a guess it cannot mend is reported as {@code null}.
 *
 * <p>Multipliers of active rows without a free variable are not fixed by the reduced system; they
 * start from the caller's estimate (ADMM's duals, or 0 at a vertex) and are moved into the interval
 * that makes the bound multipliers of the row's variables sign-feasible (Gauss–Seidel from a
 * worklist, {@link #settleUndeterminedRowDuals}).
 */
final class SolutionPolisher {

    /**
     * A polished point with its residuals. {@code boundDual} is sign-clamped (what the certificate
     * measures); {@code rawBoundDual} is {@code −(Px + q + Aᵀy)} on fixed variables and 0 on free ones,
     * unclamped, so that a wrong sign tells the next active-set guess to free the variable.
     */
    record Polished(double[] x, double[] rowDual, double[] boundDual, double[] rawBoundDual, double primalResidual,
            double dualResidual) {
    }

    /**
     * Reduced KKT solves per {@link #refine}, the first from the caller's guess, the others correcting
     * it. An early guess often needs five to eight; with a limit of 6 a refine cut short sent ADMM on
     * and cost a second polish, so 10 took fewer reduced solves in all on {@code QpBench} (4.75 instead
     * of 5.15 per solve at 300 cells, 6.9 instead of 8.2 at 1000; 3.65 instead of 3.45 at 100).
     */
    static final int ACTIVE_SET_STEPS = 10;
    /** Visits per row in {@link #settleUndeterminedRowDuals}, the bound on its worklist. */
    static final int ROW_VISITS = 20;

    /**
     * The structure to polish a face from a point with: with {@link DeferredConsistency}, one that has
     * every consistency term touching a free variable of the face or cut at the point.
     */
    @FunctionalInterface
    interface Structures {

        QpStructure at(ActiveSet face, double[] x);
    }

    /** The current structure; changed only by {@link #structures} before a step after the first. */
    private QpStructure q;
    /** Null where the structure is fixed. */
    private final Structures structures;
    /** Null where every reduced system is ordered on its own. */
    private final QpKkt kkt;
    /** Made by the first step that follows another. */
    private ActiveSetStep steps;

    /** @param kkt the problem's KKT pattern, analysed once for all polish steps of a solve */
    SolutionPolisher(QpKkt kkt) {
        this.kkt = kkt;
        this.q = kkt.structure();
        this.structures = null;
    }

    /**
     * A polisher without the whole KKT matrix ({@link VertexStart}): every reduced system is assembled
     * and ordered on its own, which pays where few variables are free, and every step solves the
     * whole reduced system.
     */
    SolutionPolisher(QpStructure q) {
        this(q, null);
    }

    /**
     * As {@link #SolutionPolisher(QpStructure)}, each step of {@link #refine} after the first polishing
     * with the structure {@code structures} gives for its face and start
     * ({@link VertexStart#solve(DeferredConsistency, AdmmSettings)}). The terms it leaves out are 0 at
     * the start and stay 0, as the step moves free variables only: so each step computes what it would
     * with every term, and a point it certifies is the whole problem's.
     *
     * @param q the first step's structure, the one {@code structures} gives for refine's guess and estimate
     */
    SolutionPolisher(QpStructure q, Structures structures) {
        this.kkt = null;
        this.q = q;
        this.structures = structures;
    }

    /**
     * @param active          the guessed active set
     * @param estimate        the point to start from (not modified)
     * @param rowDualEstimate multipliers of the constraint rows to start from (not modified)
     * @param maxSize         largest reduced system to factorise
     * @return the polished point with its residuals, or null if the system is too large
     */
    Polished polish(ActiveSet active, double[] estimate, double[] rowDualEstimate, int maxSize) {
        Step step = polish(active, estimate, rowDualEstimate, maxSize, null);
        return step == null ? null : step.polished();
    }

    /** A polished point with the reduced system that gave it. */
    private record Step(Polished polished, ReducedKkt reduced) {
    }

    /**
     * @param scope the indices of {@code [x; rows]} to solve for ({@link ActiveSetStep#scope}), the
     *              estimate being exact elsewhere; null for all
     */
    private Step polish(ActiveSet active, double[] estimate, double[] rowDualEstimate, int maxSize, boolean[] scope) {
        ReducedKkt reduced = kkt == null ? new ReducedKkt(q, active) : new ReducedKkt(kkt, active, scope);
        if (reduced.size() > maxSize) {
            return null;
        }
        double[] x = estimate.clone();
        double[] y = rowDualEstimate.clone();
        for (int row = 0; row < q.rows; row++) {
            if (!active.rowActive(q, row)) {
                y[row] = 0;
            }
        }
        reduced.solvePrimal(x, y);
        double[] gradient = gradient(x, y);
        settleUndeterminedRowDuals(active, reduced, y, gradient);
        double[] boundDual = new double[q.size];
        double[] rawBoundDual = new double[q.size];
        double dualResidual = 0;
        for (int i = 0; i < q.size; i++) {
            byte bound = active.bound(i);
            double multiplier = -gradient[i];
            rawBoundDual[i] = bound == ActiveSet.FREE ? 0 : multiplier;
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
        return new Step(new Polished(x, y, boundDual, rawBoundDual, primalResidual(q, x), dualResidual), reduced);
    }

    /**
     * Polishes from {@code guess}, then corrects the guess as a primal-dual active-set method would
     * (Hintermüller, Ito &amp; Kunisch, SIAM J. Optim. 13, 2003): variables the reduced solve put
     * outside [0, 1] become fixed, fixed variables whose multiplier has the wrong sign become free,
     * and likewise for the source rows; {@link ActiveSet#guess} with the unclamped multipliers does
     * exactly that, except that the first correction keeps degenerate bounds fixed
     * ({@link ActiveSet#corrected}). A few corrections usually mend the wrong guesses an early ADMM
     * iterate leaves, so ADMM can hand over long before it converges. After the first solve a step solves only the
     * components of the reduced system that its changes reach ({@link ActiveSetStep}).
     *
     * @param tolerance largest primal and dual residual the certificate accepts
     * @return the first point that passes the certificate, or null when none did within
     *         {@value #ACTIVE_SET_STEPS} solves, the guess stopped changing or a system was too large
     */
    Polished refine(ActiveSet guess, double[] estimate, double[] rowDualEstimate, int maxSize, double tolerance) {
        ActiveSet active = guess;
        double[] start = estimate;
        double[] rowDual = rowDualEstimate;
        double[] rows = new double[q.rows];
        boolean[] scope = null;
        for (int step = 0; step < ACTIVE_SET_STEPS; step++) {
            if (structures != null && step > 0) {
                q = structures.at(active, start);
            }
            Step solved = polish(active, start, rowDual, maxSize, scope);
            if (solved == null) {
                return null;
            }
            Polished polished = solved.polished();
            if (polished.primalResidual() <= tolerance && polished.dualResidual() <= tolerance) {
                return polished;
            }
            q.multiplyA(polished.x(), rows);
            // The first correction keeps degenerate bounds (ActiveSet.corrected), the later ones free them:
            // kept in every step, the steps went round in a cycle on one of F0009's 779 frame pairs.
            ActiveSet next = step == 0
                    ? ActiveSet.corrected(q, active, polished.x(), polished.rawBoundDual(), rows, polished.rowDual(),
                            tolerance)
                    : ActiveSet.guess(q, polished.x(), polished.rawBoundDual(), rows, polished.rowDual());
            if (next.equals(active)) {
                return null;
            }
            if (kkt != null) {
                if (steps == null) {
                    steps = new ActiveSetStep(kkt);
                }
                boolean[] members = solved.reduced().members();
                scope = steps.scope(active, members, next, ReducedKkt.members(q, next));
            }
            active = next;
            start = polished.x();
            rowDual = polished.rowDual();
        }
        return null;
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

    /**
     * Moves the multiplier of every active row that the reduced system leaves out (no free variable)
     * into the interval that makes its variables' bound multipliers sign-feasible, row by row from a
     * worklist: a row whose multiplier moved puts the other rows of its pairs back on the list, as a
     * shortest-path relaxation of these difference constraints would, until none moves or after
     * {@value #ROW_VISITS} visits per row. From ADMM's multipliers one pass mostly settles them; from a
     * vertex ({@link VertexStart}), where every variable is fixed and y starts at 0, chains of such
     * rows need many passes: on the 779 frame pairs of F0009 two full sweeps left a quarter of the
     * vertex guesses uncertified (206), five left 18.
     */
    private void settleUndeterminedRowDuals(ActiveSet active, ReducedKkt reduced, double[] y, double[] gradient) {
        boolean[] listed = new boolean[q.rows];
        int[] list = new int[q.rows];
        int head = 0;
        int count = 0;
        for (int row = 0; row < q.rows; row++) {
            if (active.rowActive(q, row) && !reduced.hasRow(row)) {
                listed[row] = true;
                list[count++] = row;
            }
        }
        for (int visits = 0; count > 0 && visits < ROW_VISITS * q.rows; visits++) {
            int row = list[head];
            head = (head + 1) % list.length;
            count--;
            listed[row] = false;
            if (!moveIntoFeasibleInterval(active, row, y, gradient)) {
                continue;
            }
            for (int k = q.rowStart[row]; k < q.rowStart[row + 1]; k++) {
                int v = q.rowVariables[k];
                if (v >= q.pairs) {
                    continue;
                }
                int other = row < q.targets ? q.targets + q.pairSource[v] : q.pairTarget[v];
                if (!listed[other] && active.rowActive(q, other) && !reduced.hasRow(other)) {
                    listed[other] = true;
                    list[(head + count) % list.length] = other;
                    count++;
                }
            }
        }
    }

    /** @return whether the multiplier moved by more than round-off */
    private boolean moveIntoFeasibleInterval(ActiveSet active, int row, double[] y, double[] gradient) {
        double low = q.isEquality(row) ? Double.NEGATIVE_INFINITY : 0.0;
        double high = Double.POSITIVE_INFINITY;
        for (int k = q.rowStart[row]; k < q.rowStart[row + 1]; k++) {
            int v = q.rowVariables[k];
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
        double change = value - y[row];
        // Moves at round-off level would only send the rows around it back on the worklist.
        if (!Double.isFinite(value) || Math.abs(change) <= 1e-12 * (1 + Math.abs(y[row]))) {
            return false;
        }
        y[row] = value;
        for (int k = q.rowStart[row]; k < q.rowStart[row + 1]; k++) {
            int v = q.rowVariables[k];
            gradient[v] += q.coefficient(row, v) * change;
        }
        return true;
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
