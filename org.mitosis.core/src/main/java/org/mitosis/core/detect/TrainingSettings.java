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
 * @param maxSeconds wall-clock budget: no epoch starts after it is spent, {@code > 0} (the one
 *        setting that makes the result depend on the machine's speed)
 * @param learningRate Adam step size, {@code > 0}
 * @param sigma standard deviation of the target blobs, full px, {@code > 0}
 * @param matchRadius largest distance at which a detection matches an annotated cell when
 *        scoring the validation frames, full px, {@code > 0}
 * @param seed seed of weight initialisation, crops and augmentation
 */
public record TrainingSettings(int cropSize, int batchSize, int stepsPerEpoch, int maxEpochs, int patience,
        double maxSeconds, double learningRate, double sigma, double matchRadius, long seed) {

    /** Settings sized for C2C12 on a small CPU: at most 20 epochs of 30 steps, at most an hour. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(128, 8, 30, 20, 5, 3600, 1e-3, 3.0, 10, 7);
    }

    /** The same settings with another budget (for quick tests). */
    public TrainingSettings withBudget(int newCropSize, int newBatchSize, int newStepsPerEpoch, int newMaxEpochs) {
        return new TrainingSettings(newCropSize, newBatchSize, newStepsPerEpoch, newMaxEpochs, patience, maxSeconds,
                learningRate, sigma, matchRadius, seed);
    }

    /** The same settings with another wall-clock budget in seconds. */
    public TrainingSettings withMaxSeconds(double newMaxSeconds) {
        return new TrainingSettings(cropSize, batchSize, stepsPerEpoch, maxEpochs, patience, newMaxSeconds,
                learningRate, sigma, matchRadius, seed);
    }

    /** The same settings with another epoch limit. */
    public TrainingSettings withMaxEpochs(int newMaxEpochs) {
        return withBudget(cropSize, batchSize, stepsPerEpoch, newMaxEpochs);
    }

    /** The same settings with another seed. */
    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(cropSize, batchSize, stepsPerEpoch, maxEpochs, patience, maxSeconds,
                learningRate, sigma, matchRadius, newSeed);
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
        if (!(maxSeconds > 0)) {
            p.add("time budget must be positive, got " + maxSeconds + " s");
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
