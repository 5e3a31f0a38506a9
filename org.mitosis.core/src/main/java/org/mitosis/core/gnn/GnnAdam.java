package org.mitosis.core.gnn;

import java.util.HashMap;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam (ND4J's implementation) over a network's weights, driven by gradients computed with
 * {@link GnnNetwork#gradients} or a surrogate loss; used instead of {@code SameDiff.fit}, which
 * cannot hold the QP layer. Updates the network's weights in place.
 */
public final class GnnAdam {

    private final GnnNetwork network;
    private final Map<String, GradientUpdater<?>> updaters = new HashMap<>();
    private int iteration;

    /**
     * @param learningRate Adam's step size, {@code > 0}
     */
    public GnnAdam(GnnNetwork network, double learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, is " + learningRate);
        }
        this.network = network;
        Adam adam = new Adam(learningRate);
        for (String name : network.weightNames()) {
            INDArray w = network.weight(name);
            INDArray state = Nd4j.zeros(w.dataType(), 1, adam.stateSize(w.length()));
            updaters.put(name, adam.instantiate(state, true));
        }
    }

    /**
     * One step: {@code w ← w − Adam(g)} for every weight. The gradient arrays are consumed
     * (overwritten with the update).
     */
    public void step(Map<String, INDArray> gradients, int epoch) {
        for (Map.Entry<String, GradientUpdater<?>> e : updaters.entrySet()) {
            INDArray g = gradients.get(e.getKey());
            if (g == null) {
                throw new IllegalArgumentException("no gradient for weight " + e.getKey());
            }
            INDArray w = network.weight(e.getKey());
            INDArray update = g.reshape(w.shape()).dup();
            e.getValue().applyUpdater(update, iteration, epoch);
            w.subi(update);
        }
        iteration++;
    }
}
