package org.mitosis.core.detect;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma &amp; Ba, ICLR 2015) over the U-Net's parameters, with β₁ = 0.9, β₂ = 0.999,
 * ε = 1e-8 and bias correction. Driven by hand because {@code SameDiff.fit} is fragile in ND4J
 * 1.0.0-M2.1; updates the network's arrays in place.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final UNet net;
    private final double learningRate;
    private final Map<String, INDArray> m = new HashMap<>();
    private final Map<String, INDArray> v = new HashMap<>();
    private int step;

    Adam(UNet net, double learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        this.net = net;
        this.learningRate = learningRate;
    }

    /** One update with the given gradients (by parameter name). */
    void apply(Map<String, INDArray> gradients) {
        step++;
        double alpha = learningRate * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
        for (String name : net.parameters()) {
            INDArray g = gradients.get(name);
            INDArray p = net.parameter(name);
            INDArray mi = m.computeIfAbsent(name, k -> Nd4j.zerosLike(p));
            INDArray vi = v.computeIfAbsent(name, k -> Nd4j.zerosLike(p));
            mi.muli(BETA1).addi(g.mul(1 - BETA1));
            vi.muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
            p.subi(mi.div(Transforms.sqrt(vi, true).addi(EPSILON)).muli(alpha));
        }
    }
}
