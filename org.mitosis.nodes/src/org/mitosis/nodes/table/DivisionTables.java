package org.mitosis.nodes.table;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;

/**
 * The divisions of a lineage as a KNIME <em>division table</em>: one row per daughter of a dividing cell, with the
 * mother's {@code Frame}, {@code Cell}, {@code X}, {@code Y} and the daughter's {@code Daughter Frame} and
 * {@code Daughter Cell}. A mother has two or more rows; cells that do not divide have none.
 */
public final class DivisionTables {

    /** Column: frame of the daughter cell. */
    public static final String DAUGHTER_FRAME = "Daughter Frame";

    /** Column: id of the daughter cell. */
    public static final String DAUGHTER_CELL = "Daughter Cell";

    private DivisionTables() {
    }

    /** Spec of a division table. */
    public static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpecCreator(CellColumns.FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.CELL, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.X, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.Y, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(DAUGHTER_FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(DAUGHTER_CELL, IntCell.TYPE).createSpec());
    }

    /** Writes the divisions of {@code lineage}, mothers in (frame, id) order. */
    public static BufferedDataTable write(final Lineage lineage, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(spec());
        for (CellRef mother : lineage.divisions()) {
            Cell m = lineage.cells().get(mother);
            for (CellRef d : lineage.successors(mother)) {
                out.addRowToTable(new DefaultRow(new RowKey("f" + m.frame() + "c" + m.id() + "-f" + d.frame() + "c"
                    + d.id()), new IntCell(m.frame()), new IntCell(m.id()), new DoubleCell(m.x()),
                    new DoubleCell(m.y()), new IntCell(d.frame()), new IntCell(d.id())));
            }
        }
        out.close();
        return out.getTable();
    }
}
