package org.mitosis.core.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.eval.LabelTransfer;
import org.mitosis.core.link.LapTraining;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.gnn.GnnConfig;
import org.mitosis.core.train.GnnTrackingModel;
import org.mitosis.core.train.GnnTrainer;
import org.mitosis.core.train.GnnTrainingSettings;
import org.mitosis.core.train.LapModel;
import org.mitosis.core.train.TrackingModel;
import org.mitosis.core.train.TrainingCells;

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
        return train(training, training.stream().map(Lineage::cells).toList(), TrainingCells.ANNOTATED, monitor);
    }

    /**
     * The annotated cells as they are, or perturbed by {@code noise} ({@link #runOnPerturbed}): what a
     * learner whose perturbation is an option calls.
     *
     * @param noise the perturbation, or null for the exact cells
     * @throws IllegalArgumentException if the training data cannot train the method
     */
    public TrackingModel run(List<Lineage> training, DetectionNoise.Settings noise, ProgressMonitor monitor) {
        return noise == null ? run(training, monitor) : runOnPerturbed(training, noise, monitor);
    }

    /**
     * Trains on imperfect detections: each truth comes with the cells a detector found in the same
     * frames (for example perturbed truth cells), and the model learns to link those. LAP tunes its
     * costs by scoring its links of the detections against the truth; the GNN methods learn from the
     * truth's links carried onto the detections through the evaluation's cell matching
     * ({@link LabelTransfer}), so they see the jitter, the gaps and the spurious cells they will meet.
     *
     * @param truths annotated lineages, at least one with a link
     * @param detections one detected cell sequence per truth
     * @throws IllegalArgumentException if the training data cannot train the method
     */
    public TrackingModel run(List<Lineage> truths, List<CellSequence> detections, ProgressMonitor monitor) {
        return train(truths, detections, TrainingCells.GIVEN, monitor);
    }

    /** Trains on {@code detections}, one per truth, and records that they are {@code cells}. */
    private TrackingModel train(List<Lineage> truths, List<CellSequence> detections, TrainingCells cells,
            ProgressMonitor monitor) {
        if (truths.isEmpty() || truths.stream().allMatch(l -> l.links().isEmpty())) {
            throw new IllegalArgumentException("the training sequences hold no link: give annotated sequences with tracks");
        }
        if (detections.size() != truths.size()) {
            throw new IllegalArgumentException("need one detection sequence per truth, got " + detections.size()
                    + " for " + truths.size());
        }
        return switch (settings.method()) {
            // The grid search is deterministic: the LAP's seed is its cells' perturbation's, or none.
            case LapModel.METHOD -> new LapModel(LapTraining.fit(truths, detections, monitor),
                    cells.noise() == null ? 0 : cells.noise().seed(), Instant.now(), cells);
            case GnnTrackingModel.DOL -> gnn(GnnConfig.Head.DOL, truths, detections, cells, monitor);
            default -> gnn(GnnConfig.Head.NAIVE, truths, detections, cells, monitor);
        };
    }

    /**
     * Trains for a detector's cells without a detector's output to learn from: each truth's own cells
     * perturbed as {@link PerturbOperation} does (jitter, missed and spurious cells; truth k with noise
     * seed {@code noise.seed() + k}), then {@link #run(List, List, ProgressMonitor)} on them. A tracker
     * that learned from exact positions takes cells the detector missed in the frame before, spurious
     * detections and neighbours for second daughters (C2C12, the ten real frames 700-709 from the
     * images, trackers trained on frames 0-599: GNN-DOL 21 false divisions, 2 when trained so; the
     * LAP 14 and 9).
     *
     * @throws IllegalArgumentException if the training data cannot train the method
     */
    public TrackingModel runOnPerturbed(List<Lineage> truths, DetectionNoise.Settings noise, ProgressMonitor monitor) {
        List<CellSequence> perturbed = new ArrayList<>();
        for (int k = 0; k < truths.size(); k++) {
            perturbed.add(new PerturbOperation(noise.withSeed(noise.seed() + k)).run(truths.get(k).cells()));
        }
        return train(truths, perturbed, TrainingCells.perturbed(noise), monitor);
    }

    private TrackingModel gnn(GnnConfig.Head head, List<Lineage> truths, List<CellSequence> detections,
            TrainingCells cells, ProgressMonitor monitor) {
        GnnTrainingSettings s = GnnTrainingSettings.defaults(head).withSeed(settings.seed());
        List<Lineage> labelled = new ArrayList<>();
        for (int k = 0; k < truths.size(); k++) {
            labelled.add(LabelTransfer.onto(truths.get(k), detections.get(k), EvaluationSettings.DEFAULTS));
        }
        return new GnnTrackingModel(new GnnTrainer(s).train(labelled, monitor).model(), Instant.now(), cells);
    }
}
