package org.mitosis.nodes.table;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
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
 * {@code Y}, her {@code Daughters} ({@code frame:cell}, comma-separated), for a gallery checked against a truth the
 * {@code Truth} verdict (found, false or missed), and the {@code Division} strip as a PNG image cell, which KNIME's
 * table view shows.
 */
public final class GalleryTables {

    /** Column: the daughters as {@code frame:cell, frame:cell}. */
    public static final String DAUGHTERS = "Daughters";

    /** Column: how the division fared against the truth (found, false, missed). */
    public static final String TRUTH = "Truth";

    /** Column: the division's strip of image crops (PNG). */
    public static final String DIVISION = "Division";

    private GalleryTables() {
    }

    /** Spec of a gallery table; {@code judged}: with the {@code Truth} column. */
    public static DataTableSpec spec(final boolean judged) {
        List<DataColumnSpec> columns = new ArrayList<>(List.of(
            new DataColumnSpecCreator(CellColumns.FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.CELL, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.X, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.Y, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(DAUGHTERS, StringCell.TYPE).createSpec()));
        if (judged) {
            columns.add(new DataColumnSpecCreator(TRUTH, StringCell.TYPE).createSpec());
        }
        columns.add(new DataColumnSpecCreator(DIVISION, PNGImageCellFactory.TYPE).createSpec());
        return new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
    }

    /**
     * Writes one row per strip, in the given order. Row ids are {@code f<frame>c<cell>}, after the label where the
     * strips have one ({@code missed-f4c249}), since a truth's cells and a result's may share ids.
     */
    public static BufferedDataTable write(final List<DivisionStrip> strips, final boolean judged,
        final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(spec(judged));
        for (DivisionStrip s : strips) {
                        List<DataCell> cells = new ArrayList<>(List.of(new IntCell(s.mother().frame()), new IntCell(s.mother().id()),
                new DoubleCell(s.x()), new DoubleCell(s.y()), new StringCell(s.daughterRefs(", "))));
            if (judged) {
                cells.add(new StringCell(s.label()));
            }
            cells.add(PNGImageCellFactory.create(s.png()));
            String key = "f" + s.mother().frame() + "c" + s.mother().id();
            out.addRowToTable(new DefaultRow(new RowKey(s.label().isEmpty() ? key : s.label() + "-" + key),
                cells.toArray(DataCell[]::new)));
        }
        out.close();
        return out.getTable();
    }
}
