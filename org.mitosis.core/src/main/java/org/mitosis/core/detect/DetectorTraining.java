package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mitosis.core.monitor.ProgressMonitor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Fits the U-Net of a {@link CentroidDetector} to annotated frames: Adam on the weighted squared
 * error between the network's map and Gaussian blobs at the annotated centroids
 * ({@link CentroidMap}), over augmented random crops ({@link CropSampler}). After each epoch the
 * detector is scored on whole validation frames; the weights of the best epoch are kept and
 * training stops after {@link TrainingSettings#patience()} epochs without improvement (or when the
 * time budget is spent). Finally the
 * peak threshold is chosen on the validation frames from 0.10, 0.15, ..., 0.80.
 *
 * <p>Cost per step: one forward and backward pass over {@code batch · crop²} working pixels.
 * Deterministic for a seed up to floating-point reordering in the native kernels.
 */
public final class DetectorTraining {

    private static final double[] THRESHOLDS = thresholds();

    private final DetectorSettings detectorSettings;
    private final TrainingSettings settings;

    /**
     * @throws IllegalArgumentException listing every problem of both settings
     */
    public DetectorTraining(DetectorSettings detectorSettings, TrainingSettings settings) {
        List<String> p = new ArrayList<>(detectorSettings.problems());
        if (p.isEmpty()) {
            p.addAll(settings.problems(detectorSettings.shape().granularity()));
        }
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        this.detectorSettings = detectorSettings;
        this.settings = settings;
    }

    /**
     * Trains a fresh network.
     *
     * @param training frames to draw crops from, non-empty
     * @param validation whole frames scored after every epoch, non-empty
     * @throws org.mitosis.core.monitor.CanceledException when the monitor asks to stop
     */
    public TrainingResult train(List<AnnotatedFrame> training, List<AnnotatedFrame> validation, ProgressMonitor monitor) {
        return run(new UNet(detectorSettings.shape(), settings.seed()), training, validation, monitor);
    }

    /**
     * Continues training from another detector's weights (e.g. pretrained on synthetic frames);
     * {@code start} is left unchanged.
     */
    public TrainingResult fineTune(CentroidDetector start, List<AnnotatedFrame> training, List<AnnotatedFrame> validation,
            ProgressMonitor monitor) {
        UNet net = new UNet(detectorSettings.shape(), settings.seed());
        net.setWeights(start.net().weights());
        return run(net, training, validation, monitor);
    }

    private TrainingResult run(UNet net, List<AnnotatedFrame> training, List<AnnotatedFrame> validation,
            ProgressMonitor monitor) {
        if (training.isEmpty() || validation.isEmpty()) {
            throw new IllegalArgumentException("training needs frames to train on and frames to validate on");
        }
        InputScaling scaling = new InputScaling(detectorSettings.downscale());
        CropSampler sampler = new CropSampler(training, scaling, settings.cropSize(),
                settings.sigma() / detectorSettings.downscale(), settings.seed());
        Adam adam = new Adam(net, settings.learningRate());
        CentroidDetector detector = new CentroidDetector(detectorSettings, net, settings.seed());
        List<EpochRecord> epochs = new ArrayList<>();
        Map<String, float[]> best = net.weights();
        double bestF1 = -1;
        int bestEpoch = 0;
        TrainingResult.Stop stop = TrainingResult.Stop.EPOCH_LIMIT;
        long begin = System.nanoTime();
        for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
            long start = System.nanoTime();
            if ((start - begin) / 1e9 >= settings.maxSeconds()) {
                stop = TrainingResult.Stop.TIME_LIMIT;
                break;
            }
            double loss = epoch(net, sampler, adam, monitor, epoch);
            if (!Double.isFinite(loss)) {
                stop = TrainingResult.Stop.DIVERGED;
                break;
            }
            ValidationScore score = score(detector, validation, detectorSettings.threshold());
            EpochRecord record = new EpochRecord(epoch, loss, score.f1(), score.precision(), score.recall(),
                    (System.nanoTime() - start) / 1e9);
            epochs.add(record);
            monitor.setProgress((double) epoch / settings.maxEpochs(), String.format(
                    "epoch %d: loss %.5f, validation F1 %.3f (precision %.3f, recall %.3f)",
                    epoch, loss, score.f1(), score.precision(), score.recall()));
            if (score.f1() > bestF1) {
                bestF1 = score.f1();
                bestEpoch = epoch;
                best = net.weights();
            } else if (epoch - bestEpoch >= settings.patience()) {
                stop = TrainingResult.Stop.EARLY_STOP;
                break;
            }
        }
        net.setWeights(best);
        CentroidDetector tuned = detector.withSettings(detectorSettings.withThreshold(bestThreshold(detector, validation)));
        monitor.setProgress(1, "kept epoch " + bestEpoch + ", threshold " + tuned.settings().threshold());
        return new TrainingResult(new CentroidDetector(tuned.settings(), net.forDetection(), settings.seed()), epochs,
                bestEpoch, stop);
    }

    /** Runs one epoch of Adam steps; returns the mean loss (NaN as soon as a step diverges). */
    private double epoch(UNet net, CropSampler sampler, Adam adam, ProgressMonitor monitor, int epoch) {
        double sum = 0;
        for (int step = 0; step < settings.stepsPerEpoch(); step++) {
            monitor.checkCanceled();
            INDArray[] batch = sampler.batch(settings.batchSize());
            double loss = net.step(batch[0], batch[1], adam::apply);
            if (!Double.isFinite(loss)) {
                return Double.NaN;
            }
            sum += loss;
            double done = (epoch - 1 + (step + 1.0) / settings.stepsPerEpoch()) / settings.maxEpochs();
            monitor.setProgress(done, String.format("epoch %d, step %d: loss %.5f", epoch, step + 1, loss));
        }
        return sum / settings.stepsPerEpoch();
    }

    private ValidationScore score(CentroidDetector detector, List<AnnotatedFrame> frames, double threshold) {
        ValidationScore total = new ValidationScore(0, 0, 0);
        for (AnnotatedFrame f : frames) {
            total = total.plus(ValidationScore.match(detector.centroids(f.image(), threshold), f.cells(),
                    settings.matchRadius()));
        }
        return total;
    }

    /** The threshold of {@link #THRESHOLDS} with the best validation F1 (network run once per frame). */
    private double bestThreshold(CentroidDetector detector, List<AnnotatedFrame> frames) {
        List<NetworkOutput> outputs = new ArrayList<>();
        for (AnnotatedFrame f : frames) {
            outputs.add(detector.run(f.image(), false));
        }
        double best = detectorSettings.threshold();
        double bestF1 = -1;
        for (double t : THRESHOLDS) {
            ValidationScore total = new ValidationScore(0, 0, 0);
            for (int i = 0; i < frames.size(); i++) {
                total = total.plus(ValidationScore.match(detector.centroids(outputs.get(i), frames.get(i).image(), t),
                        frames.get(i).cells(), settings.matchRadius()));
            }
            if (total.f1() > bestF1) {
                bestF1 = total.f1();
                best = t;
            }
        }
        return best;
    }

    private static double[] thresholds() {
        double[] t = new double[15];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.10 + 0.05 * i;
        }
        return t;
    }
}
