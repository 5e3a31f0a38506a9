package org.mitosis.core.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mitosis.core.qp.CorrespondenceProblem;

/** The inference network (index lookups, segment sums) computes exactly what the trainable one does. */
class GnnNetworkInferenceTest {

    @Test
    void naiveScoresEqualTheTrainableNetworks() {
        List<GraphPair> batch = batch(11);
        GnnParameters p = GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 6, 2, GnnConfig.Head.NAIVE, 1), 4);
        assertArrayEquals(new GnnNetwork(p.copy()).scores(batch), GnnNetwork.forInference(p.copy()).scores(batch), 1e-10);
    }

    @Test
    void dolProblemsEqualTheTrainableNetworks() {
        List<GraphPair> batch = batch(12);
        GnnParameters p = TestGraphs.awayFromTheStart(
                GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 6, 2, GnnConfig.Head.DOL, 1), 5), new Random(5));
        List<CorrespondenceProblem> trained = new GnnNetwork(p.copy()).problems(batch);
        List<CorrespondenceProblem> inferred = GnnNetwork.forInference(p.copy()).problems(batch);
        assertEquals(trained.size(), inferred.size());
        for (int g = 0; g < trained.size(); g++) {
            CorrespondenceProblem a = trained.get(g);
            CorrespondenceProblem b = inferred.get(g);
            assertArrayEquals(a.pairCost(), b.pairCost(), 1e-10, "pair costs of graph " + g);
            assertArrayEquals(a.appearCost(), b.appearCost(), 1e-10, "appearance costs of graph " + g);
            assertArrayEquals(a.splitCost(), b.splitCost(), 1e-10, "split costs of graph " + g);
            assertArrayEquals(a.consistencyWeight(), b.consistencyWeight(), 1e-10, "consistency weights of graph " + g);
        }
    }

    @Test
    void anInferenceNetworkRefusesToTrain() {
        List<GraphPair> batch = batch(13);
        GnnNetwork net = GnnNetwork.forInference(GnnParameters.initial(
                new GnnConfig(TestGraphs.nodeFeatures(), 4, 1, GnnConfig.Head.NAIVE, 1), 6));
        assertThrows(IllegalStateException.class, () -> net.loss(batch, 1));
    }

    /** Three graph pairs of different sizes, one so small it may lack edges or consistency terms. */
    private static List<GraphPair> batch(long seed) {
        Random rnd = new Random(seed);
        return List.of(TestGraphs.randomPair(rnd, 7), TestGraphs.randomPair(rnd, 2), TestGraphs.randomPair(rnd, 5));
    }
}
