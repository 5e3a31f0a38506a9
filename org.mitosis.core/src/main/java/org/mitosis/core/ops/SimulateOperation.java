package org.mitosis.core.ops;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.core.synth.TimeLapseSimulator;

/** Simulates a time-lapse of moving and dividing cells with its true lineage (synthetic). */
public final class SimulateOperation {

    private final TimeLapseSimulator simulator;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public SimulateOperation(SimulationSettings settings) {
        this.simulator = new TimeLapseSimulator(settings);
    }

    /** The simulated cells and their true lineage. */
    public Lineage run() {
        return simulator.simulate();
    }
}
