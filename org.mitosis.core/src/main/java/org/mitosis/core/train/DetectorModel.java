package org.mitosis.core.train;

import java.time.Instant;
import java.util.Objects;
import org.mitosis.core.detect.CentroidDetector;

/**
 * A trained U-Net cell detector as a model file holds it.
 *
 * @param detector the detector (network, settings, input scaling)
 * @param created when the model was made
 */
public record DetectorModel(CentroidDetector detector, Instant created) implements Model {

    /** The method name in model files. */
    public static final String METHOD = "unet-detector";

    public DetectorModel {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(created, "created");
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public long seed() {
        return detector.seed();
    }
}
