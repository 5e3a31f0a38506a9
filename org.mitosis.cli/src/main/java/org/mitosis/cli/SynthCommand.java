package org.mitosis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.SimulateOperation;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.core.synth.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mitosis synth}: a synthetic time-lapse with its true lineage. */
@Command(name = "synth", description = "Simulates a time-lapse of moving, dividing, entering and leaving cells "
        + "(synthetic): writes phase-contrast-like images to <out>/images (0000.png, ...) and the true lineage to <out>/truth "
        + "(cells.csv, links.csv, divisions.csv, res_track.txt, trackmate.xml).")
final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--frames", defaultValue = "50", description = "Number of frames (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--cells", defaultValue = "60", description = "Cells in the first frame (default ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SimulationSettings settings = SimulationSettings.defaults().withMovie(frames, cells, seed);
        SimulateOperation op = new SimulateOperation(settings);
        Lineage truth = op.run();
        WriteResultOperation.write(truth, out.resolve("truth"));
        ConsoleProgress progress = new ConsoleProgress(System.err, "synth");
        op.renderImages(truth, out.resolve("images"), progress);
        progress.done();
        spec.commandLine().getOut().printf("simulated %d cells in %d frames with %d divisions (synthetic): truth in %s, "
                + "images in %s%n", truth.cells().size(), truth.cells().frameCount(), truth.divisions().size(),
                out.resolve("truth"), out.resolve("images"));
        return 0;
    }
}
