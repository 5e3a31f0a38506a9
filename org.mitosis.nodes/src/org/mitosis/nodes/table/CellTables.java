package org.mitosis.nodes.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.DataType;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;

/**
 * Converts between KNIME tables and the engine's {@link CellSequence} and {@link Lineage}.
 *
 * <p>A <em>cell table</em> has the columns {@link CellColumns#FRAME}, {@link CellColumns#CELL}, {@link CellColumns#X},
 * {@link CellColumns#Y} and any number of feature columns "Feature 1".."Feature n". A <em>lineage table</em> adds
 * {@link CellColumns#PARENT_FRAME} and {@link CellColumns#PARENT_CELL}: the predecessor of each cell, missing where a
 * track starts. Row ids are {@code f<frame>c<cell>}. Reading looks columns up by name, so users may add, drop or
 * reorder other columns.
 */
public final class CellTables {

    private static final String[] POSITION = {CellColumns.FRAME, CellColumns.CELL, CellColumns.X, CellColumns.Y};

    private CellTables() {
    }

    /** Spec of a cell table with {@code features} feature columns. */
    public static DataTableSpec cellSpec(final int features) {
        return new DataTableSpec(columns(features, false));
    }

    /** Spec of a lineage table with {@code features} feature columns. */
    public static DataTableSpec lineageSpec(final int features) {
        return new DataTableSpec(columns(features, true));
    }

    private static DataColumnSpec[] columns(final int features, final boolean parents) {
        List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(column(CellColumns.FRAME, IntCell.TYPE));
        cols.add(column(CellColumns.CELL, IntCell.TYPE));
        cols.add(column(CellColumns.X, DoubleCell.TYPE));
        cols.add(column(CellColumns.Y, DoubleCell.TYPE));
        for (int i = 1; i <= features; i++) {
            cols.add(column(CellColumns.FEATURE_PREFIX + i, DoubleCell.TYPE));
        }
        if (parents) {
            cols.add(column(CellColumns.PARENT_FRAME, IntCell.TYPE));
            cols.add(column(CellColumns.PARENT_CELL, IntCell.TYPE));
        }
        return cols.toArray(DataColumnSpec[]::new);
    }

    private static DataColumnSpec column(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    /**
     * @throws InvalidSettingsException naming every required column that is missing or has the wrong type
     */
    public static void checkCellSpec(final DataTableSpec spec) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        for (String name : POSITION) {
            requireColumn(spec, name, name.equals(CellColumns.FRAME) || name.equals(CellColumns.CELL), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException("Not a cell table: " + String.join("; ", problems));
        }
    }

    /**
     * @throws InvalidSettingsException naming every required column that is missing or has the wrong type
     */
    public static void checkLineageSpec(final DataTableSpec spec) throws InvalidSettingsException {
        checkCellSpec(spec);
        List<String> problems = new ArrayList<>();
        requireColumn(spec, CellColumns.PARENT_FRAME, true, problems);
        requireColumn(spec, CellColumns.PARENT_CELL, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException("Not a lineage table: " + String.join("; ", problems));
        }
    }

    private static void requireColumn(final DataTableSpec spec, final String name, final boolean integer,
        final List<String> problems) {
        DataColumnSpec col = spec.getColumnSpec(name);
        if (col == null) {
            problems.add("column \"" + name + "\" is missing");
        } else if (!col.getType().isCompatible(integer ? IntValue.class : DoubleValue.class)) {
            problems.add("column \"" + name + "\" must be " + (integer ? "integer" : "numeric"));
        }
    }

    /** Number of feature columns "Feature 1".."Feature n" present without a gap. */
    public static int featureCount(final DataTableSpec spec) {
        int n = 0;
        while (spec.containsName(CellColumns.FEATURE_PREFIX + (n + 1))) {
            n++;
        }
        return n;
    }

    /** Writes a cell table. */
    public static BufferedDataTable writeCells(final CellSequence cells, final ExecutionContext exec) {
        return write(Lineage.unlinked(cells), false, exec);
    }

    /** Writes a lineage table. */
    public static BufferedDataTable writeLineage(final Lineage lineage, final ExecutionContext exec) {
        return write(lineage, true, exec);
    }

    private static BufferedDataTable write(final Lineage lineage, final boolean parents,
        final ExecutionContext exec) {
        int features = lineage.cells().featureCount();
        BufferedDataContainer out = exec.createDataContainer(parents ? lineageSpec(features) : cellSpec(features));
        lineage.cells().cells().forEach(c -> out.addRowToTable(row(c, features, parents, lineage)));
        out.close();
        return out.getTable();
    }

    private static DataRow row(final Cell c, final int features, final boolean parents, final Lineage lineage) {
        List<DataCell> cells = new ArrayList<>();
        cells.add(new IntCell(c.frame()));
        cells.add(new IntCell(c.id()));
        cells.add(new DoubleCell(c.x()));
        cells.add(new DoubleCell(c.y()));
        for (int i = 0; i < features; i++) {
            cells.add(i < c.featureCount() ? new DoubleCell(c.feature(i)) : DataType.getMissingCell());
        }
        if (parents) {
            Optional<CellRef> p = lineage.predecessor(c.ref());
            cells.add(p.<DataCell> map(r -> new IntCell(r.frame())).orElse(DataType.getMissingCell()));
            cells.add(p.<DataCell> map(r -> new IntCell(r.id())).orElse(DataType.getMissingCell()));
        }
        return new DefaultRow(new RowKey("f" + c.frame() + "c" + c.id()), cells);
    }

    /**
     * Reads the cells of a cell or lineage table (predecessor columns, if any, are ignored).
     *
     * @throws InvalidSettingsException for a missing column or a missing value in a required column
     */
    public static CellSequence readCells(final BufferedDataTable table) throws InvalidSettingsException {
        checkCellSpec(table.getDataTableSpec());
        Layout layout = new Layout(table.getDataTableSpec());
        List<Cell> cells = new ArrayList<>();
        for (DataRow row : table) {
            cells.add(layout.cell(row));
        }
        return CellSequence.of(cells);
    }

    /**
     * Reads a lineage table as one lineage per value of the optional {@link CellColumns#SEQUENCE} column (one
     * lineage when that column is absent), in order of first appearance.
     *
     * @throws InvalidSettingsException for a missing column or a missing value in a required column
     */
    public static List<Lineage> readLineages(final BufferedDataTable table) throws InvalidSettingsException {
        DataTableSpec spec = table.getDataTableSpec();
        checkLineageSpec(spec);
        Layout layout = new Layout(spec);
        int sequenceCol = spec.findColumnIndex(CellColumns.SEQUENCE);
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        Map<String, List<Link>> links = new LinkedHashMap<>();
        for (DataRow row : table) {
            String sequence = sequenceCol < 0 || row.getCell(sequenceCol).isMissing() ? ""
                : ((StringValue)row.getCell(sequenceCol)).getStringValue();
            Cell c = layout.cell(row);
            cells.computeIfAbsent(sequence, s -> new ArrayList<>()).add(c);
            layout.parent(row).ifPresent(
                p -> links.computeIfAbsent(sequence, s -> new ArrayList<>()).add(new Link(p, c.ref())));
        }
        List<Lineage> result = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> e : cells.entrySet()) {
            result.add(new Lineage(CellSequence.of(e.getValue()), links.getOrDefault(e.getKey(), List.of())));
        }
        return result;
    }

