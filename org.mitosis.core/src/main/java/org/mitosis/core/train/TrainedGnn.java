package org.mitosis.core.train;

import java.util.List;

import org.mitosis.core.gnn.GnnModel;

/**
 * The outcome of training: the model of the best validation epoch and the history.
 *
 * @param model weights of the best epoch
 * @param history one record per epoch run
 * @param bestEpoch 1-based epoch whose weights {@code model} holds
 */
public record TrainedGnn(GnnModel model, List<EpochRecord> history, int bestEpoch) {

    public TrainedGnn {
        history = List.copyOf(history);
    }
}
