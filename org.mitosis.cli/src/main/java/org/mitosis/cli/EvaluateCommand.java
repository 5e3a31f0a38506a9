package org.mitosis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.ops.EvaluateOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis evaluate}: scores a result folder against the truth. */
@Command(name = "evaluate", description = "Scores a tracking result against the truth: mitosis detection (with the "
        + "division F1's 95%% bootstrap interval over the frames), links, and correspondence F1 per frame pair with a division.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--truth", required = true, description = "Truth: CTC folder, C2C12 text file or CSV cell table with parents.")
    Path truth;

    @Option(names = "--result", required = true, description = "Result folder written by 'mitosis track', or any tracker's result in the "
            + "Cell Tracking Challenge's format (res_track.txt with mask<t>.tif), or any lineage input.")
    Path result;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--cell-radius", defaultValue = "10", description = "Cell matching radius in px (default ${DEFAULT-VALUE}).")
    double cellRadius;

    @Option(names = "--division-radius", defaultValue = "15", description = "Division matching radius in px (default ${DEFAULT-VALUE}).")
    double divisionRadius;

    @Option(names = "--frame-tolerance", defaultValue = "1", description = "Division frame tolerance (default ${DEFAULT-VALUE}).")
    int frameTolerance;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Lineage t = Inputs.read(truth, frames);
        Lineage r = Inputs.read(result, frames);
        EvaluationReport report = new EvaluateOperation(new EvaluationSettings(cellRadius, divisionRadius, frameTolerance)).run(t, r);
        spec.commandLine().getOut().println(json ? report.toJson() : report.toTable());
        return 0;
    }
}
