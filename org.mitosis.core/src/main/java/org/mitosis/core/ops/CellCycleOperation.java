package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.io.CellCyclesCsv;

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

    /**
     * Writes the track, frame and summary tables into {@code dir} (created if needed), as {@link CellCyclesCsv}
     * lays them out.
     *
     * @param label the lineage's name in the summary
     */
    public static void write(CellCycles cycles, String label, Path dir) throws IOException {
        CellCyclesCsv.write(cycles, label, dir);
    }
}
