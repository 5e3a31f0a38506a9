package org.mitosis.core.proofread;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mitosis.core.cells.CellRef;

/**
 * A reader's verdict on one division of a result.
 *
 * @param mother the dividing cell, in her last frame
 * @param daughters her successors as the reader saw them, to check that the verdict belongs to this
 *        result
 * @param real whether the cell really divided
 * @param continuesAs for a division that is not real, the daughter the reader saw to be the mother
 *        herself; empty to leave it to {@link Proofreading} (the nearest)
 */
public record DivisionVerdict(CellRef mother, List<CellRef> daughters, boolean real, Optional<CellRef> continuesAs) {

    public DivisionVerdict {
        Objects.requireNonNull(mother, "mother");
        daughters = List.copyOf(daughters);
        Objects.requireNonNull(continuesAs, "continuesAs");
    }

    /** A verdict that leaves the continuation of a rejected division to the engine. */
    public DivisionVerdict(CellRef mother, List<CellRef> daughters, boolean real) {
        this(mother, daughters, real, Optional.empty());
    }
}
