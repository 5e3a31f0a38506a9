package org.mitosis.core.link;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Joins cells across frames into a lineage, from their frames and positions only.
 *
 * <p>Contract: the returned lineage is over exactly the given cells, with their ids unchanged (a
 * {@link org.mitosis.core.cells.CellRef} is frame plus id, so ids need only be unique within a
 * frame). Callers that must not carry the input's identities renumber first with
 * {@link CellSequence#renumbered()}. Implementations report progress per frame pair and call
 * {@link ProgressMonitor#checkCanceled()} between frame pairs.
 */
public interface Linker {

    /**
     * @param cells the cells to link; frames may be empty or hold thousands of cells
     * @param monitor progress and cancellation
     * @throws org.mitosis.core.monitor.CanceledException if the monitor asks to stop
     */
    Lineage link(CellSequence cells, ProgressMonitor monitor);
}
