package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Backward pass against central finite differences of the polished forward solution. */
class QpGradientTest {

    private static final double STEP = 1e-6;
    private static final AdmmQpSolver SOLVER = new AdmmQpSolver(AdmmSettings.defaults().withTolerances(1e-9, 1e-9));

    /** Counts of the situations the problems exercised, so the check is known to cover them. */
    private int atZero;
    private int atOne;
    private int fractional;
    private int splitActive;
    private int appearing;
    private int tightSources;

    @Test
    void matchesFiniteDifferences() {
        for (int seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            int sources = 3 + seed % 6;
            int targets = 3 + (seed * 5) % 6;
            double gamma = seed % 2 == 0 ? 0.01 : 0.1;
            double scale = new double[] {0.05, 0.2, 1.0}[seed % 3];
            CorrespondenceProblem problem = RandomProblems.create(seed, sources, targets, 2 + seed % 3, gamma, scale);
            double[] dLdz = new double[problem.pairs()];
            for (int p = 0; p < dLdz.length; p++) {
                dLdz[p] = random.nextGaussian();
            }
            QpSolution solution = SOLVER.solve(problem);
            assertTrue(solution.polished(), solution::toString);
            record(problem, solution);
            QpGradient.Result gradient = QpGradient.backward(problem, solution, dLdz);
            checkAll(problem, dLdz, problem.pairCost(), gradient.dPairCost(), false,
                    c -> problem.withCosts(c, problem.appearCost(), problem.splitCost(), problem.consistencyWeight()));
            checkAll(problem, dLdz, problem.appearCost(), gradient.dAppearCost(), false,
                    c -> problem.withCosts(problem.pairCost(), c, problem.splitCost(), problem.consistencyWeight()));
            checkAll(problem, dLdz, problem.splitCost(), gradient.dSplitCost(), false,
                    c -> problem.withCosts(problem.pairCost(), problem.appearCost(), c, problem.consistencyWeight()));
            checkAll(problem, dLdz, problem.consistencyWeight(), gradient.dConsistencyWeight(), true,
                    w -> problem.withCosts(problem.pairCost(), problem.appearCost(), problem.splitCost(), w));
        }
        assertTrue(atZero > 0 && atOne > 0 && fractional > 0, "z at 0/1/fractional: " + atZero + "/" + atOne + "/" + fractional);
        assertTrue(splitActive > 0 && appearing > 0 && tightSources > 0,
                "split/appear/tight source: " + splitActive + "/" + appearing + "/" + tightSources);
    }

    private void checkAll(CorrespondenceProblem problem, double[] dLdz, double[] parameters, double[] analytic,
            boolean nonNegative, Function<double[], CorrespondenceProblem> rebuild) {
        assertEquals(parameters.length, analytic.length);
        for (int k = 0; k < parameters.length; k++) {
            double[] plus = parameters.clone();
            plus[k] += STEP;
            double[] minus = parameters.clone();
            // Weights must stay >= 0: at w = 0 the difference becomes one-sided.
            minus[k] = nonNegative ? Math.max(0, minus[k] - STEP) : minus[k] - STEP;
            double width = plus[k] - minus[k];
            double numeric = (loss(rebuild.apply(plus), dLdz) - loss(rebuild.apply(minus), dLdz)) / width;
            int index = k;
            assertEquals(numeric, analytic[k], 1e-5 * (1 + Math.abs(numeric)),
                    () -> "parameter " + index + " of " + problem);
        }
    }

    private static double loss(CorrespondenceProblem problem, double[] dLdz) {
        QpSolution solution = SOLVER.solve(problem);
        assertTrue(solution.polished(), solution::toString);
        double value = 0;
        for (int p = 0; p < dLdz.length; p++) {
            value += dLdz[p] * solution.z(p);
        }
        return value;
    }

    private void record(CorrespondenceProblem problem, QpSolution solution) {
        for (double z : solution.z()) {
            atZero += z < 1e-9 ? 1 : 0;
            atOne += z > 1 - 1e-9 ? 1 : 0;
            fractional += z > 1e-6 && z < 1 - 1e-6 ? 1 : 0;
        }
        for (double a : solution.a()) {
            appearing += a > 1e-6 ? 1 : 0;
        }
        double[] s = solution.s();
        double[] rowSum = new double[problem.sources()];
        for (int p = 0; p < problem.pairs(); p++) {
            rowSum[problem.pairSource(p)] += solution.z(p);
        }
        for (int i = 0; i < s.length; i++) {
            splitActive += s[i] > 1e-6 ? 1 : 0;
            tightSources += Math.abs(rowSum[i] - s[i] - 1) < 1e-9 ? 1 : 0;
        }
    }

    @Test
    void rejectsSolutionsWithoutMultipliers() {
        CorrespondenceProblem problem = RandomProblems.create(1, 4, 4, 2, 0.05, 1.0);
        QpSolution reference = new OjAlgoQpSolver().solve(problem);
        assertThrows(IllegalArgumentException.class,
                () -> QpGradient.backward(problem, reference, new double[problem.pairs()]));
    }
}
