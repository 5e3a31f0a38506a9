package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The MINRES path of the reduced KKT system: a fractional optimum whose free set is one large component. */
class LargeKktTest {

    @Test
    void polishAndGradientThroughMinres() {
        AdmmSettings d = AdmmSettings.defaults();
        AdmmQpSolver solver = new AdmmQpSolver(new AdmmSettings(d.rho(), d.equalityRhoScale(), d.sigma(),
                d.relaxation(), 1e-9, 1e-9, d.maxIterations(), d.checkInterval(), true, d.adaptiveRhoTolerance(),
                d.cgMaxIterations(), true, 5_000, d.polishThreshold()));
        CorrespondenceProblem problem = RandomProblems.create(7, 160, 160, 5, 0.01, 0.02);
        QpSolution solution = solver.solve(problem);
        QpStructure q = problem.structure();
        ReducedKkt kkt = new ReducedKkt(q, ActiveSet.of(q, solution.stacked(), solution.rowDualArray(),
                solution.boundDualArray()));
        assertFalse(kkt.direct(), "expected a component larger than " + ReducedKkt.DENSE_LIMIT + ", size " + kkt.size());
        assertTrue(solution.polished(), solution::toString);
        Random random = new Random(7);
        double[] dLdz = new double[problem.pairs()];
        for (int p = 0; p < dLdz.length; p++) {
            dLdz[p] = random.nextGaussian();
        }
        double[] analytic = QpGradient.backward(problem, solution, dLdz).dPairCost();
        for (int trial = 0; trial < 3; trial++) {
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
