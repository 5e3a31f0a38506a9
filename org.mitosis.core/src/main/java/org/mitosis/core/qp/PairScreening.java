package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * Working-set screening of the candidate pairs, certified by the KKT conditions: {@link AdmmQpSolver}'s
 * default path ({@link AdmmSettings#screening()}).
 *
 * <p>Why: of the ten or so candidate sources a target is offered, at the optimum most have
 * {@code z_p = 0} (on {@code QpBench}'s frames about 2 in 10 are positive), yet every one of them
 * costs in the ordering, the factorisations, the ADMM steps and the polish. So the QP is solved
 * first on a working set W of pairs, every other pair fixed at 0 ({@link QpStructure#restrict}:
 * a consistency term to a fixed pair becomes {@code ½ w z_u²}, so the restricted objective is the
 * full one on the face {@code z_{∉W} = 0}), and the answer is then checked against the whole problem.
 *
 * <p>The certificate: the restricted solution {@code (x, y)} satisfies the KKT conditions of the
 * restricted problem, which are those of the full problem for every pair in W, for the slacks and
 * for the rows (an excluded pair adds 0 to its rows). An excluded pair p = (i, j) sits at its lower
 * bound 0, so what remains is the sign of its bound multiplier: with the stationarity
 * {@code Px + q + Aᵀy + y_bound = 0} of {@link QpSolution}, p's reduced cost
 * <pre>
 *   g_p = (Px + q + Aᵀy)_p = c_p + γ·0 + Σ_{k ∋ p} w_k (0 − z_other(k)) + y_j + y_{n+i}
 * </pre>
 * must satisfy {@code g_p ≥ 0}, so that {@code y_bound,p = −g_p ≤ 0}. When it holds for every
 * excluded pair, {@code (x with z_{∉W} = 0, y)} satisfies the full problem's KKT conditions, and by
 * strong convexity it is the unique optimum, the point the unscreened solve polishes to. The
 * returned {@link QpSolution} is one of the whole problem, with these bound multipliers on the
 * excluded pairs, so the backward pass ({@link QpGradient}) sees the same active set. The tolerance
 * ({@value #CERTIFICATE_TOLERANCE}) is at round-off level, not the solver's ε: a pair stays out only
 * when its multiplier is right to round-off.
 *
 * <p>The working set grows twice over. ADMM on the first W runs until the polish would first be
 * tried; its multipliers, not yet exact, already show most of the pairs W misses, and those with a
 * reduced cost below {@link #JOIN_MARGIN} join W before anything is polished. Then the polish's
 * active-set steps ({@link SolutionPolisher#refine}) solve the grown restricted problem exactly,
 * from ADMM's active set with the new pairs free, in an order extended from W's
 * ({@link QpKkt#extending}, no new ordering), or ADMM warm-started where they do not settle; and
 * the certificate checks the answer. Where it fails, the pairs below the margin join again and the
 * restricted problem is solved again from the last answer. An answer that is not polished, or
 * {@value #MAX_ROUNDS} polished answers without a certificate, hand over to the plain solve of the
 * whole problem, warm-started from the last answer; so does a first W holding most of the pairs, at once.
 *
 * <p>The first W holds per target its {@value #TARGET_CANDIDATES} cheapest pairs and per source its
 * {@value #SOURCE_CANDIDATES} cheapest, one more of each where that costs at most
 * {@value #CANDIDATE_GAP} more than the cheapest, and the pairs where a warm start has
 * {@code z > 0}. The gap adapts W to the density of the frame: where cells are crowded, the next
 * candidate is near and often in the optimum. On {@code QpBench}'s frames (seed 1) fixed counts of 4
 * and 3 let the first polished answer pass the certificate at every size from 30 to 1000 cells, 3
 * and 2 needed a second polish on nearly all 1000-cell frames; 3 and 2 with the gapped extra
 * candidate solved the 30- to 300-cell frames 15 to 27 % faster in CPU time than 4 and 3 and the
 * 1000-cell ones as fast.
 */
final class PairScreening {

    /** Cheapest pairs per target in the first working set. */
    static final int TARGET_CANDIDATES = 3;
    /** Cheapest pairs per source in the first working set. */
    static final int SOURCE_CANDIDATES = 2;
    /**
     * The next cheapest pair of a target or source joins the first working set where its cost
     * exceeds the cheapest by at most this (costs of order 1, as {@code QpBench}'s: 0.6 and 1.0 were
     * slower at 100 and 300 cells).
     */
    static final double CANDIDATE_GAP = 0.8;
    /** Polished restricted solves before handing over to the whole problem. */
    static final int MAX_ROUNDS = 6;
    /** The certificate fails where an excluded pair's reduced cost is below −this. */
    static final double CERTIFICATE_TOLERANCE = 1e-9;
    /**
     * Every excluded pair with a reduced cost below this joins the working set, by ADMM's multipliers
     * before the first polish and by the exact ones when the certificate fails: not only the
     * violators, as the multipliers move once they enter and pairs just above 0 are the next to go
     * below, and ADMM's multipliers are not exact. With costs of order 1 (as {@code QpBench}'s), 0.1
     * let the first polished answer pass the certificate on all of {@code QpBench}'s frames (seed 1,
     * 30 to 1000 cells); growing by the certificate alone took a second polish on every 300- and
     * 1000-cell frame, and adding only the violators a third on most 1000-cell ones.
     */
    static final double JOIN_MARGIN = 0.1;
    /** Screening pays only when it leaves out at least this share of the pairs. */
    private static final double LARGEST_WORKING_SHARE = 0.7;

    private final CorrespondenceProblem problem;
    private final QpStructure full;
    private final AdmmSettings settings;
    private final boolean growBeforePolish;
    private final boolean[] kept;
    /** Restricted solves of the last {@link #solve}. */
    private int rounds;

    PairScreening(CorrespondenceProblem problem, AdmmSettings settings) {
        this(problem, settings, true);
    }

    /**
     * @param growBeforePolish whether the working set grows by ADMM's multipliers before its first
     *                         polish; without, only the certificate grows it (tests of the certificate)
     */
    PairScreening(CorrespondenceProblem problem, AdmmSettings settings, boolean growBeforePolish) {
        this.problem = problem;
        this.full = problem.structure();
        this.settings = settings;
        this.growBeforePolish = growBeforePolish;
        this.kept = new boolean[full.pairs];
    }

    /**
     * Polished restricted solves the last {@link #solve} made: 1 when the first passed the
     * certificate, one more for every growth of the working set the certificate asked for, 0 when
     * the whole problem was solved at once.
     */
    int rounds() {
        return rounds;
    }

    /** Solves the whole problem, through the working set when that is small enough. */
    QpSolution solve(QpSolution warmStart) {
        boolean warm = AdmmIteration.fits(full, warmStart);
        double[] warmX = warm ? warmStart.stacked() : null;
        double[] warmRowDual = warm ? warmStart.rowDualArray() : null;
        double[] warmBoundDual = warm ? warmStart.boundDualArray() : null;
        rounds = 0;
        if (firstWorkingSet(warmX) > LARGEST_WORKING_SHARE * full.pairs) {
            return wholeProblem(warmX, warmRowDual, warmBoundDual, 0);
        }
        int[] index = new int[full.pairs];
        int[] working = workingSet(index);
        QpKkt kkt = new QpKkt(full.restrict(working, index));
        // ADMM's multipliers where the polish would start are good enough to see most pairs the
        // working set misses: growing it then saves the polish of a working set that fails.
        AdmmIteration.Outcome restricted = new AdmmIteration(kkt, settings, warm ? restrictX(warmX, working) : null,
                warmRowDual, warm ? restrictX(warmBoundDual, working) : null).runToPolish();
        int iterations = 0;
        while (true) {
            iterations += restricted.iterations();
            double[] x = expand(restricted.x(), working);
            double[] rowDual = restricted.rowDual();
            double[] boundDual = expand(restricted.boundDual(), working);
            double[] reducedCost = reducedCosts(x, rowDual);
            if (rounds > 0) {
                if (!restricted.polished() || rounds >= MAX_ROUNDS) {
                    return wholeProblem(x, rowDual, boundDual, iterations);
                }
                boolean violated = false;
                for (int p = 0; p < full.pairs; p++) {
                    violated |= !kept[p] && reducedCost[p] < -CERTIFICATE_TOLERANCE;
                }
                if (!violated) {
                    return certified(restricted, x, boundDual, reducedCost, iterations);
                }
            }
            int[] previous = working;
            if (rounds > 0 || growBeforePolish) {
                for (int p = 0; p < full.pairs; p++) {
                    if (!kept[p] && reducedCost[p] < JOIN_MARGIN) {
                        kept[p] = true;
                        // Its lower bound's multiplier: a joining pair still priced out starts fixed at 0.
                        boundDual[p] = Math.min(0, -reducedCost[p]);
                    }
                }
            }
            rounds++;
            working = workingSet(index);
            if (working.length > previous.length) {
                kkt = QpKkt.extending(full.restrict(working, index), kkt,
                        restrictedToExtended(previous, working.length, index));
            }
            restricted = refine(kkt, restrictX(x, working), rowDual, restrictX(boundDual, working));
            if (restricted == null) {
                if (working.length > previous.length) {
                    // The extended order suits the small reduced systems of the polish, not the whole
                    // matrix ADMM factorises: many joined pairs eliminated first could fill it densely.
                    kkt = new QpKkt(kkt.structure());
                }
                restricted = new AdmmIteration(kkt, settings, restrictX(x, working), rowDual,
                        restrictX(boundDual, working)).run();
            }
        }
    }

    /** Marks the first working set in {@link #kept} and returns its size. */
    private int firstWorkingSet(double[] warmX) {
        Arrays.fill(kept, false);
        keepCheapest(full.targetStart, full.targetPairs, TARGET_CANDIDATES);
        keepCheapest(full.sourceStart, full.sourcePairs, SOURCE_CANDIDATES);
        if (warmX != null) {
            for (int p = 0; p < full.pairs; p++) {
                kept[p] |= warmX[p] > 0;
            }
        }
        int size = 0;
        for (boolean k : kept) {
            size += k ? 1 : 0;
        }
        return size;
    }

    /**
     * Keeps the {@code count} cheapest pairs of every group, and the next one where it costs at most
     * {@link #CANDIDATE_GAP} more than the cheapest (selection by repeated minimum: groups are small).
     */
    private void keepCheapest(int[] start, int[] members, int count) {
        for (int g = 0; g + 1 < start.length; g++) {
            int from = start[g];
            int to = start[g + 1];
            if (to - from <= count) {
                for (int k = from; k < to; k++) {
                    kept[members[k]] = true;
                }
                continue;
            }
            double floor = Double.NEGATIVE_INFINITY;
            int floorPair = -1;
            double cheapest = Double.NaN;
            for (int c = 0; c <= count; c++) {
                int best = -1;
                for (int k = from; k < to; k++) {
                    int p = members[k];
                    if (isAfter(p, floor, floorPair) && (best < 0 || isAfter(best, full.linear[p], p))) {
                        best = p;
                    }
                }
                if (c == 0) {
                    cheapest = full.linear[best];
                } else if (c == count && full.linear[best] > cheapest + CANDIDATE_GAP) {
                    break;
                }
                kept[best] = true;
                floor = full.linear[best];
                floorPair = best;
            }
        }
    }

    /** Whether pair p comes after (cost, pair) in the order by cost, ties by index. */
    private boolean isAfter(int p, double cost, int pair) {
        double c = full.linear[p];
        return c > cost || (c == cost && p > pair);
    }

    /** The kept pairs in increasing order; fills {@code index} with each pair's place in it, or −1. */
    private int[] workingSet(int[] index) {
        int count = 0;
        for (int p = 0; p < full.pairs; p++) {
            index[p] = kept[p] ? count++ : -1;
        }
        int[] working = new int[count];
        for (int p = 0; p < full.pairs; p++) {
            if (index[p] >= 0) {
                working[index[p]] = p;
            }
        }
        return working;
    }

    /** A vector over the full variables {@code [z, a, s]} restricted to {@code [z_working, a, s]}. */
    private double[] restrictX(double[] values, int[] working) {
        double[] out = new double[working.length + full.rows];
        for (int k = 0; k < working.length; k++) {
            out[k] = values[working[k]];
        }
        System.arraycopy(values, full.pairs, out, working.length, full.rows);
        return out;
    }

    /** A vector over {@code [z_working, a, s]} spread over the full variables, 0 on excluded pairs. */
    private double[] expand(double[] values, int[] working) {
        double[] out = new double[full.size];
        for (int k = 0; k < working.length; k++) {
            out[working[k]] = values[k];
        }
        System.arraycopy(values, working.length, out, full.pairs, full.rows);
        return out;
    }

    /**
     * {@code (Px + q + Aᵀy)_p} for every pair outside the working set (0 on kept ones), where the
     * excluded pairs of x are 0: the cost, the pull of the consistency terms and the two row multipliers.
     */
    private double[] reducedCosts(double[] x, double[] rowDual) {
        double[] g = new double[full.pairs];
        for (int p = 0; p < full.pairs; p++) {
            if (!kept[p]) {
                g[p] = full.linear[p] + rowDual[full.pairTarget[p]] + rowDual[full.targets + full.pairSource[p]];
            }
        }
        for (int t = 0; t < full.termU.length; t++) {
            int u = full.termU[t];
            int v = full.termV[t];
            if (!kept[u]) {
                g[u] -= full.termWeight[t] * x[v];
            }
            if (!kept[v]) {
                g[v] -= full.termWeight[t] * x[u];
            }
        }
        return g;
    }

    /**
     * For every index of the KKT matrix of the restriction to {@code previous} ({@code [z, a, s, rows]}),
     * its index in that of the restriction to the current working set (of {@code size} pairs, a
     * superset; {@code index} gives each pair's place in it).
     */
    private int[] restrictedToExtended(int[] previous, int size, int[] index) {
        int[] into = new int[previous.length + 2 * full.rows];
        for (int k = 0; k < previous.length; k++) {
            into[k] = index[previous[k]];
        }
        for (int r = previous.length; r < into.length; r++) {
            into[r] = r + size - previous.length;
        }
        return into;
    }

    /**
     * The restricted problem after the working set grew: the polish's active-set steps from the last
     * answer's active set (the new pairs free, as their multipliers are 0), usually one or two
     * reduced solves; null where they do not settle (the caller then runs ADMM from the last answer).
     */
    private AdmmIteration.Outcome refine(QpKkt kkt, double[] x, double[] rowDual, double[] boundDual) {
        QpStructure q = kkt.structure();
        double[] rows = new double[q.rows];
        q.multiplyA(x, rows);
        return AdmmIteration.polish(kkt, settings, ActiveSet.guess(q, x, boundDual, rows, rowDual), x, rowDual,
                dualScale(q, x, rowDual, boundDual), 0);
    }

    /** {@code max(‖Px‖∞, ‖Aᵀy + y_bound‖∞, ‖q‖∞)}, the scale of the polish's acceptance tolerance. */
    private static double dualScale(QpStructure q, double[] x, double[] rowDual, double[] boundDual) {
        double[] px = new double[q.size];
        q.multiplyP(x, px);
        double[] aty = new double[q.size];
        q.multiplyAt(rowDual, aty);
        double scale = 0;
        for (int i = 0; i < q.size; i++) {
            scale = Math.max(scale, Math.max(Math.abs(px[i]),
                    Math.max(Math.abs(aty[i] + boundDual[i]), Math.abs(q.linear[i]))));
        }
        return scale;
    }

    /**
     * The certified answer as a solution of the whole problem: excluded pairs at 0 with bound
     * multiplier {@code −g_p} (≤ 0 to round-off, clamped as the polish clamps), and the dual residual
     * widened by what the clamp left.
     */
    private QpSolution certified(AdmmIteration.Outcome restricted, double[] x, double[] boundDual,
            double[] reducedCost, int iterations) {
        double dualResidual = restricted.dualResidual();
        for (int p = 0; p < full.pairs; p++) {
            if (!kept[p]) {
                boundDual[p] = Math.min(0, -reducedCost[p]);
                dualResidual = Math.max(dualResidual, -reducedCost[p]);
            }
        }
        return new QpSolution(problem, x, restricted.rowDual(), boundDual, restricted.status(), iterations,
                restricted.primalResidual(), dualResidual, true);
    }

    /** The plain solve of the whole problem (from the given start, or cold when x is null). */
    private QpSolution wholeProblem(double[] x, double[] rowDual, double[] boundDual, int iterations) {
        AdmmIteration.Outcome outcome = new AdmmIteration(new QpKkt(full), settings, x, rowDual, boundDual).run();
        return new QpSolution(problem, outcome.x(), outcome.rowDual(), outcome.boundDual(), outcome.status(),
                iterations + outcome.iterations(), outcome.primalResidual(), outcome.dualResidual(),
                outcome.polished());
    }
}
