package org.mitosis.core.plot;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.mitosis.core.cells.CellRef;

/**
 * One division as a picture: the frames around it side by side, cropped around the mother.
 *
 * @param mother the dividing cell, in her last frame
 * @param x the mother's column, pixels
 * @param y the mother's row, pixels
 * @param daughters her successors
 * @param label what the strip was drawn as ({@link DivisionGallery.Subject#label()}); empty for none
 * @param png the strip, PNG bytes
 */
public record DivisionStrip(CellRef mother, double x, double y, List<CellRef> daughters, String label, byte[] png) {

    public DivisionStrip {
        Objects.requireNonNull(mother, "mother");
        daughters = List.copyOf(daughters);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(png, "png");
    }

    /** The daughters as {@code frame:cell}, joined by {@code separator}. */
    public String daughterRefs(String separator) {
        return daughters.stream().map(d -> d.frame() + ":" + d.id()).collect(Collectors.joining(separator));
    }
}
