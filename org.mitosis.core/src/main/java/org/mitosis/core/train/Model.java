package org.mitosis.core.train;

import java.time.Instant;

/**
 * Anything trained that a model file holds: a tracking model ({@link TrackingModel}) or a cell
 * detector ({@link DetectorModel}), with where it came from.
 */
public interface Model {

    /** The method's name in model files, e.g. {@code "lap"}; lower case, no spaces. */
    String method();

    /** The seed the training used (0 for a deterministic training). */
    long seed();

    /** When the model was made. */
    Instant created();
}
