package org.mitosis.core.proofread;

import java.util.List;
import java.util.Objects;

import org.mitosis.core.cells.CellRef;

/**
 * A reader's verdict on one division of a result.
 *
 * @param mother the dividing cell, in her last frame
 * @param daughters her successors as the reader saw them, to check that the verdict belongs to this
 *        result
 * @param real whether the cell really divided
 */
public record DivisionVerdict(CellRef mother, List<CellRef> daughters, boolean real) {

    public DivisionVerdict {
        Objects.requireNonNull(mother, "mother");
        daughters = List.copyOf(daughters);
    }
}
