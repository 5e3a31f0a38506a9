package org.mitosis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.ops.PerturbOperation;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.core.synth.DetectionNoise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mitosis perturb}: simulates detection errors on a cell table. */
@Command(name = "perturb", description = "Simulates detection errors (jitter, missed and spurious cells) "
        + "and writes the perturbed cells as a CSV cell table without links.")
final class PerturbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cells", required = true, description = "Input: CTC folder, C2C12 text file or CSV cell table.")
    Path cells;

    @Option(names = "--sigma", defaultValue = "2", description = "Jitter standard deviation in px (default ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--miss", defaultValue = "0.05", description = "Fraction of cells dropped (default ${DEFAULT-VALUE}).")
    double miss;

    @Option(names = "--spurious", defaultValue = "0.02", description = "Spurious cells added per cell (default ${DEFAULT-VALUE}).")
    double spurious;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--frames", converter = FrameRange.Converter.class, description = "Frames a-b (0-based, inclusive).")
    FrameRange frames;

    @Option(names = "--out", required = true, description = "Output CSV cell table (frame,id,x,y).")
    Path out;

    @Override
    public Integer call() throws Exception {
        CellSequence input = Inputs.read(cells, frames).cells();
        CellSequence perturbed = new PerturbOperation(new DetectionNoise.Settings(sigma, miss, spurious, seed)).run(input);
        WriteResultOperation.writeCellTable(perturbed, out);
        spec.commandLine().getOut().printf("perturbed %d cells in %d frames into %d cells: %s%n",
                input.size(), input.frameCount(), perturbed.size(), out);
        return 0;
    }
}
