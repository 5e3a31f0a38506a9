package org.mitosis.core.qp;

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
 * it is the unique optimum to round-off (on F0009's problems within 2e-12 of ADMM's). Where the
 * steps do not settle ({@link SolutionPolisher#ACTIVE_SET_STEPS}; problems with many fractional z,
 * such as the synthetic frames of {@code QpBench}), {@link #solve} returns null and the caller runs
 * ADMM. Cost: the assignment on 2·pairs entries, plus one reduced solve per active-set step; tried
 * only on sparse candidates ({@link #suits}).
 */
final class VertexStart {

    /**
     * Tried only where the targets have at most this many candidate pairs on average. The assignment
     * that finds the vertex grows costly with more (Jonker–Volgenant on the Jaqaman-augmented
     * matrix): on the epidermis' frame pairs (4.0 candidates per target, ~300 cells; GNN-DOL model
     * trained on frames 0-9) it took 3.1 ms of a 5.9 ms solve against ADMM's 3.2-4.6 ms, on F0009's
     * (1.08 per target) 19 µs of a 48 µs solve against ADMM's 160-200 µs.
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
        double[] px = new double[q.size];
        q.multiplyP(x, px);
        double scale = 1;
        for (int i = 0; i < q.size; i++) {
            scale = Math.max(scale, Math.max(Math.abs(px[i]), Math.abs(q.linear[i])));
        }
        double tolerance = settings.absoluteTolerance() + settings.relativeTolerance() * scale;
        int maxSize = Math.min(settings.maxPolishSize(), (q.size + q.rows) / 2);
        SolutionPolisher.Polished polished = new SolutionPolisher(q).refine(ActiveSet.atVertex(q, x), x,
                new double[q.rows], maxSize, tolerance);
        if (polished == null) {
            return null;
        }
        return new QpSolution(problem, polished.x(), polished.rowDual(), polished.boundDual(), QpStatus.OPTIMAL, 0,
                polished.primalResidual(), polished.dualResidual(), true);
    }

    /**
     * An optimal vertex {@code [z, a, s]} of the linear part: slot i of the assignment is source i's
     * first successor at cost c_p, and a source with two or more candidates has a second slot, its
     * second successor at c_p + β_i (a source with one candidate cannot use one: on F0009's frames
     * they are 92 % of the sources); a target left unassigned appears at α_j, a slot left empty costs
     * nothing. Null if the assignment solver finds no optimum (it cannot: leaving everything
     * unassigned is allowed).
     */
    static double[] vertex(QpStructure q) {
        int m = q.sources;
        int[] secondSlot = new int[m];
        int slots = m;
        for (int i = 0; i < m; i++) {
            secondSlot[i] = q.sourceStart[i + 1] - q.sourceStart[i] >= 2 ? slots++ : -1;
        }
        AssignmentProblem.Builder b = AssignmentProblem.builder(slots, q.targets).unmatchedRowCost(0);
        for (int j = 0; j < q.targets; j++) {
            b.unmatchedColumnCost(j, q.linear[q.appearIndex(j)]);
        }
        for (int p = 0; p < q.pairs; p++) {
            int i = q.pairSource[p];
            b.add(i, q.pairTarget[p], q.linear[p]);
            if (secondSlot[i] >= 0) {
                b.add(secondSlot[i], q.pairTarget[p], q.linear[p] + q.linear[q.splitIndex(i)]);
            }
        }
        Assignment a = new SparseAssignmentSolver(b.build()).solve();
        if (!a.isOptimal()) {
            return null;
        }
        double[] x = new double[q.size];
        for (int j = 0; j < q.targets; j++) {
            x[q.appearIndex(j)] = 1;
        }
        for (int p = 0; p < q.pairs; p++) {
            int i = q.pairSource[p];
            int row = a.rowOf(q.pairTarget[p]);
            if (row == i || row >= 0 && row == secondSlot[i]) {
                x[p] = 1;
                x[q.appearIndex(q.pairTarget[p])] = 0;
                if (row != i) {
                    x[q.splitIndex(i)] = 1;
                }
            }
        }
        return x;
    }
}
