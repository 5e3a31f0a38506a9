package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link ActiveSetStep}: solving only the components of the reduced system that a change of face
 * reaches, from the last face's solution, gives the solution of the whole system of the new face.
 */
class ActiveSetStepTest {

    @Test
    void scopedSolveEqualsTheWholeSolve() {
        int skipped = 0;
        for (int seed = 0; seed < 12; seed++) {
            CorrespondenceProblem problem = RandomProblems.create(seed, 60, 62, 4, 0.05, 1.0);
            QpStructure q = problem.structure();
            QpKkt kkt = new QpKkt(q);
            QpSolution exact = new AdmmQpSolver().solve(problem);
            double[] x = exact.stacked();
            double[] boundDual = exact.boundDualArray();
            double[] rowDual = exact.rowDualArray();
            ActiveSet before = ActiveSet.of(q, x, rowDual, boundDual);
            // The next face: one free variable fixed at 0, one lower-fixed variable freed.
            double[] nextX = x.clone();
            double[] nextBoundDual = boundDual.clone();
            int fixed = firstWhere(q, i -> before.isFree(i), seed);
            int freed = firstWhere(q, i -> before.bound(i) == ActiveSet.LOWER, seed);
            nextX[fixed] = 0;
            nextBoundDual[fixed] = -1;
            nextBoundDual[freed] = 0;
            double[] rows = new double[q.rows];
            q.multiplyA(nextX, rows);
            ActiveSet after = ActiveSet.guess(q, nextX, nextBoundDual, rows, rowDual);

            ReducedKkt first = new ReducedKkt(kkt, before);
            double[] lastX = x.clone();
            double[] lastRowDual = rowDual.clone();
            first.solvePrimal(lastX, lastRowDual);
            boolean[] scope = new ActiveSetStep(kkt).scope(before, first.members(), after,
                    ReducedKkt.members(q, after));
            ReducedKkt scoped = new ReducedKkt(kkt, after, scope);
            ReducedKkt whole = new ReducedKkt(kkt, after);
            assertTrue(scoped.size() > 0 && scoped.size() <= whole.size());
            skipped += scoped.size() < whole.size() ? 1 : 0;
            double[] scopedX = lastX.clone();
            double[] scopedRowDual = lastRowDual.clone();
            scoped.solvePrimal(scopedX, scopedRowDual);
            double[] wholeX = lastX.clone();
            double[] wholeRowDual = lastRowDual.clone();
            whole.solvePrimal(wholeX, wholeRowDual);
            for (int i = 0; i < q.size; i++) {
                assertEquals(wholeX[i], scopedX[i], 1e-10, "variable " + i + " of seed " + seed);
            }
            for (int row = 0; row < q.rows; row++) {
                if (whole.hasRow(row)) {
                    assertEquals(wholeRowDual[row], scopedRowDual[row], 1e-10, "row " + row + " of seed " + seed);
                }
            }
        }
        // The point of the scope: it leaves components out (on half of these denser random problems;
        // on tracking frames nearly always).
        assertTrue(skipped >= 6, "only " + skipped + " of 12 scopes smaller than the system");
    }

    /** The first variable (from a seed-dependent place, pairs only) that satisfies the test. */
    private static int firstWhere(QpStructure q, java.util.function.IntPredicate test, int seed) {
        for (int k = 0; k < q.pairs; k++) {
            int i = (k + 7 * seed) % q.pairs;
            if (test.test(i)) {
                return i;
            }
        }
        throw new AssertionError("no such pair");
    }
}
