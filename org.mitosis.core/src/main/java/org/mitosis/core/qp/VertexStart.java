package org.mitosis.core.qp;

import java.util.Arrays;

import org.mitosis.core.assign.Assignment;
import org.mitosis.core.assign.AssignmentProblem;
import org.mitosis.core.assign.SparseAssignmentSolver;

/**
 * The correspondence QP solved by the polish alone, started at the optimal vertex of its linear
 * part: {@link AdmmQpSolver}'s first try ({@link AdmmSettings#vertexStart()}).
 *
 * <p>Why: trained costs decide nearly every link. On F0009's 779 frame pairs (GNN-DOL model trained
 * on all frames) the optimum has on average 0.47 fractional z among 118 pairs, and 92 % of the
 * targets have a single candidate. ADMM then spends most of its time before its first iteration: the
 * fill-reducing ordering of the whole KKT matrix and its factorisation (two thirds of the QP's time
 * in whole-F0009 inference). The linear program {@code min cᵀz + αᵀa + βᵀs} under the same
 * constraints is an assignment of two slots per source (the second priced β higher) to the targets,
 * a target left unassigned paying α; its optimal vertex is the QP's optimum wherever the quadratic
 * term moves no variable off its bound. From that vertex's face the polish's primal-dual active-set
 * steps ({@link SolutionPolisher#refine}) free the variables whose multipliers have the wrong sign,
 * each step solving only the small reduced system of the free variables, ordered on its own.
 *
 * <p>The answer is the polish's: it passes the same KKT certificate as after ADMM, so where it exists
 * it is the unique optimum to round-off (on F0009's problems within 7e-15 of ADMM's). Where the
 * steps do not settle within {@link SolutionPolisher#ACTIVE_SET_STEPS}, or a reduced system grows
 * past half the KKT matrix (problems with many fractional z), {@link #solve} returns null and the
 * caller runs ADMM. Cost: the assignment on the pairs not alone at their source and target, plus one
 * reduced solve per active-set step; tried only on sparse candidates ({@link #suits}).
 */
final class VertexStart {

    /**
     * Tried only where the targets have at most this many candidate pairs on average. The assignment
     * that finds the vertex grows costly with more (Jonker–Volgenant on the Jaqaman-augmented
     * matrix): on the epidermis' frame pairs (4.0 candidates per target, ~300 cells; GNN-DOL model
     * trained on frames 0-9) it took 3.1 ms of a 5.9 ms solve against ADMM's 3.2-4.6 ms, on F0009's
     * (1.08 per target) 7 µs of a 46 µs solve against ADMM's 160-200 µs.
     */
    static final double MAX_PAIRS_PER_TARGET = 2.0;

    private VertexStart() {
    }

    /** Whether the problem's candidates are sparse enough for the vertex start to pay. */
    static boolean suits(CorrespondenceProblem problem) {
        return problem.pairs() <= MAX_PAIRS_PER_TARGET * problem.targets();
    }

    /**
     * @return the certified optimum, or null when the active-set steps from the vertex did not reach one
     */
    static QpSolution solve(CorrespondenceProblem problem, AdmmSettings settings) {
        QpStructure q = problem.structure();
        double[] x = vertex(q);
        if (x == null) {
            return null;
        }
        SolutionPolisher.Polished polished = new SolutionPolisher(q).refine(ActiveSet.atVertex(q, x), x,
                new double[q.rows], maxSize(q, settings), tolerance(q, x, settings));
        return polished == null ? null : solution(problem, polished);
    }

    /**
     * As {@link #solve(CorrespondenceProblem, AdmmSettings)} for a problem whose consistency weights are
     * asked for on the way: the vertex needs none, and each polish step gets those of the terms
     * touching a free variable of its face or cut at its start ({@link DeferredConsistency}), so that
     * it computes what it would with every term, to the bit. On F0009's 779 frame pairs that asks for
     * 12 % of the weights with the shipped GNN-DOL, 7.5 % with one trained on exact positions.
     *
     * @return the certified optimum, its problem holding the terms asked for; or null as above
     */
    static QpSolution solve(DeferredConsistency deferred, AdmmSettings settings) {
        QpStructure costs = deferred.costs().structure();
        double[] x = vertex(costs);
        if (x == null) {
            return null;
        }
        ActiveSet face = ActiveSet.atVertex(costs, x);
        // The whole problem's tolerance: Px at the vertex is the same with the terms cut there alone.
        QpStructure q = deferred.withTermsNeededBy(face, x).structure();
        SolutionPolisher polisher = new SolutionPolisher(q,
                (next, start) -> deferred.withTermsNeededBy(next, start).structure());
        SolutionPolisher.Polished polished = polisher.refine(face, x, new double[q.rows], maxSize(q, settings),
                tolerance(q, x, settings));
        return polished == null ? null : solution(deferred.current(), polished);
    }

