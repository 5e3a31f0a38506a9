package org.mitosis.core.gnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Finite-difference checks of the SameDiff gradients (the incidence products and the loss). */
class GnnNetworkGradientTest {

    @Test
    void analyticGradientMatchesFiniteDifferencesForEveryWeight() {
        Random rnd = new Random(7);
        List<GraphPair> batch = List.of(TestGraphs.randomPair(rnd, 6), TestGraphs.randomPair(rnd, 4));
        GnnConfig config = new GnnConfig(TestGraphs.nodeFeatures(), 5, 2, GnnConfig.Head.NAIVE, 0.1);
        GnnNetwork net = new GnnNetwork(GnnParameters.initial(config, 3));
        // Biases start at zero, so a row whose hidden units are all inactive sits exactly on the next
        // ReLU's kink, where finite differences see half a slope and the gradient none: check at a
        // generic point instead.
        for (String name : net.weightNames()) {
            if (name.endsWith(".b1") || name.endsWith(".b2")) {
                INDArray b = net.weight(name);
                for (long k = 0; k < b.length(); k++) {
                    b.putScalar(k, 0.2 * (rnd.nextDouble() - 0.5));
                }
            }
        }
        double omega = 2.5;
        LossAndGradients lg = net.gradients(batch, omega);
        assertEquals(net.loss(batch, omega), lg.loss(), 1e-12);
        Map<String, INDArray> grads = lg.gradients();
        double eps = 1e-6;
        int checked = 0;
        for (String name : net.weightNames()) {
            INDArray w = net.weight(name);
            INDArray g = grads.get(name);
            assertTrue(g != null, "no gradient for " + name);
            assertEquals(w.length(), g.length(), name);
            for (long k = 0; k < w.length(); k += Math.max(1, w.length() / 2)) {
                double old = w.getDouble(k);
                w.putScalar(k, old + eps);
                double up = net.loss(batch, omega);
                w.putScalar(k, old - eps);
                double down = net.loss(batch, omega);
                w.putScalar(k, old);
                double numeric = (up - down) / (2 * eps);
                double analytic = g.getDouble(k);
                double scale = Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic));
                assertTrue(Math.abs(numeric - analytic) / scale < 1e-4,
                        name + "[" + k + "]: analytic " + analytic + " numeric " + numeric);
                checked++;
            }
        }
        assertTrue(checked > 30, "checked " + checked);
    }

    @Test
    void weightsAreLiveAndCopiesAreIndependent() {
        GnnConfig config = new GnnConfig(TestGraphs.nodeFeatures(), 4, 1, GnnConfig.Head.NAIVE, 0.1);
        GnnNetwork net = new GnnNetwork(GnnParameters.initial(config, 1));
        GraphPair gp = TestGraphs.randomPair(new Random(1), 5);
        double before = net.scores(List.of(gp))[0];
        GnnParameters copy = net.parameters();
        net.weight("out.b").addi(1.0);
        assertEquals(before + 1.0, net.scores(List.of(gp))[0], 1e-9);
        assertEquals(before, new GnnNetwork(copy).scores(List.of(gp))[0], 1e-9);
    }

    @Test
    void withoutTheLearnedPartScoresAreTheSquaredDistancePrior() {
        GraphPair gp = TestGraphs.randomPair(new Random(4), 6);
        for (GnnConfig.Head head : GnnConfig.Head.values()) {
            GnnNetwork net = new GnnNetwork(GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 4, 1, head, 1), 2));
            net.weight("out.W").assign(0);
            double lambda = Math.log1p(Math.exp(net.weight(GnnParameters.DISTANCE_WEIGHT).getDouble(0)));
            assertEquals(4.0, lambda, 0.05, "the prior starts at about 4 units at the gate radius");
            double[] s = net.scores(List.of(gp));
            for (int p = 0; p < s.length; p++) {
                double d = gp.pairs().features(p)[org.mitosis.core.graph.CandidatePairs.DISTANCE];
                double prior = lambda * d * d;
                assertEquals(head == GnnConfig.Head.NAIVE ? -prior : prior, s[p], 1e-9, head + " pair " + p);
            }
        }
    }

    @Test
    void gnnDolsLearnedCostsStayWithinThePriorsScale() {
        GraphPair gp = TestGraphs.randomPair(new Random(5), 6);
        GnnNetwork dol = new GnnNetwork(GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 4, 1, GnnConfig.Head.DOL, 1), 2));
        GnnNetwork naive = new GnnNetwork(GnnParameters.initial(new GnnConfig(TestGraphs.nodeFeatures(), 4, 1, GnnConfig.Head.NAIVE, 1), 2));
        for (GnnNetwork net : List.of(dol, naive)) {
            net.weight("out.b").assign(1000);
        }
        dol.weight("appear.b2").assign(-1000);
        dol.weight("split.b2").assign(1000);
        double lambda = Math.log1p(Math.exp(dol.weight(GnnParameters.DISTANCE_WEIGHT).getDouble(0)));
        double[] sd = dol.scores(List.of(gp));
        double[] sn = naive.scores(List.of(gp));
        org.mitosis.core.qp.CorrespondenceProblem qp = dol.problems(List.of(gp)).get(0);
        for (int p = 0; p < sd.length; p++) {
            double d = gp.pairs().features(p)[org.mitosis.core.graph.CandidatePairs.DISTANCE];
            assertEquals(lambda + lambda * d * d, sd[p], 1e-6, "DOL pair " + p + ": learned part saturates at +λ");
            assertTrue(sn[p] > 100 * lambda, "the naive head's logits are not bounded: " + sn[p]);
        }
        for (double a : qp.appearCost()) {
            assertEquals(-lambda, a, 1e-6);
        }
        for (double b : qp.splitCost()) {
            assertEquals(lambda, b, 1e-6);
        }
    }
}
