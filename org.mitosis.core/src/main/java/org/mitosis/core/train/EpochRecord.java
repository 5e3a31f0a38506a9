package org.mitosis.core.train;

/**
 * What one training epoch achieved.
 *
 * @param epoch 1-based
 * @param trainingLoss mean weighted cross-entropy over the epoch's sub-problems
 * @param validationLoss mean weighted cross-entropy on the validation frames (whole frames)
 * @param validationF1 division F1 on the validation frames (whole frames)
 * @param seconds wall time of the epoch including validation
 */
public record EpochRecord(int epoch, double trainingLoss, double validationLoss, double validationF1, double seconds) {
}
