package org.mitosis.core.ops;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;

/**
 * Measures a lineage's cell cycles: each track's generation, beginning and ending, the interdivision
 * times of the cells seen from birth to division, each frame's events and the population's doubling
 * time. Definitions in package {@code org.mitosis.core.cycles}.
 */
public final class CellCycleOperation {

    private final CycleSettings settings;

    /**
     * @throws IllegalArgumentException if the settings are invalid
     */
    public CellCycleOperation(CycleSettings settings) {
        this.settings = settings.validate();
    }

    public CellCycles run(Lineage lineage) {
        return CellCycles.of(lineage, settings);
    }
}
