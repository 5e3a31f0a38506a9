package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link DeferredConsistency} with {@link AdmmQpSolver#solve(DeferredConsistency)} (synthetic
 * problems): the whole problem's optimum, to the bit, from fewer consistency weights where the
 * candidates are sparse, each weight asked for once.
 */
class DeferredConsistencyTest {

    @Test
    void sparseProblemsAreSolvedAsAWholeFromFewerWeights() {
        AdmmQpSolver solver = new AdmmQpSolver();
        int terms = 0;
        int asked = 0;
        int severalRounds = 0;
        int termsMatter = 0;
        for (int seed = 0; seed < 30; seed++) {
            CorrespondenceProblem whole = RandomProblems.tracking(seed, 20 + seed, 2, 0.3);
            List<int[]> calls = new ArrayList<>();
            DeferredConsistency deferred = deferred(whole, calls);
            QpSolution expected = solver.solve(whole);
            QpSolution actual = solver.solve(deferred);
            // Each polish step computes what it would with every term: the same point, to the bit.
            assertArrayEquals(expected.z(), actual.z(), "seed " + seed);
            assertArrayEquals(expected.a(), actual.a(), "seed " + seed);
            assertArrayEquals(expected.s(), actual.s(), "seed " + seed);
            assertEquals(expected.objective(), actual.objective(), 1e-12, "seed " + seed);
            assertEachAskedOnce(calls, deferred);
            terms += deferred.terms();
            asked += deferred.askedTerms();
            severalRounds += calls.size() > 1 ? 1 : 0;
            double[] withoutTerms = solver.solve(deferred.costs()).z();
            for (int p = 0; p < withoutTerms.length; p++) {
                if (Math.abs(withoutTerms[p] - expected.z()[p]) > 1e-3) {
                    termsMatter++;
                    break;
                }
            }
        }
        assertTrue(termsMatter >= 10, "problems whose optimum the terms move: " + termsMatter);
        assertTrue(severalRounds >= 10, "solves that asked more than once: " + severalRounds);
        assertTrue(asked < terms * 3 / 4, asked + " of " + terms + " weights asked for");
    }

    @Test
    void denseCandidatesAskForEveryWeightOnce() {
        CorrespondenceProblem whole = RandomProblems.create(3, 60, 60, 6, 0.2, 2.0);
        List<int[]> calls = new ArrayList<>();
        DeferredConsistency deferred = deferred(whole, calls);
        AdmmQpSolver solver = new AdmmQpSolver();
        assertClose(solver.solve(whole).z(), solver.solve(deferred).z(), 3);
        assertEquals(1, calls.size());
        assertEquals(whole.consistencyTerms(), deferred.askedTerms());
        assertArrayEquals(whole.consistencyWeight(), deferred.whole().consistencyWeight());
        assertEquals(1, calls.size(), "whole() asks for nothing twice");
    }

    @Test
    void malformedInputIsRefusedWithTheProblemNamed() {
        CorrespondenceProblem whole = RandomProblems.create(1, 6, 6, 2, 1.0, 1.0);
        CorrespondenceProblem costs = costs(whole);
        DeferredConsistency.Weights none = terms -> new double[terms.length];
        IllegalArgumentException withTerms = assertThrows(IllegalArgumentException.class,
                () -> new DeferredConsistency(whole, new int[0], new int[0], none));
        assertTrue(withTerms.getMessage().contains("already have"), withTerms.getMessage());
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> new DeferredConsistency(costs, new int[] {0, 1}, new int[] {1}, none));
        assertTrue(lengths.getMessage().contains("differ in length"), lengths.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> new DeferredConsistency(costs, new int[] {0}, new int[] {costs.pairs()}, none));
        assertTrue(outside.getMessage().contains("consistency term 0"), outside.getMessage());
        IllegalStateException count = assertThrows(IllegalStateException.class,
                () -> new DeferredConsistency(costs, new int[] {0}, new int[] {1}, terms -> new double[2]).whole());
        assertTrue(count.getMessage().contains("2 consistency weights for 1 terms"), count.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new DeferredConsistency(costs, new int[] {0}, new int[] {1}, terms -> new double[] {-1}).whole());
        assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
    }

    /** The whole problem's terms deferred, every call to the weights recorded. */
    private static DeferredConsistency deferred(CorrespondenceProblem whole, List<int[]> calls) {
        double[] w = whole.consistencyWeight();
        return new DeferredConsistency(costs(whole), whole.consistencyU(), whole.consistencyV(), terms -> {
            calls.add(terms.clone());
            double[] out = new double[terms.length];
            for (int t = 0; t < terms.length; t++) {
                out[t] = w[terms[t]];
            }
            return out;
        });
    }

    private static CorrespondenceProblem costs(CorrespondenceProblem whole) {
        return new CorrespondenceProblem(whole.sources(), whole.targets(), whole.pairSource(), whole.pairTarget(),
                whole.pairCost(), whole.appearCost(), whole.splitCost(), whole.gamma(), new int[0], new int[0],
                new double[0]);
    }

    /** Every call asks for terms in increasing order, none twice, and the count adds up. */
    private static void assertEachAskedOnce(List<int[]> calls, DeferredConsistency deferred) {
        boolean[] seen = new boolean[deferred.terms()];
        int count = 0;
        for (int[] terms : calls) {
            for (int t = 0; t < terms.length; t++) {
                assertTrue(t == 0 || terms[t] > terms[t - 1], "increasing");
                assertTrue(!seen[terms[t]], "term " + terms[t] + " asked twice");
                seen[terms[t]] = true;
                count++;
            }
        }
        assertEquals(deferred.askedTerms(), count);
    }

    private static void assertClose(double[] expected, double[] actual, long seed) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9, "entry " + i + ", seed " + seed);
        }
    }
}
