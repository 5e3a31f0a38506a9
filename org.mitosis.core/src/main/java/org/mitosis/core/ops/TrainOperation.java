package org.mitosis.core.ops;

import java.time.Instant;
import java.util.List;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.link.LapTraining;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.train.LapModel;
import org.mitosis.core.train.TrackingModel;

/** Learns a tracking model from annotated sequences. */
public final class TrainOperation {

    private final TrainSettings settings;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public TrainOperation(TrainSettings settings) {
        this.settings = settings.validate();
    }

    /**
     * @param training annotated lineages (cells and true links), at least one with a link
     * @throws IllegalArgumentException if the training data cannot train the method
     */
    public TrackingModel run(List<Lineage> training, ProgressMonitor monitor) {
        if (training.isEmpty() || training.stream().allMatch(l -> l.links().isEmpty())) {
            throw new IllegalArgumentException("the training sequences hold no link: give annotated sequences with tracks");
        }
        return switch (settings.method()) {
            case LapModel.METHOD -> new LapModel(LapTraining.fit(training, monitor), 0, Instant.now());
            default -> throw new IllegalArgumentException("method '" + settings.method() + "' is not available yet");
        };
    }
}
