package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The screened solve ({@link PairScreening}) against the unscreened ADMM solve and ojAlgo: the same
 * optimum, multipliers that give the same backward pass, and a certificate that really grows the
 * working set when the first one misses a pair of the optimum.
 */
class PairScreeningTest {

    private static final AdmmSettings SCREENED = AdmmSettings.defaults();
    private static final AdmmSettings PLAIN = SCREENED.withScreening(false).withVertexStart(false);

    @Test
    void sameOptimumAsUnscreenedSolveAndOjAlgo() {
        AdmmQpSolver plain = new AdmmQpSolver(PLAIN);
        OjAlgoQpSolver reference = new OjAlgoQpSolver();
        int certifiedAtOnce = 0;
        int grown = 0;
        int appearing = 0;
        int splitting = 0;
        for (int seed = 0; seed < 24; seed++) {
            int cells = 15 + 5 * (seed % 6);
            CorrespondenceProblem problem;
            if (seed % 2 == 0) {
                problem = tracking(seed, cells);
            } else {
                double gamma = seed % 4 == 1 ? 0.02 : 0.1;
                double scale = new double[] {0.3, 1.0, 3.0}[seed % 3];
                problem = RandomProblems.create(seed, cells, cells + seed % 5 - 2, 10, gamma, scale);
            }
            QpSolution unscreened = plain.solve(problem);
            PairScreening certificateOnly = new PairScreening(problem, SCREENED, false);
            QpSolution screened = null;
            for (PairScreening screening : new PairScreening[] {new PairScreening(problem, SCREENED), certificateOnly}) {
                QpSolution solution = screening.solve(null);
                assertTrue(solution.polished() && unscreened.polished(), () -> solution + " / " + unscreened);
                assertClose(unscreened.z(), solution.z(), 1e-6, problem);
                assertClose(unscreened.a(), solution.a(), 1e-6, problem);
                assertClose(unscreened.s(), solution.s(), 1e-6, problem);
                assertTrue(solution.dualResidual() < 1e-5 && solution.primalResidual() < 1e-8, solution::toString);
                certifiedAtOnce += screening.rounds() == 1 ? 1 : 0;
                screened = solution;
            }
            grown += certificateOnly.rounds() >= 2 ? 1 : 0;
            QpSolution last = screened;
            if (cells == 15) {
                // ojAlgo takes seconds beyond this size.
                QpSolution check = reference.solve(problem);
                assertEquals(check.objective(), last.objective(), 1e-5 * (1 + Math.abs(check.objective())),
                        problem::toString);
            }
            appearing += max(last.a()) > 1e-6 ? 1 : 0;
            splitting += max(last.s()) > 1e-6 ? 1 : 0;
        }
        // The comparison covers a certificate passed at once and one that grew the working set (without
        // the growth by ADMM's multipliers, which forestalls most failures), and optima that use the slacks.
        assertTrue(certifiedAtOnce >= 3 && grown >= 3, "at once " + certifiedAtOnce + ", grown " + grown);
        assertTrue(appearing >= 3 && splitting >= 3, "appearing " + appearing + ", splitting " + splitting);
    }

