package org.mitosis.core.plot;

import java.util.List;
import java.util.Objects;
import org.mitosis.core.cells.CellRef;

/**
 * One division as a picture: the frames around it side by side, cropped around the mother.
 *
 * @param mother the dividing cell, in her last frame
 * @param daughters her successors
 * @param png the strip, PNG bytes
 */
public record DivisionStrip(CellRef mother, List<CellRef> daughters, byte[] png) {

    public DivisionStrip {
        Objects.requireNonNull(mother, "mother");
        daughters = List.copyOf(daughters);
        Objects.requireNonNull(png, "png");
    }
}