    /** The certificate's tolerance: absolute plus relative to the largest of |Px| and |q| at x. */
    private static double tolerance(QpStructure q, double[] x, AdmmSettings settings) {
        double[] px = new double[q.size];
        q.multiplyP(x, px);
        double scale = 1;
        for (int i = 0; i < q.size; i++) {
            scale = Math.max(scale, Math.max(Math.abs(px[i]), Math.abs(q.linear[i])));
        }
        return settings.absoluteTolerance() + settings.relativeTolerance() * scale;
    }

    /** The largest reduced system to factorise: half the KKT matrix at most, ADMM's business beyond. */
    private static int maxSize(QpStructure q, AdmmSettings settings) {
        return Math.min(settings.maxPolishSize(), (q.size + q.rows) / 2);
    }

    private static QpSolution solution(CorrespondenceProblem problem, SolutionPolisher.Polished polished) {
        return new QpSolution(problem, polished.x(), polished.rowDual(), polished.boundDual(), QpStatus.OPTIMAL, 0,
                polished.primalResidual(), polished.dualResidual(), true);
    }

    /**
     * An optimal vertex {@code [z, a, s]} of the linear part. A pair alone at its source and at its
     * target is a component of its own and is linked where it costs less than the target appearing
     * (on F0009's frames most pairs). The other pairs go to an assignment: slot i is source i's first
     * successor at cost c_p, and a source with two or more candidates has a second slot, its second
     * successor at c_p + β_i (with one candidate it cannot use one); a target left unassigned appears
     * at α_j, a slot left empty costs nothing. Null if the assignment solver finds no optimum (it
     * cannot: leaving everything unassigned is allowed).
     */
    static double[] vertex(QpStructure q) {
        double[] x = new double[q.size];
        for (int j = 0; j < q.targets; j++) {
            x[q.appearIndex(j)] = 1;
        }
        int[] row = new int[q.sources];
        int[] column = new int[q.targets];
        Arrays.fill(row, -1);
        Arrays.fill(column, -1);
        int rows = 0;
        int columns = 0;
        for (int p = 0; p < q.pairs; p++) {
            int i = q.pairSource[p];
            int j = q.pairTarget[p];
            if (candidates(q.sourceStart, i) == 1 && candidates(q.targetStart, j) == 1) {
                if (q.linear[p] < q.linear[q.appearIndex(j)]) {
                    link(q, x, p);
                }
                continue;
            }
            if (row[i] < 0) {
                row[i] = rows++;
            }
            if (column[j] < 0) {
                column[j] = columns++;
            }
        }
        if (columns == 0) {
            return x;
        }
        int[] secondSlot = new int[q.sources];
        int slots = rows;
        for (int i = 0; i < q.sources; i++) {
            secondSlot[i] = row[i] >= 0 && candidates(q.sourceStart, i) >= 2 ? slots++ : -1;
        }
        AssignmentProblem.Builder b = AssignmentProblem.builder(slots, columns).unmatchedRowCost(0);
        for (int j = 0; j < q.targets; j++) {
            if (column[j] >= 0) {
                b.unmatchedColumnCost(column[j], q.linear[q.appearIndex(j)]);
            }
        }
        for (int p = 0; p < q.pairs; p++) {
            int i = q.pairSource[p];
            int j = column[q.pairTarget[p]];
            if (j >= 0) {
                b.add(row[i], j, q.linear[p]);
                if (secondSlot[i] >= 0) {
                    b.add(secondSlot[i], j, q.linear[p] + q.linear[q.splitIndex(i)]);
                }
            }
        }
        Assignment a = new SparseAssignmentSolver(b.build()).solve();
        if (!a.isOptimal()) {
            return null;
        }
        for (int p = 0; p < q.pairs; p++) {
            int i = q.pairSource[p];
            int j = column[q.pairTarget[p]];
            int slot = j < 0 ? -1 : a.rowOf(j);
            if (slot >= 0 && (slot == row[i] || slot == secondSlot[i])) {
                link(q, x, p);
                if (slot == secondSlot[i]) {
                    x[q.splitIndex(i)] = 1;
                }
            }
        }
        return x;
    }

    /** Candidate pairs of group g in the grouping {@code start} (by source or by target). */
    private static int candidates(int[] start, int g) {
        return start[g + 1] - start[g];
    }

    private static void link(QpStructure q, double[] x, int p) {
        x[p] = 1;
        x[q.appearIndex(q.pairTarget[p])] = 0;
    }
}
