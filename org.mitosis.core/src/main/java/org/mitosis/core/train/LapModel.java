package org.mitosis.core.train;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.mitosis.core.link.LapLinker;
import org.mitosis.core.link.LapSettings;
import org.mitosis.core.link.Linker;

/**
 * A LAP tracking model: the linker settings that {@code LapTraining} chose.
 *
 * @param settings the LAP linker's settings; validated
 * @param seed the training seed: the perturbation's where it learned from perturbed cells, else 0
 *        (the grid search itself is deterministic)
 * @param created when the model was made
 * @param learnedFrom what it learned to link, or null where a model file does not say
 */
public record LapModel(LapSettings settings, long seed, Instant created, TrainingCells learnedFrom)
        implements TrackingModel {

    /** The method name in model files. */
    public static final String METHOD = "lap";

    public LapModel {
        Objects.requireNonNull(settings, "settings").validate();
        Objects.requireNonNull(created, "created");
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public Linker linker() {
        return new LapLinker(settings);
    }

    /** The LAP's own gap-closing radius. */
    @Override
    public double gapRadius() {
        return settings.gapMaxDistance();
    }

    @Override
    public Optional<TrainingCells> trainingCells() {
        return Optional.ofNullable(learnedFrom);
    }
}
