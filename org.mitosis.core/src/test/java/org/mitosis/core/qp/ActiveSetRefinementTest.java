package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The active-set corrections of {@link SolutionPolisher#refine}: from a deliberately wrong guess
 * they must reach the certified optimum, and the solver must handle edge cases (no cells, no pairs,
 * every target appearing, exact ties) as ojAlgo does.
 */
class ActiveSetRefinementTest {

    private static final double TOLERANCE = 1e-7;
    private static final AdmmQpSolver SOLVER = new AdmmQpSolver();
    private static final OjAlgoQpSolver REFERENCE = new OjAlgoQpSolver();

    @Test
    void wrongGuessesAreCorrected() {
        int corrected = 0;
        for (int seed = 0; seed < 10; seed++) {
            CorrespondenceProblem problem = RandomProblems.create(seed, 8 + seed % 4, 9, 4, 0.05, 1.0);
            QpStructure q = problem.structure();
            QpSolution exact = SOLVER.solve(problem);
            assertTrue(exact.polished(), exact::toString);
            double[] x = exact.stacked();
            // Wrong guess, as an LP-like start makes it: the optimum with one fractional variable
            // pushed to the nearer bound. The corrections must free it again and move its neighbours.
            double[] wrongX = x.clone();
            double[] wrongBoundDual = exact.boundDualArray().clone();
            for (int i = 0; i < q.size; i++) {
                if (x[i] > 1e-6 && x[i] < 1 - 1e-6) {
                    wrongX[i] = Math.rint(x[i]);
                    wrongBoundDual[i] = wrongX[i] == 0 ? -1 : 1;
                    break;
                }
            }
            double[] rows = new double[q.rows];
            q.multiplyA(wrongX, rows);
            ActiveSet wrong = ActiveSet.guess(q, wrongX, wrongBoundDual, rows, exact.rowDualArray());
            SolutionPolisher polisher = new SolutionPolisher(new QpKkt(q));
            SolutionPolisher.Polished first = polisher.polish(wrong, wrongX, exact.rowDualArray(), 10_000);
            assertTrue(first.primalResidual() > TOLERANCE || first.dualResidual() > TOLERANCE,
                    "the wrong guess passed the certificate for " + problem);
            SolutionPolisher.Polished refined = polisher.refine(wrong, wrongX, exact.rowDualArray(), 10_000,
                    TOLERANCE);
            if (refined == null) {
                continue;
            }
            corrected++;
            for (int i = 0; i < q.size; i++) {
                assertEquals(x[i], refined.x()[i], 1e-6, "variable " + i + " of " + problem);
            }
        }
        // Undamped active-set steps need not converge within the step limit (the solver then goes
        // on with ADMM); on these problems they do in most cases.
        assertTrue(corrected >= 7, "only " + corrected + " of 10 wrong guesses corrected");
    }

    @Test
    void emptyProblems() {
        assertOptimalLikeReference(CorrespondenceProblem.builder(0, 0, 0.05).build());
        QpSolution onlySources = assertOptimalLikeReference(CorrespondenceProblem.builder(3, 0, 0.05).build());
        assertEquals(3, onlySources.s().length);
        QpSolution noPairs = assertOptimalLikeReference(CorrespondenceProblem.builder(2, 3, 0.05).appearCost(0.4).build());
        for (double a : noPairs.a()) {
            assertEquals(1.0, a, 1e-9);
        }
    }

    @Test
    void everyTargetAppearsWhenPairsAreDear() {
        CorrespondenceProblem.Builder builder = CorrespondenceProblem.builder(3, 3, 0.05).appearCost(0.1);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                builder.addPair(i, j, 2.0 + 0.1 * (i + j));
            }
        }
        QpSolution solution = assertOptimalLikeReference(builder.build());
        for (double a : solution.a()) {
            assertEquals(1.0, a, 1e-9);
        }
        for (double z : solution.z()) {
            assertEquals(0.0, z, 1e-9);
        }
    }

    @Test
    void exactTiesSplitEvenly() {
        // Two sources equally good for one target, both tied with appearing: strict convexity makes
        // the optimum unique and symmetric (a third each).
        CorrespondenceProblem.Builder builder = CorrespondenceProblem.builder(2, 1, 0.05).appearCost(-0.5);
        builder.addPair(0, 0, -0.5);
        builder.addPair(1, 0, -0.5);
        QpSolution solution = assertOptimalLikeReference(builder.build());
        assertEquals(1.0 / 3, solution.z(0), 1e-7);
        assertEquals(1.0 / 3, solution.z(1), 1e-7);
        assertEquals(1.0 / 3, solution.a()[0], 1e-7);
    }

    private static QpSolution assertOptimalLikeReference(CorrespondenceProblem problem) {
        QpSolution ours = SOLVER.solve(problem);
        QpSolution reference = REFERENCE.solve(problem);
        assertEquals(QpStatus.OPTIMAL, ours.status(), ours::toString);
        assertEquals(reference.objective(), ours.objective(), 1e-6, problem::toString);
        for (int p = 0; p < problem.pairs(); p++) {
            assertEquals(reference.z(p), ours.z(p), 1e-5, "z" + p + " of " + problem);
        }
        assertTrue(ours.primalResidual() < 1e-6, ours::toString);
        return ours;
    }
}
