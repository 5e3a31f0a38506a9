package org.mitosis.nodes.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.DivisionVerdictsCsv;
import org.mitosis.core.proofread.DivisionVerdict;
import org.mitosis.core.proofread.Proofreading;
import org.mitosis.core.proofread.ReviewedLineage;

/**
 * A reader's verdicts on divisions as a KNIME <em>verdict table</em>, the division gallery's
 * {@code divisions-checked.csv} as KNIME's CSV Reader reads it, or the {@link GalleryTables gallery table} with a
 * column {@code Real} added: columns {@code frame} and {@code cell} (integer: the mother), {@code daughters} (string,
 * {@code frame:cell} separated by spaces or commas) and {@code real} (boolean, or a string {@code true}/{@code false}),
 * and optionally {@code continues_as} (string: the daughter a division that is not real continues as, {@code
 * frame:cell}; empty or missing for the nearest), names in any case; other columns are ignored. And the <em>review table</em> a
 * proofreading gives back: one row per division of the lineage with the verdict applied to it.
 */
public final class VerdictTables {

    /** Columns of a verdict table, matched without regard to case. */
    private static final List<String> COLUMNS = DivisionVerdictsCsv.HEADER;

    /** Column of the review table: confirmed, rejected or not reviewed. */
    public static final String VERDICT = "Verdict";

    private VerdictTables() {
    }

    /**
     * @throws InvalidSettingsException naming a missing column or one of the wrong type
     */
    public static void checkSpec(final DataTableSpec spec) throws InvalidSettingsException {
        columns(spec);
        optionalColumn(spec);
    }

    /** Index of each of {@link #COLUMNS} in {@code spec}, checked for its type. */
    private static int[] columns(final DataTableSpec spec) throws InvalidSettingsException {
        int[] at = new int[COLUMNS.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = -1;
            for (int i = 0; i < spec.getNumColumns(); i++) {
                if (spec.getColumnSpec(i).getName().toLowerCase(Locale.ROOT).equals(COLUMNS.get(k))) {
                    at[k] = i;
                }
            }
            if (at[k] < 0) {
                throw new InvalidSettingsException("The verdict table has no column \"" + COLUMNS.get(k)
                    + "\" (expected " + COLUMNS + " as the division gallery saves them, in any case)");
            }
            DataColumnSpec c = spec.getColumnSpec(at[k]);
            boolean fits = k < 2 ? c.getType().isCompatible(LongValue.class)
                : k == 2 ? c.getType().isCompatible(StringValue.class)
                    : c.getType().isCompatible(BooleanValue.class) || c.getType().isCompatible(StringValue.class);
            if (!fits) {
                throw new InvalidSettingsException("Column \"" + c.getName() + "\" of the verdict table has type "
                    + c.getType() + "; expected " + (k < 2 ? "integers" : k == 2 ? "text" : "booleans or text"));
            }
        }
        return at;
    }

    /**
     * Index of the optional {@code continues_as} column (any case), or -1.
     *
     * @throws InvalidSettingsException where it holds no text
     */
    private static int optionalColumn(final DataTableSpec spec) throws InvalidSettingsException {
        for (int i = 0; i < spec.getNumColumns(); i++) {
            DataColumnSpec c = spec.getColumnSpec(i);
            if (c.getName().toLowerCase(Locale.ROOT).equals(DivisionVerdictsCsv.CONTINUES_AS)) {
                if (!c.getType().isCompatible(StringValue.class)) {
                    throw new InvalidSettingsException("Column \"" + c.getName() + "\" of the verdict table has type "
                        + c.getType() + "; expected text (frame:cell)");
                }
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads the verdicts on divisions of {@code lineage}.
     *
     * @throws InvalidSettingsException naming the row of a verdict with a missing or malformed value, one that does
     *         not fit the lineage, or one that repeats an earlier row's mother
     */
    public static List<DivisionVerdict> read(final BufferedDataTable table, final Lineage lineage)
        throws InvalidSettingsException {
        int[] at = columns(table.getDataTableSpec());
        int continuation = optionalColumn(table.getDataTableSpec());
        List<DivisionVerdict> verdicts = new ArrayList<>();
        Proofreading.Sheet sheet = new Proofreading.Sheet(lineage);
        for (DataRow row : table) {
            DivisionVerdict v;
            try {
                for (int k = 0; k < at.length; k++) {
                    if (row.getCell(at[k]).isMissing()) {
                        throw new IllegalArgumentException("the " + COLUMNS.get(k) + " is missing");
                    }
                }
                DataCell real = row.getCell(at[3]);
                DataCell continuesAs = continuation < 0 ? DataType.getMissingCell() : row.getCell(continuation);
                v = new DivisionVerdict(
                    new CellRef(Math.toIntExact(((LongValue)row.getCell(at[0])).getLongValue()),
                        Math.toIntExact(((LongValue)row.getCell(at[1])).getLongValue())),
                    DivisionVerdictsCsv.cells(((StringValue)row.getCell(at[2])).getStringValue()),
                    real instanceof BooleanValue b ? b.getBooleanValue()
                        : DivisionVerdictsCsv.real(((StringValue)real).getStringValue()),
                    continuesAs.isMissing() ? Optional.empty()
                        : DivisionVerdictsCsv.continuesAs(((StringValue)continuesAs).getStringValue()));
                sheet.problem(v, "row " + row.getKey()).ifPresent(p -> {
                    throw new IllegalArgumentException(p);
                });
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new InvalidSettingsException("Row " + row.getKey() + " of the verdict table: " + e.getMessage());
            }
            verdicts.add(v);
        }
        return verdicts;
    }

    /** Spec of the review table. */
    public static DataTableSpec reviewSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(CellColumns.FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.CELL, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.X, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.Y, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(VERDICT, StringCell.TYPE).createSpec());
    }

    /** One row per division of the lineage before the review, mothers in (frame, id) order. */
    public static BufferedDataTable review(final ReviewedLineage review, final ExecutionContext exec) {
        Map<CellRef, String> verdicts = new TreeMap<>();
        review.confirmed().forEach(m -> verdicts.put(m, "confirmed"));
        review.rejected().forEach(m -> verdicts.put(m, "rejected"));
        review.unreviewed().forEach(m -> verdicts.put(m, "not reviewed"));
        BufferedDataContainer out = exec.createDataContainer(reviewSpec());
        verdicts.forEach((mother, verdict) -> {
            Cell m = review.lineage().cells().get(mother);
            out.addRowToTable(new DefaultRow(new RowKey("f" + m.frame() + "c" + m.id()), new IntCell(m.frame()),
                new IntCell(m.id()), new DoubleCell(m.x()), new DoubleCell(m.y()), new StringCell(verdict)));
        });
        out.close();
        return out.getTable();
    }
}