    /**
     * A frame pair as tracking produces it (QpBench's model in the unit square): targets are the
     * sources moved a little, some divided, some new; each target's 10 nearest sources are its
     * candidates at cost {@code d/0.05 − 1 + noise}; consistency terms join a pair to the pairs of the
     * source's nearest neighbour.
     */
    private static CorrespondenceProblem tracking(long seed, int cells) {
        Random random = new Random(seed);
        double[][] sources = new double[cells][];
        for (int i = 0; i < cells; i++) {
            sources[i] = new double[] {random.nextDouble(), random.nextDouble()};
        }
        java.util.List<double[]> targets = new java.util.ArrayList<>();
        for (double[] s : sources) {
            double[] moved = {s[0] + 0.005 * random.nextGaussian(), s[1] + 0.005 * random.nextGaussian()};
            targets.add(moved);
            if (random.nextDouble() < 0.1) {
                targets.add(new double[] {moved[0] + 0.01, moved[1]});
            }
        }
        targets.add(new double[] {random.nextDouble(), random.nextDouble()});
        int n = targets.size();
        CorrespondenceProblem.Builder builder = CorrespondenceProblem.builder(cells, n, 0.05).appearCost(0.5)
                .splitCost(0.3);
        int[][] pairOf = new int[cells][n];
        for (int[] row : pairOf) {
            java.util.Arrays.fill(row, -1);
        }
        for (int j = 0; j < n; j++) {
            double[] t = targets.get(j);
            Integer[] order = new Integer[cells];
            for (int i = 0; i < cells; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(distance(t, sources[x]), distance(t, sources[y])));
            for (int k = 0; k < Math.min(10, cells); k++) {
                int i = order[k];
                pairOf[i][j] = builder.addPair(i, j, distance(t, sources[i]) / 0.05 - 1 + 0.1 * random.nextGaussian());
            }
        }
        for (int i = 0; i < cells; i++) {
            int nearest = -1;
            for (int i2 = 0; i2 < cells; i2++) {
                if (i2 != i && (nearest < 0 || distance(sources[i], sources[i2]) < distance(sources[i], sources[nearest]))) {
                    nearest = i2;
                }
            }
            for (int j = 0; j < n; j++) {
                for (int j2 = 0; j2 < n; j2++) {
                    if (pairOf[i][j] >= 0 && pairOf[nearest][j2] >= 0 && j != j2 && pairOf[i][j] < pairOf[nearest][j2]
                            && distance(targets.get(j), targets.get(j2)) < 0.15) {
                        builder.addConsistency(pairOf[i][j], pairOf[nearest][j2], 0.2);
                    }
                }
            }
        }
        return builder.build();
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /**
     * Target 0's cheapest four candidates and source 0's cheapest four pairs lead to cells that their
     * own far cheaper partners hold, so the first working set leaves out pair (0, 0), the one the
     * optimum uses; the certificate must find it (and the growth by ADMM's multipliers need not).
     */
    @Test
    void certificateAddsThePairTheFirstWorkingSetMissed() {
        int cells = 10;
        CorrespondenceProblem.Builder builder = CorrespondenceProblem.builder(cells, cells, 0.05).appearCost(0.3)
                .splitCost(5.0);
        int missed = -1;
        int neighbour = -1;
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                double cost;
                if (i == 0 && j == 0) {
                    cost = -0.2;
                } else if ((j == 0 && i <= 4) || (i == 0 && j <= 4)) {
                    cost = -1.0;
                } else if ((i >= 1 && i <= 4 && j == i + 4) || (j >= 1 && j <= 4 && i == j + 4)) {
                    cost = -3.0;
                } else {
                    cost = 1.0 + 0.01 * (i + j);
                }
                int p = builder.addPair(i, j, cost);
                if (i == 0 && j == 0) {
                    missed = p;
                } else if (i == 9 && j == 9) {
                    neighbour = p;
                }
            }
        }
        builder.addConsistency(missed, neighbour, 0.1);
        CorrespondenceProblem problem = builder.build();

        QpSolution unscreened = new AdmmQpSolver(PLAIN).solve(problem);
        assertTrue(unscreened.z(missed) > 0.5, "the construction should use pair (0, 0): " + unscreened.z(missed));
        double reference = new OjAlgoQpSolver().solve(problem).objective();

        PairScreening certificateOnly = new PairScreening(problem, SCREENED, false);
        QpSolution certified = certificateOnly.solve(null);
        assertTrue(certificateOnly.rounds() >= 2, "rounds " + certificateOnly.rounds());
        assertClose(unscreened.z(), certified.z(), 1e-6, problem);
        assertEquals(reference, certified.objective(), 1e-6);

        QpSolution screened = new PairScreening(problem, SCREENED).solve(null);
        assertClose(unscreened.z(), screened.z(), 1e-6, problem);
        assertEquals(reference, screened.objective(), 1e-6);
    }

    @Test
    void backwardPassSeesTheSameActiveSet() {
        Random random = new Random(11);
        for (int seed = 0; seed < 6; seed++) {
            CorrespondenceProblem problem = RandomProblems.create(100 + seed, 40, 42, 10, 0.05, 1.0);
            QpSolution screened = new AdmmQpSolver(SCREENED).solve(problem);
            QpSolution unscreened = new AdmmQpSolver(PLAIN).solve(problem);
            double[] dLdz = new double[problem.pairs()];
            for (int p = 0; p < dLdz.length; p++) {
                dLdz[p] = random.nextGaussian();
            }
            QpGradient.Result a = QpGradient.backward(problem, screened, dLdz);
            QpGradient.Result b = QpGradient.backward(problem, unscreened, dLdz);
            assertArrayEquals(b.dPairCost(), a.dPairCost(), 1e-6);
            assertArrayEquals(b.dAppearCost(), a.dAppearCost(), 1e-6);
            assertArrayEquals(b.dSplitCost(), a.dSplitCost(), 1e-6);
            assertArrayEquals(b.dConsistencyWeight(), a.dConsistencyWeight(), 1e-6);
        }
    }

    @Test
    void warmStartFromAnotherCostGivesTheColdOptimum() {
        CorrespondenceProblem problem = RandomProblems.create(5, 60, 60, 10, 0.05, 1.0);
        Random random = new Random(3);
        double[] costs = problem.pairCost();
        for (int p = 0; p < costs.length; p++) {
            costs[p] += 0.2 * random.nextGaussian();
        }
        CorrespondenceProblem changed = problem.withCosts(costs, problem.appearCost(), problem.splitCost(),
                problem.consistencyWeight());
        AdmmQpSolver screened = new AdmmQpSolver(SCREENED);
        QpSolution warm = screened.solve(changed, screened.solve(problem));
        QpSolution cold = new AdmmQpSolver(PLAIN).solve(changed);
        assertTrue(warm.polished(), warm::toString);
        assertClose(cold.z(), warm.z(), 1e-6, changed);
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, CorrespondenceProblem problem) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tolerance, "entry " + k + " of " + problem);
        }
    }
}
