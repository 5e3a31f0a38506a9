package org.mitosis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.ProofreadOperation;
import org.mitosis.core.proofread.ReviewedLineage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mitosis proofread}: a result with the divisions a reader struck out in the gallery undone. */
@Command(name = "proofread", description = "Applies the verdicts saved from a division gallery (divisions-checked.csv) "
        + "to the result it was drawn from: each division marked not real is undone (the mother continues as the daughter "
        + "the reader named there, or else the nearest; the other begins a track of her own), and the corrected result is written as a new result "
        + "folder, for 'cycles', 'evaluate' and Fiji; where the result holds tracked label masks (maskNNN.tif), they are "
        + "written again with the corrected tracks.")
final class ProofreadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--result", required = true, description = "The result folder the gallery was drawn from (or any "
            + "lineage input).")
    Path result;

    @Option(names = "--verdicts", required = true, description = "The verdicts the gallery page saved: "
            + "frame,cell,x,y,daughters,real[,continues_as].")
    Path verdicts;

    @Option(names = "--out", required = true, description = "Folder for the corrected result (not the --result folder: "
            + "the result as the tracker made it is kept).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && Files.exists(result) && Files.isSameFile(out, result)) {
            throw new ParameterException(spec.commandLine(), "--out must be another folder than --result, which is kept "
                    + "as the tracker made it");
        }
        Lineage lineage = Inputs.read(result, null);
        ReviewedLineage reviewed = new ProofreadOperation().run(lineage, ProofreadOperation.readVerdicts(verdicts, lineage));
        ConsoleProgress progress = new ConsoleProgress(System.err, "masks");
        int masks = ProofreadOperation.write(reviewed, result, out, progress);
        progress.done();
        if (masks > 0) {
            spec.commandLine().getOut().printf("repainted the %d tracked label masks with the corrected tracks%n", masks);
        }
        spec.commandLine().getOut().println(reviewed.toLine());
        spec.commandLine().getOut().printf("wrote the corrected result to %s%n", out);
        return 0;
    }
}
