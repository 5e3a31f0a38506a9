package org.mitosis.core.ops;

import java.util.Map;
import java.util.stream.Collectors;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.GrayImage;
import org.mitosis.core.plot.LineagePlot;
import org.mitosis.core.plot.LineagePlotSettings;

/** Draws a lineage as a PNG picture: the lineage tree, or one frame's cells on its image. */
public final class RenderLineageOperation {

    private final LineagePlot plot;

    /**
     * @throws IllegalArgumentException listing every invalid setting
     */
    public RenderLineageOperation(LineagePlotSettings settings) {
        this.plot = new LineagePlot(settings);
    }

    /** The lineage tree, PNG bytes. */
    public byte[] run(Lineage lineage) {
        return plot.tree(lineage);
    }

    /** The frame with the most divisions (the latest among ties), the first frame when there is none. */
    public static int busiestDivisionFrame(Lineage lineage) {
        return lineage.divisions().stream().collect(Collectors.groupingBy(CellRef::frame, Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(lineage.cells().firstFrame());
    }

    /** The cells of {@code frame} with divisions marked, on {@code image} (or white if null), PNG bytes. */
    public byte[] overlay(Lineage lineage, int frame, GrayImage image) {
        return plot.overlay(image, lineage, frame);
    }
}
