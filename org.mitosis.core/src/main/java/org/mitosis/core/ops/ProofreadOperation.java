package org.mitosis.core.ops;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.DivisionVerdictsCsv;
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
     * The verdicts of a saved proofreading sheet ({@link DivisionVerdictsCsv}), checked against the result.
     *
     * @throws org.mitosis.core.io.BadInputException naming the line of a verdict that is malformed or does
     *         not fit the result
     */
    public static List<DivisionVerdict> readVerdicts(Path file, Lineage result) {
        return DivisionVerdictsCsv.read(file, result);
    }
}
