package org.mitosis.core.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class SparseAssignmentSolverTest {

    @Test
    void solvesASmallSquareProblemByHand() {
        AssignmentProblem p = AssignmentProblem.builder(3, 3)
                .add(0, 0, 4).add(0, 1, 1).add(0, 2, 3)
                .add(1, 0, 2).add(1, 1, 0).add(1, 2, 5)
                .add(2, 0, 3).add(2, 1, 2).add(2, 2, 2)
                .build();
        Assignment a = new SparseAssignmentSolver(p).solve();
        assertTrue(a.isOptimal());
        assertEquals(5.0, a.cost(), 1e-12);
        assertEquals(1, a.columnOf(0));
        assertEquals(0, a.columnOf(1));
        assertEquals(2, a.columnOf(2));
        assertEquals(2, a.rowOf(2));
    }

    @Test
    void reportsInfeasibleWhenAColumnCannotBeReached() {
        AssignmentProblem p = AssignmentProblem.builder(2, 2).add(0, 0, 1).add(1, 0, 1).build();
        Assignment a = new SparseAssignmentSolver(p).solve();
        assertEquals(Assignment.Status.INFEASIBLE, a.status());
        assertEquals(-1, a.columnOf(0));
        assertEquals(Double.POSITIVE_INFINITY, a.cost());
    }

    @Test
    void reportsInfeasibleForTooFewColumnsWhenRowsMustMatch() {
        AssignmentProblem p = AssignmentProblem.builder(3, 2).add(0, 0, 1).add(1, 1, 1).add(2, 1, 1)
                .unmatchedColumnCost(0).build();
        assertFalse(new SparseAssignmentSolver(p).solve().isOptimal());
    }

    @Test
    void leavesPairsUnmatchedWhenThatIsCheaper() {
        AssignmentProblem p = AssignmentProblem.builder(2, 2).add(0, 0, 10).add(1, 1, 1)
                .unmatchedRowCost(3).unmatchedColumnCost(3).build();
        Assignment a = new SparseAssignmentSolver(p).solve();
        assertTrue(a.isOptimal());
        assertEquals(-1, a.columnOf(0));
        assertEquals(1, a.columnOf(1));
        assertEquals(-1, a.rowOf(0));
        assertEquals(7.0, a.cost(), 1e-12);
        assertEquals(1, a.matchedCount());
    }

    @Test
    void handlesEmptyAndDegenerateProblems() {
        assertTrue(new SparseAssignmentSolver(AssignmentProblem.builder(0, 0).build()).solve().isOptimal());
        Assignment noColumns = new SparseAssignmentSolver(
                AssignmentProblem.builder(2, 0).unmatchedRowCost(1.5).build()).solve();
        assertEquals(3.0, noColumns.cost(), 1e-12);
        assertFalse(new SparseAssignmentSolver(AssignmentProblem.builder(1, 0).build()).solve().isOptimal());
        Assignment noEntries = new SparseAssignmentSolver(
                AssignmentProblem.builder(2, 3).unmatchedRowCost(1).unmatchedColumnCost(2).build()).solve();
        assertEquals(8.0, noEntries.cost(), 1e-12);
    }

    @Test
    void keepsTheCheaperOfDuplicatePairsAndNegativeCosts() {
        AssignmentProblem p = AssignmentProblem.builder(2, 2).add(0, 0, 5).add(0, 0, -2).add(1, 1, -1)
                .add(0, 1, 0).add(1, 0, 0).build();
        Assignment a = new SparseAssignmentSolver(p).solve();
        assertEquals(-3.0, a.cost(), 1e-12);
        assertEquals(-2.0, p.cost(0, 0), 1e-12);
        assertTrue(Double.isNaN(AssignmentProblem.builder(1, 1).build().cost(0, 0)));
    }

    @Test
    void rejectsBadInput() {
        AssignmentProblem.Builder b = AssignmentProblem.builder(2, 2);
        assertThrows(IllegalArgumentException.class, () -> b.add(2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> b.add(0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> b.add(0, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> b.add(0, 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> b.unmatchedRowCost(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> AssignmentProblem.builder(-1, 0));
        assertThrows(NullPointerException.class, () -> new SparseAssignmentSolver(null));
    }

    /** Random sparse problems (some with must-match rows or columns) against exhaustive search. */
    @Test
    void matchesBruteForceOnRandomSparseProblems() {
        Random random = new Random(20260101L);
        int infeasible = 0;
        for (int trial = 0; trial < 3000; trial++) {
            AssignmentProblem p = randomProblem(random);
            double expected = new BruteForce(p).best();
            Assignment a = new SparseAssignmentSolver(p).solve();
            if (expected == Double.POSITIVE_INFINITY) {
                infeasible++;
                assertFalse(a.isOptimal(), "trial " + trial + " " + p);
            } else {
                assertTrue(a.isOptimal(), "trial " + trial + " " + p);
                assertEquals(expected, a.cost(), 1e-9, "trial " + trial);
                assertEquals(a.cost(), recomputedCost(p, a), 1e-9, "trial " + trial);
            }
        }
        assertTrue(infeasible > 100, "the random problems should include infeasible ones: " + infeasible);
    }

    @Test
    void matchesJGraphTKuhnMunkresOnDenseSquareProblems() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 20; trial++) {
            int n = 20 + random.nextInt(40);
            double[][] c = new double[n][n];
            AssignmentProblem.Builder b = AssignmentProblem.builder(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] = random.nextInt(1000) / 10.0;
                    b.add(i, j, c[i][j]);
                }
            }
            Assignment a = new SparseAssignmentSolver(b.build()).solve();
            assertEquals(kuhnMunkres(c), a.cost(), 1e-6, "trial " + trial);
        }
    }

    private static double kuhnMunkres(double[][] c) {
        int n = c.length;
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
            g.addVertex(n + i);
            left.add(i);
            right.add(n + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g.setEdgeWeight(g.addEdge(i, n + j), c[i][j]);
            }
        }
        return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, left, right).getMatching().getWeight();
    }

    private static AssignmentProblem randomProblem(Random random) {
        int rows = random.nextInt(6);
        int columns = random.nextInt(6);
        AssignmentProblem.Builder b = AssignmentProblem.builder(rows, columns);
        double density = random.nextDouble();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (random.nextDouble() < density) {
                    b.add(r, c, random.nextInt(41) - 10);
                }
            }
        }
        int mode = random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            if (mode == 1 || mode == 3 && random.nextBoolean()) {
                b.unmatchedRowCost(r, random.nextInt(20));
            }
        }
        for (int c = 0; c < columns; c++) {
            if (mode == 2 || mode == 3 && random.nextBoolean()) {
                b.unmatchedColumnCost(c, random.nextInt(20));
            }
        }
        return b.build();
    }

    private static double recomputedCost(AssignmentProblem p, Assignment a) {
        double total = 0;
        for (int r = 0; r < p.rows(); r++) {
            int c = a.columnOf(r);
            total += c < 0 ? p.unmatchedRowCost(r) : p.cost(r, c);
            if (c >= 0) {
                assertEquals(r, a.rowOf(c));
            }
        }
        for (int c = 0; c < p.columns(); c++) {
            if (a.rowOf(c) < 0) {
                total += p.unmatchedColumnCost(c);
            }
        }
        return total;
    }

    /** Exhaustive search over all matchings that use allowed pairs. */
    private static final class BruteForce {
        private final AssignmentProblem p;
        private final boolean[] used;
        private double best = Double.POSITIVE_INFINITY;

        BruteForce(AssignmentProblem p) {
            this.p = p;
            this.used = new boolean[p.columns()];
        }

        double best() {
            search(0, 0);
            return best;
        }

        private void search(int row, double sofar) {
            if (row == p.rows()) {
                double total = sofar;
                for (int c = 0; c < p.columns(); c++) {
                    if (!used[c]) {
                        total += p.unmatchedColumnCost(c);
                    }
                }
                best = Math.min(best, total);
                return;
            }
            if (p.unmatchedRowCost(row) < Double.POSITIVE_INFINITY) {
                search(row + 1, sofar + p.unmatchedRowCost(row));
            }
            for (int c = 0; c < p.columns(); c++) {
                double cost = p.cost(row, c);
                if (!used[c] && !Double.isNaN(cost)) {
                    used[c] = true;
                    search(row + 1, sofar + cost);
                    used[c] = false;
                }
            }
        }
    }
}
