package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Polish and backward pass on large reduced KKT systems (sparse LDLᵀ): a fractional optimum whose
 * free set is one large connected component, and a frame pair of 1000 cells.
 */
class LargeProblemTest {

    @Test
    void fractionalOptimumWithOneLargeComponent() {
        AdmmSettings d = AdmmSettings.defaults();
        AdmmQpSolver solver = new AdmmQpSolver(new AdmmSettings(d.rho(), d.equalityRhoScale(), d.sigma(),
                d.relaxation(), 1e-9, 1e-9, d.maxIterations(), d.checkInterval(), true, d.adaptiveRhoTolerance(),
                true, d.maxPolishSize(), d.polishThreshold(), d.screening(), d.vertexStart()));
        CorrespondenceProblem problem = RandomProblems.create(7, 160, 160, 5, 0.01, 0.02);
        QpSolution solution = solver.solve(problem);
        int size = reducedSize(problem, solution);
        assertTrue(size > 250, "expected a large reduced system, size " + size);
        checkGradient(solver, problem, solution, 3);
    }

    @Test
    void thousandCellsArePolishedAndDifferentiated() {
        AdmmQpSolver solver = new AdmmQpSolver();
        CorrespondenceProblem problem = RandomProblems.create(3, 1000, 1000, 10, 0.05, 1.0);
        QpSolution solution = solver.solve(problem);
        int size = reducedSize(problem, solution);
        assertTrue(size > 1000, "expected a reduced system over 1000 unknowns, size " + size);
        checkGradient(solver, problem, solution, 2);
    }

    /** Unknowns of the reduced KKT system on the solution's active face. */
    private static int reducedSize(CorrespondenceProblem problem, QpSolution solution) {
        QpStructure q = problem.structure();
        return new ReducedKkt(q, ActiveSet.of(q, solution.stacked(), solution.rowDualArray(),
                solution.boundDualArray())).size();
    }

    /** The solution is polished and its pair-cost gradient matches central differences at a few pairs. */
    private static void checkGradient(AdmmQpSolver solver, CorrespondenceProblem problem, QpSolution solution,
            int trials) {
        assertTrue(solution.polished(), solution::toString);
        Random random = new Random(7);
        double[] dLdz = new double[problem.pairs()];
        for (int p = 0; p < dLdz.length; p++) {
            dLdz[p] = random.nextGaussian();
        }
        double[] analytic = QpGradient.backward(problem, solution, dLdz).dPairCost();
        for (int trial = 0; trial < trials; trial++) {
            int p = random.nextInt(problem.pairs());
            double[] plus = problem.pairCost();
            double[] minus = problem.pairCost();
            plus[p] += 1e-6;
            minus[p] -= 1e-6;
            double numeric = (loss(solver, problem, plus, dLdz) - loss(solver, problem, minus, dLdz)) / 2e-6;
            assertEquals(numeric, analytic[p], 1e-5 * (1 + Math.abs(numeric)), "pair " + p);
        }
    }

    private static double loss(AdmmQpSolver solver, CorrespondenceProblem problem, double[] cost, double[] dLdz) {
        QpSolution solution = solver.solve(problem.withCosts(cost, problem.appearCost(), problem.splitCost(),
                problem.consistencyWeight()));
        assertTrue(solution.polished(), solution::toString);
        double value = 0;
        for (int p = 0; p < dLdz.length; p++) {
            value += dLdz[p] * solution.z(p);
        }
        return value;
    }
}
