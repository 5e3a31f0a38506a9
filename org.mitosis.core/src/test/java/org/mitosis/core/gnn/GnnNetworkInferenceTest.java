package org.mitosis.core.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mitosis.core.qp.AdmmQpSolver;
import org.mitosis.core.qp.CorrespondenceProblem;
import org.mitosis.core.qp.DeferredConsistency;

/**
 * The inference network ({@link GnnForwardPass}: plain Java, index lookups, sums over incidences)
 * computes what the trainable SameDiff network does, and the QP it builds has the same solution.
 */
class GnnNetworkInferenceTest {

    private static final AdmmQpSolver SOLVER = new AdmmQpSolver();

    @Test
    void naiveScoresEqualTheTrainableNetworks() {
        for (int rounds = 1; rounds <= 3; rounds++) {
            GnnParameters p = GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 6, rounds, GnnConfig.Head.NAIVE, 1), 4);
            assertSameScores(p, batch(11));
        }
    }

    @Test
    void dolProblemsEqualTheTrainableNetworks() {
        for (int rounds = 1; rounds <= 3; rounds++) {
            GnnConfig config = new GnnConfig(TestGraphs.nodeFeatures(), 6, rounds, GnnConfig.Head.DOL, 1, 0.7, 1.3);
            GnnParameters p = TestGraphs.awayFromTheStart(GnnParameters.initial(config, 5), new Random(5));
            assertSameProblems(p, batch(12));
            assertSameScores(p, batch(12));
        }
    }

    /** Large learned costs, where the bound s·tanh(x/s) saturates, and consistency weights far from zero. */
    @Test
    void dolProblemsEqualTheTrainableNetworksFarFromThePriors() {
        GnnParameters p = GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 8, 2, GnnConfig.Head.DOL, 1, 2, 1), 9);
        Random rnd = new Random(9);
        for (String last : List.of("out.W", "appear.W2", "split.W2", "consist.W2")) {
            System.arraycopy(randomColumn(rnd, 8, 6), 0, p.arrays().get(last), 0, 8);
        }
        assertSameProblems(p, batch(14));
    }

    /** One graph pair alone, so that a batch of two one-cell frames has no edge and no consistency term. */
    @Test
    void edgelessGraphPairsEqualTheTrainableNetworks() {
        Random rnd = new Random(15);
        GraphPair single = TestGraphs.randomPair(rnd, 1);
        assertEquals(0, single.before().edgeCount() + single.after().edgeCount());
        GnnConfig dol = new GnnConfig(TestGraphs.nodeFeatures(), 5, 2, GnnConfig.Head.DOL, 1, 0.5, 0.5);
        assertSameProblems(TestGraphs.awayFromTheStart(GnnParameters.initial(dol, 6), rnd), List.of(single));
        assertSameScores(GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 5, 2, GnnConfig.Head.NAIVE, 1), 6),
                List.of(single));
    }

    /**
     * Inference embeds each frame once and joins two frames' embeddings per graph pair: the same
     * numbers as the whole pair's pass, to the bit (the same sums in the same order), for both heads,
     * with and without a last edge update, and for a pair of edgeless one-cell frames. The consistency
     * weights come on request, here first those a solve asks for, then the rest (the frames' last edge
     * update then partly done and kept), and still equal the whole pass's.
     */
    @Test
    void frameEmbeddingsGiveThePairsOutputsExactly() {
        Random rnd = new Random(16);
        List<GraphPair> pairs = List.of(TestGraphs.randomPair(rnd, 7), TestGraphs.randomPair(rnd, 2),
                TestGraphs.randomPair(rnd, 1));
        for (int rounds = 1; rounds <= 3; rounds++) {
            GnnNetwork naive = GnnNetwork.forInference(GnnParameters.initial(
                    new GnnConfig(TestGraphs.nodeFeatures(), 6, rounds, GnnConfig.Head.NAIVE, 1), 4));
            GnnNetwork dol = GnnNetwork.forInference(TestGraphs.awayFromTheStart(GnnParameters.initial(
                    new GnnConfig(TestGraphs.nodeFeatures(), 6, rounds, GnnConfig.Head.DOL, 1, 0.7, 1.3), 5), rnd));
            for (GraphPair gp : pairs) {
                assertArrayEquals(naive.scores(List.of(gp)), naive.scores(gp, embed(naive, gp, false), embed(naive, gp, true)));
                CorrespondenceProblem whole = dol.problems(List.of(gp)).get(0);
                DeferredConsistency deferred = dol.problem(gp, embed(dol, gp, false), embed(dol, gp, true));
                assertArrayEquals(SOLVER.solve(whole).z(), SOLVER.solve(deferred).z());
                CorrespondenceProblem joined = deferred.whole();
                assertArrayEquals(whole.pairCost(), joined.pairCost());
                assertArrayEquals(whole.appearCost(), joined.appearCost());
                assertArrayEquals(whole.splitCost(), joined.splitCost());
                assertArrayEquals(whole.consistencyWeight(), joined.consistencyWeight());
            }
        }
    }

    /** The embedding of {@code gp}'s frame t, or of its frame t+1 when {@code after}. */
    private static GnnForwardPass.Embedding embed(GnnNetwork net, GraphPair gp, boolean after) {
        int first = after ? gp.before().nodeCount() : 0;
        double[][] f = new double[after ? gp.after().nodeCount() : gp.before().nodeCount()][];
        for (int i = 0; i < f.length; i++) {
            f[i] = gp.nodeFeature(first + i);
        }
        return net.embed(after ? gp.after() : gp.before(), f);
    }

    @Test
    void anInferenceNetworkKeepsItsWeights() {
        GnnParameters p = GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 4, 2, GnnConfig.Head.DOL, 1), 7);
        GnnParameters back = GnnNetwork.forInference(p.copy()).parameters();
        assertEquals(p.arrays().keySet(), back.arrays().keySet());
        p.arrays().forEach((name, w) -> assertArrayEquals(w, back.arrays().get(name), name));
    }

    @Test
    void anInferenceNetworkRefusesToTrain() {
        List<GraphPair> batch = batch(13);
        GnnNetwork net = GnnNetwork.forInference(GnnParameters.initial(
                new GnnConfig(TestGraphs.nodeFeatures(), 4, 1, GnnConfig.Head.NAIVE, 1), 6));
        assertThrows(IllegalStateException.class, () -> net.loss(batch, 1));
    }

    private static void assertSameScores(GnnParameters p, List<GraphPair> batch) {
        assertArrayEquals(new GnnNetwork(p.copy()).scores(batch), GnnNetwork.forInference(p.copy()).scores(batch), 1e-10,
                p.config().toString());
    }

    private static void assertSameProblems(GnnParameters p, List<GraphPair> batch) {
        List<CorrespondenceProblem> trained = new GnnNetwork(p.copy()).problems(batch);
        List<CorrespondenceProblem> inferred = GnnNetwork.forInference(p.copy()).problems(batch);
        assertEquals(trained.size(), inferred.size());
        int[] sourcesBy = new int[2];
        for (int g = 0; g < trained.size(); g++) {
            CorrespondenceProblem a = trained.get(g);
            CorrespondenceProblem b = inferred.get(g);
            String where = " of graph " + g + ", " + p.config();
            assertArrayEquals(a.pairCost(), b.pairCost(), 1e-10, "pair costs" + where);
            assertArrayEquals(a.appearCost(), b.appearCost(), 1e-10, "appearance costs" + where);
            int[] candidates = new int[a.sources()];
            for (int i : a.pairSource()) {
                candidates[i]++;
            }
            for (int i = 0; i < a.sources(); i++) {
                // A source with fewer than two candidates cannot divide: inference leaves its split cost at the prior.
                double expected = candidates[i] >= 2 ? a.splitCost()[i] : splitPrior(p);
                sourcesBy[Math.min(candidates[i], 2) / 2]++;
                assertEquals(expected, b.splitCost()[i], 1e-10, "split cost of source " + i + where);
            }
            assertArrayEquals(SOLVER.solve(a).z(), SOLVER.solve(b).z(), 1e-9, "QP solution" + where);
            assertArrayEquals(a.consistencyWeight(), b.consistencyWeight(), 1e-10, "consistency weights" + where);
        }
    }

    /** The split cost with its learned part at zero: the prior times the distance prior's weight. */
    private static double splitPrior(GnnParameters p) {
        double weight = p.arrays().get(GnnParameters.DISTANCE_WEIGHT)[0];
        return Math.log1p(Math.exp(weight)) * p.config().splitPrior();
    }

    private static double[] randomColumn(Random rnd, int length, double scale) {
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = (rnd.nextDouble() - 0.5) * scale;
        }
        return v;
    }

    /** Three graph pairs of different sizes, one so small it may lack edges or consistency terms. */
    private static List<GraphPair> batch(long seed) {
        Random rnd = new Random(seed);
        return List.of(TestGraphs.randomPair(rnd, 7), TestGraphs.randomPair(rnd, 2), TestGraphs.randomPair(rnd, 5));
    }
}
