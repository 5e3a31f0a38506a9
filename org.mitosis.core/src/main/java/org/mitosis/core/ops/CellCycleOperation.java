package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * Writes one summary row per lineage into {@code file}, {@code labels[i]} naming {@code cycles[i]}, as {@link
     * CellCyclesCsv} lays out its summary: several movies' cell cycles side by side.
     */
    public static void writeSummaries(List<String> labels, List<CellCycles> cycles, Path file) throws IOException {
        CellCyclesCsv.writeSummaries(labels, cycles, file);
    }

    /** An input's name as a summary label: a folder's name, a file's without its extension ({@code result} for a root). */
    public static String label(Path input) {
        Path file = input.toAbsolutePath().normalize().getFileName();
        if (file == null) {
            return "result";
        }
        String name = file.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && Files.isRegularFile(input) ? name.substring(0, dot) : name;
    }
}
