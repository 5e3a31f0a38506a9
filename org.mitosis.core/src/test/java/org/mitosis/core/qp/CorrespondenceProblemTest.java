package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorrespondenceProblemTest {

    @Test
    void listsEveryProblemAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CorrespondenceProblem(2, 2, new int[] {0, 5}, new int[] {0, 1}, new double[] {0, Double.NaN},
                        new double[] {0, 0}, new double[] {0, 0}, 0.0, new int[] {0}, new int[] {1},
                        new double[] {-1}));
        String message = e.getMessage();
        assertTrue(message.contains("pair source 1 is 5"), message);
        assertTrue(message.contains("pair cost 1 is not finite"), message);
        assertTrue(message.contains("gamma"), message);
        assertTrue(message.contains("consistency weight 0 is negative"), message);
    }

    @Test
    void builderAndObjective() {
        CorrespondenceProblem.Builder builder = CorrespondenceProblem.builder(2, 1, 0.5).appearCost(2.0).splitCost(1, 3.0);
        int p0 = builder.addPair(0, 0, -1.0);
        int p1 = builder.addPair(1, 0, 0.5);
        CorrespondenceProblem problem = builder.addConsistency(p0, p1, 4.0).build();
        assertEquals(2, problem.pairs());
        assertEquals(5, problem.variables());
        double[] z = {1.0, 0.0};
        // ½·0.5·(1 + 0 + 0.25 + 0 + 0.01) + (−1 + 0) + 2·0.5 + 3·0.1 + ½·4·1
        double expected = 0.25 * 1.26 - 1.0 + 1.0 + 0.3 + 2.0;
        assertEquals(expected, problem.objective(z, new double[] {0.5}, new double[] {0.0, 0.1}), 1e-12);
    }

    @Test
    void settingsListEveryProblem() {
        AdmmSettings d = AdmmSettings.defaults();
        AdmmSettings bad = new AdmmSettings(-1, d.equalityRhoScale(), d.sigma(), 2.5, d.absoluteTolerance(),
                d.relativeTolerance(), 0, d.checkInterval(), true, d.adaptiveRhoTolerance(), true,
                d.maxPolishSize(), d.polishThreshold(), d.screening(), d.vertexStart());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::validate);
        assertTrue(e.getMessage().contains("rho") && e.getMessage().contains("relaxation")
                && e.getMessage().contains("maxIterations"), e.getMessage());
    }

    @Test
    void iterationLimitIsReportedNotHidden() {
        CorrespondenceProblem problem = RandomProblems.create(3, 8, 8, 3, 0.05, 1.0);
        AdmmSettings d = AdmmSettings.defaults().withPolish(false);
        AdmmSettings short_ = new AdmmSettings(d.rho(), d.equalityRhoScale(), d.sigma(), d.relaxation(), 1e-12, 1e-12,
                3, d.checkInterval(), true, d.adaptiveRhoTolerance(), false, d.maxPolishSize(),
                d.polishThreshold(), d.screening(), d.vertexStart());
        QpSolution solution = new AdmmQpSolver(short_).solve(problem);
        assertEquals(QpStatus.MAX_ITERATIONS, solution.status());
        assertEquals(3, solution.iterations());
        assertTrue(solution.primalResidual() > 1e-12 || solution.dualResidual() > 1e-12, solution::toString);
    }

    @Test
    void warmStartReachesTheSameOptimum() {
        CorrespondenceProblem problem = RandomProblems.create(4, 10, 11, 4, 0.05, 1.0);
        AdmmQpSolver solver = new AdmmQpSolver();
        QpSolution cold = solver.solve(problem);
        double[] c = problem.pairCost();
        c[0] += 0.01;
        CorrespondenceProblem moved = problem.withCosts(c, problem.appearCost(), problem.splitCost(),
                problem.consistencyWeight());
        QpSolution warm = solver.solve(moved, cold);
        QpSolution fresh = solver.solve(moved);
        assertEquals(QpStatus.OPTIMAL, warm.status());
        assertEquals(fresh.objective(), warm.objective(), 1e-9);
    }
}
