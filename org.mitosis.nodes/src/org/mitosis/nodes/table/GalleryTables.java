package org.mitosis.nodes.table;

import java.util.List;
import java.util.stream.Collectors;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.mitosis.core.plot.DivisionStrip;

/**
 * A division gallery as a KNIME table: one row per division, the mother's {@code Frame}, {@code Cell}, {@code X},
 * {@code Y}, her {@code Daughters} ({@code frame:cell}, comma-separated) and the {@code Division} strip as a PNG
 * image cell, which KNIME's table view shows.
 */
public final class GalleryTables {

    /** Column: the daughters as {@code frame:cell, frame:cell}. */
    public static final String DAUGHTERS = "Daughters";

    /** Column: the division's strip of image crops (PNG). */
    public static final String DIVISION = "Division";

    private GalleryTables() {
    }

    /** Spec of a gallery table. */
    public static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpecCreator(CellColumns.FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.CELL, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.X, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.Y, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(DAUGHTERS, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(DIVISION, PNGImageCellFactory.TYPE).createSpec());
    }

    /** Writes one row per strip, in the given order. */
    public static BufferedDataTable write(final List<DivisionStrip> strips, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(spec());
        for (DivisionStrip s : strips) {
            String daughters = s.daughters().stream().map(d -> d.frame() + ":" + d.id()).collect(Collectors.joining(", "));
            out.addRowToTable(new DefaultRow(new RowKey("f" + s.mother().frame() + "c" + s.mother().id()),
                new IntCell(s.mother().frame()), new IntCell(s.mother().id()), new DoubleCell(s.x()), new DoubleCell(s.y()),
                new StringCell(daughters),
                PNGImageCellFactory.create(s.png())));
        }
        out.close();
        return out.getTable();
    }
}
