package org.mitosis.core.train;

import java.time.Instant;

import org.mitosis.core.link.Linker;

/**
 * A trained tracking model: something that can link cells, plus where it came from. Each method
 * (LAP now; GNN-DOL and the naive GNN later) has one implementation and one {@link ModelCodec}
 * registered in {@link ModelFiles}.
 */
public interface TrackingModel {

    /** The method's name in model files, e.g. {@code "lap"}; lower case, no spaces. */
    String method();

    /** A linker that applies this model. */
    Linker linker();

    /** The seed the training used (0 for a deterministic training). */
    long seed();

    /** When the model was made. */
    Instant created();
}
