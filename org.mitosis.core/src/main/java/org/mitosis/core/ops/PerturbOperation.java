package org.mitosis.core.ops;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.synth.DetectionNoise;

/** Simulates detection errors on cells: jitter, missed and spurious cells (seeded). */
public final class PerturbOperation {

    private final DetectionNoise noise;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public PerturbOperation(DetectionNoise.Settings settings) {
        this.noise = new DetectionNoise(settings);
    }

    /** The perturbed cells, without links and with fresh ids. */
    public CellSequence run(CellSequence cells) {
        return noise.apply(cells);
    }
}
