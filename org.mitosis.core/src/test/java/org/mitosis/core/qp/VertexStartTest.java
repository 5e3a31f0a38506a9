package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link VertexStart} (synthetic problems): its vertex minimises the linear part; where the trained
 * costs decide nearly every link, as in tracking, the polish from that vertex gives ADMM's optimum
 * and the same backward pass; where many z are fractional it gives up, and the solver's answer is
 * still ADMM's.
 */
class VertexStartTest {

    private static final AdmmSettings ADMM_ONLY = AdmmSettings.defaults().withVertexStart(false);

    @Test
    void vertexMinimisesTheLinearPart() {
        int divisions = 0;
        int alone = 0;
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            int sources = 2 + seed % 4;
            int targets = 2 + (seed / 4) % 4;
            CorrespondenceProblem.Builder b = CorrespondenceProblem.builder(sources, targets, 0.1);
            for (int j = 0; j < targets; j++) {
                for (int i = 0; i < sources; i++) {
                    if (random.nextDouble() < (seed % 2 == 0 ? 0.6 : 0.3)) {
                        b.addPair(i, j, 2 * random.nextGaussian());
                    }
                }
                b.appearCost(j, 2 * random.nextDouble());
            }
            for (int i = 0; i < sources; i++) {
                b.splitCost(i, random.nextDouble());
            }
            QpStructure q = b.build().structure();
            double[] vertex = VertexStart.vertex(q);
            assertNotNull(vertex);
            assertFeasibleVertex(q, vertex);
            assertEquals(cheapestIntegralPoint(q), linearCost(q, vertex), 1e-12, "seed " + seed);
            for (int i = 0; i < sources; i++) {
                divisions += vertex[q.splitIndex(i)] == 1 ? 1 : 0;
            }
            for (int p = 0; p < q.pairs; p++) {
                int i = q.pairSource[p];
                int j = q.pairTarget[p];
                alone += q.sourceStart[i + 1] - q.sourceStart[i] == 1 && q.targetStart[j + 1] - q.targetStart[j] == 1 ? 1 : 0;
            }
        }
        assertTrue(divisions > 0, "no vertex used a second successor");
        assertTrue(alone > 0, "no pair alone at its source and target");
    }

    @Test
    void decidedProblemsAreSolvedFromTheVertexWithAdmmsOptimumAndGradient() {
        AdmmQpSolver admm = new AdmmQpSolver(ADMM_ONLY);
        int fromVertex = 0;
        int fractional = 0;
        int problems = 30;
        for (int seed = 0; seed < problems; seed++) {
            CorrespondenceProblem problem = tracking(seed, 20 + 10 * (seed % 5));
            QpSolution vertex = VertexStart.solve(problem, AdmmSettings.defaults());
            if (vertex == null) {
                continue;
            }
            fromVertex++;
            QpSolution reference = admm.solve(problem);
            assertTrue(vertex.polished() && reference.polished());
            assertClose(reference.z(), vertex.z(), 1e-9, seed);
            assertClose(reference.a(), vertex.a(), 1e-9, seed);
            assertClose(reference.s(), vertex.s(), 1e-9, seed);
            assertTrue(vertex.dualResidual() < 1e-5 && vertex.primalResidual() < 1e-12, vertex::toString);
            for (double z : vertex.z()) {
                fractional += z > 1e-9 && z < 1 - 1e-9 ? 1 : 0;
            }
            double[] dLdz = new Random(seed).doubles(problem.pairs()).map(v -> v - 0.5).toArray();
            QpGradient.Result expected = QpGradient.backward(problem, reference, dLdz);
            QpGradient.Result actual = QpGradient.backward(problem, vertex, dLdz);
            assertClose(expected.dPairCost(), actual.dPairCost(), 1e-8, seed);
            assertClose(expected.dAppearCost(), actual.dAppearCost(), 1e-8, seed);
            assertClose(expected.dSplitCost(), actual.dSplitCost(), 1e-8, seed);
            assertClose(expected.dConsistencyWeight(), actual.dConsistencyWeight(), 1e-8, seed);
        }
        assertTrue(fromVertex >= problems * 3 / 4, "solved from the vertex: " + fromVertex + " of " + problems);
        assertTrue(fractional > 0, "no fractional z: the active-set steps were not exercised");
    }

    @Test
    void theFirstCorrectionFreesOnlyVariablesWhoseMultiplierHasTheWrongSign() {
        int corrected = 0;
        int freedByGuess = 0;
        int freed = 0;
        for (int seed = 0; seed < 30; seed++) {
            CorrespondenceProblem problem = tracking(seed, 20 + 10 * (seed % 5));
            QpStructure q = problem.structure();
            double[] x = VertexStart.vertex(q);
            ActiveSet vertex = ActiveSet.atVertex(q, x);
            SolutionPolisher.Polished p = new SolutionPolisher(q).polish(vertex, x, new double[q.rows], 100_000);
            double tolerance = 1e-5;
            if (p.dualResidual() <= tolerance) {
                continue;
            }
            corrected++;
            double[] rows = new double[q.rows];
            q.multiplyA(p.x(), rows);
            ActiveSet next = ActiveSet.corrected(q, vertex, p.x(), p.rawBoundDual(), rows, p.rowDual(), tolerance);
            ActiveSet guess = ActiveSet.guess(q, p.x(), p.rawBoundDual(), rows, p.rowDual());
            for (int i = 0; i < q.size; i++) {
                double multiplier = p.rawBoundDual()[i];
                boolean wrongSign = vertex.bound(i) == ActiveSet.LOWER ? multiplier > tolerance : multiplier < -tolerance;
                assertEquals(wrongSign, next.isFree(i), "variable " + i + ", seed " + seed);
                freed += next.isFree(i) ? 1 : 0;
                freedByGuess += guess.isFree(i) ? 1 : 0;
            }
        }
        assertTrue(corrected >= 5, "vertices to correct: " + corrected);
        // The plain guess frees the degenerate bounds (zero multipliers) as well.
        assertTrue(freed > 0 && freed < freedByGuess, freed + " freed against the guess's " + freedByGuess);
    }

    @Test
    void manyFractionalLinksGiveUpAndLeaveTheSolveToAdmm() {
        CorrespondenceProblem problem = RandomProblems.create(3, 300, 300, 10, 0.05, 0.2);
        assertNull(VertexStart.solve(problem, AdmmSettings.defaults()));
        QpSolution solution = new AdmmQpSolver().solve(problem);
        QpSolution reference = new AdmmQpSolver(ADMM_ONLY).solve(problem);
        assertTrue(solution.polished());
        assertClose(reference.z(), solution.z(), 1e-9, 3);
        int fractional = 0;
        for (double z : solution.z()) {
            fractional += z > 1e-6 && z < 1 - 1e-6 ? 1 : 0;
        }
        assertTrue(fractional > 100, "fractional z: " + fractional);
    }

    @Test
    void framesWithoutCandidatesOrCellsAreSolvedFromTheVertexAsAdmmSolvesThem() {
        CorrespondenceProblem noPairs = CorrespondenceProblem.builder(3, 2, 1.0).appearCost(0.5).splitCost(0.2).build();
        CorrespondenceProblem noTargets = CorrespondenceProblem.builder(2, 0, 1.0).splitCost(-0.5).build();
        CorrespondenceProblem.Builder lone = CorrespondenceProblem.builder(2, 2, 1.0).appearCost(1.0).splitCost(0.3);
        lone.addPair(0, 0, -2.0);
        lone.addPair(1, 1, 0.6);
        AdmmQpSolver admm = new AdmmQpSolver(ADMM_ONLY);
        for (CorrespondenceProblem problem : List.of(noPairs, noTargets, lone.build())) {
            QpSolution vertex = VertexStart.solve(problem, AdmmSettings.defaults());
            assertNotNull(vertex, problem::toString);
            QpSolution reference = admm.solve(problem);
            assertClose(reference.z(), vertex.z(), 1e-9, 0);
            assertClose(reference.a(), vertex.a(), 1e-9, 0);
            assertClose(reference.s(), vertex.s(), 1e-9, 0);
        }
    }

    @Test
    void theSolverStartsFromTheVertexOnlyWhereCandidatesAreSparse() {
        CorrespondenceProblem sparse = tracking(4, 40, 1);
        CorrespondenceProblem dense = tracking(4, 40, 4);
        assertTrue(VertexStart.suits(sparse) && !VertexStart.suits(dense));
        AdmmQpSolver solver = new AdmmQpSolver();
        assertEquals(0, solver.solve(sparse).iterations(), "no ADMM iteration after the vertex start");
        assertNotNull(VertexStart.solve(dense, solver.settings()), "the vertex start would have solved it");
        assertTrue(solver.solve(dense).iterations() > 0, "dense candidates go to ADMM");
        assertTrue(new AdmmQpSolver(AdmmSettings.defaults().withPolish(false)).solve(sparse).iterations() > 0,
                "without the polish there is no vertex start");
    }

    private static CorrespondenceProblem tracking(long seed, int cells) {
        return tracking(seed, cells, 4);
    }

    private static CorrespondenceProblem tracking(long seed, int cells, int candidates) {
        return RandomProblems.tracking(seed, cells, candidates, 0.1);
    }

    /** The least linear cost over every integral feasible point, by enumerating sets of links. */
    private static double cheapestIntegralPoint(QpStructure q) {
        double best = Double.POSITIVE_INFINITY;
        for (long set = 0; set < 1L << q.pairs; set++) {
            double[] x = new double[q.size];
            for (int p = 0; p < q.pairs; p++) {
                x[p] = (set >> p & 1) == 1 ? 1 : 0;
            }
            if (complete(q, x)) {
                best = Math.min(best, linearCost(q, x));
            }
        }
        return best;
    }

    /** Fills the slacks for the links in x (split costs are ≥ 0); false where a target has two sources or a source three targets. */
    private static boolean complete(QpStructure q, double[] x) {
        double[] rows = new double[q.rows];
        q.multiplyA(x, rows);
        for (int j = 0; j < q.targets; j++) {
            if (rows[j] > 1) {
                return false;
            }
            x[q.appearIndex(j)] = 1 - rows[j];
        }
        for (int i = 0; i < q.sources; i++) {
            double links = rows[q.targets + i];
            if (links > 2) {
                return false;
            }
            x[q.splitIndex(i)] = links == 2 ? 1 : 0;
        }
        return true;
    }

    private static double linearCost(QpStructure q, double[] x) {
        double cost = 0;
        for (int k = 0; k < q.size; k++) {
            cost += q.linear[k] * x[k];
        }
        return cost;
    }

    private static void assertFeasibleVertex(QpStructure q, double[] x) {
        double[] rows = new double[q.rows];
        q.multiplyA(x, rows);
        for (int r = 0; r < q.rows; r++) {
            assertTrue(q.isEquality(r) ? rows[r] == 1 : rows[r] <= 1, "row " + r + " = " + rows[r]);
        }
        for (double v : x) {
            assertTrue(v == 0 || v == 1, "not a vertex: " + v);
        }
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, long seed) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tolerance, "entry " + k + ", seed " + seed);
        }
    }
}
