package org.mitosis.cli;

import org.mitosis.core.synth.DetectionNoise;
import picocli.CommandLine.Option;

/**
 * The options that perturb annotated cells as a detector would deliver them ({@code train} learns
 * from them, {@code compare} trains and tests on them): off unless {@code --sigma} is given.
 */
final class NoiseOptions {

    @Option(names = "--sigma", description = "Perturb the annotated cells as a detector would: jitter in px "
            + "(then --miss and --spurious apply).")
    Double sigma;

    @Option(names = "--miss", defaultValue = "0.05", description = "With --sigma: fraction of cells missed (default ${DEFAULT-VALUE}).")
    double miss;

    @Option(names = "--spurious", defaultValue = "0.02", description = "With --sigma: spurious cells per cell (default ${DEFAULT-VALUE}).")
    double spurious;

    /** Whether {@code --sigma} was given. */
    boolean on() {
        return sigma != null;
    }

    /** The noise with {@code seed}, or null when off. */
    DetectionNoise.Settings settings(long seed) {
        return on() ? new DetectionNoise.Settings(sigma, miss, spurious, seed) : null;
    }
}
