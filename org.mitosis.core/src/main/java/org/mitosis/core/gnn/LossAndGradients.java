package org.mitosis.core.gnn;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loss value and its gradient with respect to each weight, by weight name.
 *
 * @param loss the loss of the batch
 * @param gradients fresh arrays, one per weight; the optimiser consumes them
 */
public record LossAndGradients(double loss, Map<String, INDArray> gradients) {
}
