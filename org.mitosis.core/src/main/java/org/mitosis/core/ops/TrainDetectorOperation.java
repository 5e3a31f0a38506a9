package org.mitosis.core.ops;

import java.util.ArrayList;
import java.util.List;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.detect.AnnotatedFrame;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.detect.DetectorSettings;
import org.mitosis.core.detect.DetectorTraining;
import org.mitosis.core.detect.TrainingResult;
import org.mitosis.core.detect.TrainingSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Trains the U-Net centroid detector on annotated frames of an image folder or stack. The last frames of the
 * range (about one in seven, at least one) are held out to validate after each epoch, for early
 * stopping and the choice of the kept weights; a single frame both trains and validates.
 */
public final class TrainDetectorOperation {

    private final DetectorSettings detector;
    private final TrainingSettings training;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public TrainDetectorOperation(DetectorSettings detector, TrainingSettings training) {
        this.detector = detector.validate();
        this.training = training.validate(detector.shape().granularity());
    }

    /**
     * @param images the image folder or stack; frame index = position in name order, or page
     * @param truth annotated cells whose frames index the images
     * @param first first frame to use (inclusive)
     * @param last last frame to use (inclusive)
     * @throws IllegalArgumentException if the range holds no image
     */
    public TrainingResult run(ImageSequence images, Lineage truth, int first, int last, ProgressMonitor monitor) {
        int[] range = images.clip(first, last);
        List<AnnotatedFrame> frames = new ArrayList<>();
        for (int f = range[0]; f <= range[1]; f++) {
            frames.add(new AnnotatedFrame(images.read(f), truth.cells().cellsIn(f)));
        }
        int held = frames.size() < 2 ? 0 : Math.max(1, frames.size() / 7);
        List<AnnotatedFrame> train = frames.subList(0, frames.size() - held);
        List<AnnotatedFrame> validation = held == 0 ? frames : frames.subList(frames.size() - held, frames.size());
        return new DetectorTraining(detector, training).train(train, validation, monitor);
    }

    /** Convenience: the trained detector of {@link #run}. */
    public CentroidDetector detector(ImageSequence images, Lineage truth, int first, int last, ProgressMonitor monitor) {
        return run(images, truth, first, last, monitor).detector();
    }
}
