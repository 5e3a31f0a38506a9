package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.DivisionVerdictsCsv;
import org.mitosis.core.monitor.ProgressMonitor;
import org.mitosis.core.proofread.DivisionVerdict;
import org.mitosis.core.proofread.Proofreading;
import org.mitosis.core.proofread.ReviewedLineage;

/**
 * Applies a reader's verdicts on a result's divisions, as the division gallery's proofreading sheet
 * saves them: the divisions struck out are undone (package {@code org.mitosis.core.proofread}).
 */
public final class ProofreadOperation {

    /**
     * @throws IllegalArgumentException where a verdict does not fit the result or a mother has two
     */
    public ReviewedLineage run(Lineage result, Collection<DivisionVerdict> verdicts) {
        return Proofreading.apply(result, verdicts);
    }

    /**
     * Writes the corrected result folder ({@link WriteResultOperation#write}) and, where the result it
     * was corrected from is a folder holding tracked label masks, those masks again with the
     * corrected tracks ({@link WriteResultOperation#rewriteTrackedMasks}).
     *
     * @param result the result folder (or other input) the verdicts were given on
     * @return the number of tracked masks written, 0 where the result holds none
     */
    public static int write(ReviewedLineage reviewed, Path result, Path out, ProgressMonitor monitor) throws IOException {
        WriteResultOperation.write(reviewed.lineage(), out);
        if (!Files.isDirectory(result) || !WriteResultOperation.hasTrackedMasks(result)) {
            return 0;
        }
        return WriteResultOperation.rewriteTrackedMasks(reviewed.lineage(), result, out, monitor).size();
    }

    /**
     * The verdicts of a saved proofreading sheet ({@link DivisionVerdictsCsv}), checked against the result.
     *
     * @throws org.mitosis.core.io.BadInputException naming the line of a verdict that is malformed or does
     *         not fit the result
     */
    public static List<DivisionVerdict> readVerdicts(Path file, Lineage result) {
        return DivisionVerdictsCsv.read(file, result);
    }
}
