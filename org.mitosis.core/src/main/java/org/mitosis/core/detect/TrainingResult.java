package org.mitosis.core.detect;

import java.util.List;

/**
 * What {@link DetectorTraining} produced.
 *
 * @param detector the detector with the weights of the best validation epoch and the peak
 *        threshold that scored best on the validation frames
 * @param epochs every epoch run, in order
 * @param bestEpoch 1-based epoch whose weights were kept
 * @param stop why training ended
 */
public record TrainingResult(CentroidDetector detector, List<EpochRecord> epochs, int bestEpoch, Stop stop) {

    /** Why training ended. */
    public enum Stop {
        /** Validation F1 did not improve for {@link TrainingSettings#patience()} epochs. */
        EARLY_STOP,
        /** {@link TrainingSettings#maxEpochs()} epochs were run. */
        EPOCH_LIMIT,
        /** The {@link TrainingSettings#maxSeconds()} budget was spent. */
        TIME_LIMIT,
        /** The loss became NaN or infinite; the best weights before that are kept. */
        DIVERGED
    }

    public TrainingResult {
        epochs = List.copyOf(epochs);
    }
}
