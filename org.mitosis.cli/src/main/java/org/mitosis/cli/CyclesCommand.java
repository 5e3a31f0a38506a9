package org.mitosis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.io.CellCyclesCsv;
import org.mitosis.core.ops.CellCycleOperation;
import org.mitosis.core.ops.EvaluateOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis cycles}: the cell cycle statistics of a result or an annotation. */
@Command(name = "cycles", description = "Measures the cell cycles of a tracking result or an annotation: each track's "
        + "generation and how it began and ended, the cell cycle length (interdivision time) of every cell seen from its "
        + "birth to its own division, each frame's cells and events, and the population doubling time.")
final class CyclesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--result", required = true, description = "Result folder written by 'mitosis track' (or any lineage input).")
    Path result;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--frame-interval", defaultValue = "0", description = "Minutes between frames, for times in hours as "
            + "well as frames (default: not known, frames only).")
    double frameInterval;

    @Option(names = "--truth", description = "An annotation to check the result's cycles against: how many of its complete "
            + "cycles the result gives back, with both divisions found (as 'evaluate' matches them) and one track between.")
    Path truth;

    @Option(names = "--out", description = "Folder for tracks.csv (one row per track), frames.csv (one row per frame) "
            + "and summary.csv (one row, labelled with the input's name); without it only the summary is printed.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CellCycleOperation op = new CellCycleOperation(new CycleSettings(frameInterval));
        Lineage lineage = Inputs.read(result, frames);
        CellCycles cycles = op.run(lineage);
        if (out != null) {
            CellCycleOperation.write(cycles, CellCycleOperation.label(result), out);
        }
        spec.commandLine().getOut().print(cycles.toTable());
        if (truth != null) {
            Lineage annotated = Inputs.read(truth, frames);
            spec.commandLine().getOut().println(new EvaluateOperation().run(annotated, lineage).cycles().toLine());
            spec.commandLine().getOut().print("the truth's: " + op.run(annotated).toTable());
        }
        if (out != null) {
            spec.commandLine().getOut().printf("wrote %s, %s and %s%n", out.resolve(CellCyclesCsv.TRACKS),
                    out.resolve(CellCyclesCsv.FRAMES), out.resolve(CellCyclesCsv.SUMMARY));
        }
        return 0;
    }
}
