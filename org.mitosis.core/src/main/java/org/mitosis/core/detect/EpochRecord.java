package org.mitosis.core.detect;

/**
 * One training epoch.
 *
 * @param epoch 1-based epoch
 * @param trainingLoss mean weighted squared error over the epoch's batches
 * @param validationF1 detection F1 on the validation frames (greedy matching, a lower bound)
 * @param validationPrecision detection precision on the validation frames
 * @param validationRecall detection recall on the validation frames
 * @param seconds wall time of the epoch including validation
 */
public record EpochRecord(int epoch, double trainingLoss, double validationF1, double validationPrecision,
        double validationRecall, double seconds) {
}