    /**
     * Reads a lineage table that holds exactly one sequence.
     *
     * @throws InvalidSettingsException for a malformed table or one with several sequences
     */
    public static Lineage readLineage(final BufferedDataTable table) throws InvalidSettingsException {
        List<Lineage> all = readLineages(table);
        if (all.size() > 1) {
            throw new InvalidSettingsException("Expected one sequence, the table holds " + all.size()
                + " (column \"" + CellColumns.SEQUENCE + "\")");
        }
        return all.isEmpty() ? new Lineage(CellSequence.of(List.of()), List.of()) : all.get(0);
    }

    /** Column indices of one table, looked up once. */
    private static final class Layout {
        private final int m_frame;
        private final int m_cell;
        private final int m_x;
        private final int m_y;
        private final int[] m_features;
        private final int m_parentFrame;
        private final int m_parentCell;

        Layout(final DataTableSpec spec) {
            m_frame = spec.findColumnIndex(CellColumns.FRAME);
            m_cell = spec.findColumnIndex(CellColumns.CELL);
            m_x = spec.findColumnIndex(CellColumns.X);
            m_y = spec.findColumnIndex(CellColumns.Y);
            m_features = new int[featureCount(spec)];
            for (int i = 0; i < m_features.length; i++) {
                m_features[i] = spec.findColumnIndex(CellColumns.FEATURE_PREFIX + (i + 1));
            }
            m_parentFrame = spec.findColumnIndex(CellColumns.PARENT_FRAME);
            m_parentCell = spec.findColumnIndex(CellColumns.PARENT_CELL);
        }

        Cell cell(final DataRow row) throws InvalidSettingsException {
            double[] f = new double[m_features.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = number(row, m_features[i]);
            }
            return new Cell(integer(row, m_frame), integer(row, m_cell), number(row, m_x), number(row, m_y), f);
        }

        Optional<CellRef> parent(final DataRow row) throws InvalidSettingsException {
            if (m_parentFrame < 0 || row.getCell(m_parentFrame).isMissing() || row.getCell(m_parentCell).isMissing()) {
                return Optional.empty();
            }
            return Optional.of(new CellRef(integer(row, m_parentFrame), integer(row, m_parentCell)));
        }

        private static int integer(final DataRow row, final int col) throws InvalidSettingsException {
            return ((IntValue)present(row, col)).getIntValue();
        }

        private static double number(final DataRow row, final int col) throws InvalidSettingsException {
            return ((DoubleValue)present(row, col)).getDoubleValue();
        }

        private static DataCell present(final DataRow row, final int col) throws InvalidSettingsException {
            DataCell cell = row.getCell(col);
            if (cell.isMissing()) {
                throw new InvalidSettingsException("Row \"" + row.getKey() + "\" has a missing value in column "
                    + (col + 1));
            }
            return cell;
        }
    }
}
