package org.mitosis.core.train;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.mitosis.core.gnn.GnnConfig;
import org.mitosis.core.gnn.GnnLinker;
import org.mitosis.core.gnn.GnnModel;
import org.mitosis.core.link.Linker;

/**
 * A trained GNN as a tracking model: method {@value #NAIVE} or {@value #DOL} after its head.
 *
 * @param model the network, its settings and normalisation
 * @param created when the model was made
 * @param learnedFrom what it learned to link, or null where a model file does not say
 */
public record GnnTrackingModel(GnnModel model, Instant created, TrainingCells learnedFrom) implements TrackingModel {

    /** Method name of the naive GNN in model files. */
    public static final String NAIVE = "naive-gnn";
    /** Method name of GNN-DOL in model files. */
    public static final String DOL = "gnn-dol";

    public GnnTrackingModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(created, "created");
    }

    @Override
    public String method() {
        return model.parameters().config().head() == GnnConfig.Head.DOL ? DOL : NAIVE;
    }

    /** A new linker (each holds its own network; not thread-safe). */
    @Override
    public Linker linker() {
        return new GnnLinker(model);
    }

    /** The model's distance gate, which its own one-frame gap closing uses too. */
    @Override
    public double gapRadius() {
        return model.gate().radius();
    }

    @Override
    public long seed() {
        return model.seed();
    }

    @Override
    public Optional<TrainingCells> trainingCells() {
        return Optional.ofNullable(learnedFrom);
    }
}
