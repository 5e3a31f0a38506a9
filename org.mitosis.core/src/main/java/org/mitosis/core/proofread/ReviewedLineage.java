package org.mitosis.core.proofread;

import java.util.List;

import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;

/**
 * A result with a reader's verdicts applied.
 *
 * @param lineage the result with the rejected divisions undone
 * @param confirmed mothers of the divisions the reader kept, in frame order
 * @param rejected mothers of the divisions the reader struck out, in frame order
 * @param detached the daughters that now begin tracks of their own, in frame order
 * @param unreviewed mothers of the result's divisions without a verdict, kept as they were
 */
public record ReviewedLineage(Lineage lineage, List<CellRef> confirmed, List<CellRef> rejected,
        List<CellRef> detached, List<CellRef> unreviewed) {

    public ReviewedLineage {
        confirmed = List.copyOf(confirmed);
        rejected = List.copyOf(rejected);
        detached = List.copyOf(detached);
        unreviewed = List.copyOf(unreviewed);
    }

    /** One line for a log: how many divisions were kept, undone and left unreviewed. */
    public String toLine() {
        return String.format("divisions: %d confirmed, %d rejected and undone, %d not reviewed (kept)", confirmed.size(),
                rejected.size(), unreviewed.size());
    }
}
