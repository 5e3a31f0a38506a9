package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@link DetectorTraining} fits the U-Net.
 *
 * @param cropSize side of the random training crops, working px, a multiple of the U-Net granularity
 * @param batchSize crops per step, {@code >= 1}
 * @param stepsPerEpoch Adam steps between validations, {@code >= 1}
 * @param maxEpochs most epochs, {@code >= 1}
 * @param patience epochs without a better validation F1 before stopping, {@code >= 1}
 * @param learningRate Adam step size, {@code > 0}
 * @param sigma standard deviation of the target blobs, full px, {@code > 0}
 * @param matchRadius largest distance at which a detection matches an annotated cell when
 *        scoring the validation frames, full px, {@code > 0}
 * @param seed seed of weight initialisation, crops and augmentation
 */
public record TrainingSettings(int cropSize, int batchSize, int stepsPerEpoch, int maxEpochs, int patience,
        double learningRate, double sigma, double matchRadius, long seed) {

    /** Settings that reach F1 above 0.9 on C2C12 within about half an hour on two cores. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(128, 8, 30, 20, 5, 1e-3, 3.0, 10, 7);
    }

    /** The same settings with another budget (for quick tests). */
    public TrainingSettings withBudget(int newCropSize, int newBatchSize, int newStepsPerEpoch, int newMaxEpochs) {
        return new TrainingSettings(newCropSize, newBatchSize, newStepsPerEpoch, newMaxEpochs, patience, learningRate,
                sigma, matchRadius, seed);
    }

    /** Every problem with these settings for a network of the given granularity, empty when valid. */
    public List<String> problems(int granularity) {
        List<String> p = new ArrayList<>();
        if (cropSize < granularity || cropSize % granularity != 0) {
            p.add("crop size must be a positive multiple of " + granularity + ", got " + cropSize);
        }
        if (batchSize < 1) {
            p.add("batch size must be at least 1, got " + batchSize);
        }
        if (stepsPerEpoch < 1) {
            p.add("steps per epoch must be at least 1, got " + stepsPerEpoch);
        }
        if (maxEpochs < 1) {
            p.add("epochs must be at least 1, got " + maxEpochs);
        }
        if (patience < 1) {
            p.add("patience must be at least 1, got " + patience);
        }
        if (!(learningRate > 0)) {
            p.add("learning rate must be positive, got " + learningRate);
        }
        if (!(sigma > 0)) {
            p.add("target sigma must be positive, got " + sigma);
        }
        if (!(matchRadius > 0)) {
            p.add("match radius must be positive, got " + matchRadius);
        }
        return p;
    }

    /**
     * @throws IllegalArgumentException listing every problem
     */
    public TrainingSettings validate(int granularity) {
        List<String> p = problems(granularity);
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        return this;
    }
}
