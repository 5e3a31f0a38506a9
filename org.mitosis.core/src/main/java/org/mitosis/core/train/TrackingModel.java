package org.mitosis.core.train;


import java.util.Optional;

import org.mitosis.core.link.Linker;

/**
 * A trained tracking model: something that can link cells, plus where it came from. Each method
 * (LAP, GNN-DOL, the naive GNN) has one implementation and one {@link ModelCodec}
 * registered in {@link ModelFiles}.
 */
public interface TrackingModel extends Model {

    /** A linker that applies this model. */
    Linker linker();

    /**
     * Largest distance, in the pixels of the movies it learned from, between a track's end and the
     * cell it continues as after one missed frame: the scale of longer gaps too.
     */
    double gapRadius();

    /** What it learned to link; empty for a model file written before that was recorded. */
    Optional<TrainingCells> trainingCells();
}
