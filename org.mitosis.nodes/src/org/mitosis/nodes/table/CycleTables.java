package org.mitosis.nodes.table;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.cycles.CycleSummary;
import org.mitosis.core.cycles.FrameCounts;
import org.mitosis.core.cycles.TrackCycle;

/**
 * The engine's {@link CellCycles} as three KNIME tables: one row per track, one per frame, and a one-row summary.
 * The figures are the engine's; this class only lays them out. The columns follow the command line's
 * {@code tracks.csv} and {@code frames.csv}.
 */
public final class CycleTables {

    private static final String[] TRACK_INTS = {"Track", "Parent", "Generation", "First Frame", "First Cell",
        "Last Frame", "Last Cell", "Frames"};

    private static final String[] FRAME_INTS = {"Frame", "Cells", "Divisions", "Births", "Appeared", "Vanished"};

    private static final String[] SUMMARY_INTS = {"Tracks", "Divisions", "Complete Cycles", "Born Still Present",
        "Appeared", "Vanished"};

    private static final String[] SUMMARY_TIMES = {"Median Cycle", "Cycle Q1", "Cycle Q3", "Mean Cycle",
        "Doubling Time"};

    private CycleTables() {
    }

    /** Spec of the track table. */
    public static DataTableSpec trackSpec() {
        DataTableSpecBuilder b = new DataTableSpecBuilder();
        b.add(TRACK_INTS, IntCell.TYPE);
        b.add(new String[]{"Beginning", "Ending"}, StringCell.TYPE);
        b.add(new String[]{"Cycle Frames"}, IntCell.TYPE);
        b.add(new String[]{"Cycle Hours"}, DoubleCell.TYPE);
        return b.build();
    }

    /** Spec of the frame table. */
    public static DataTableSpec frameSpec() {
        DataTableSpecBuilder b = new DataTableSpecBuilder();
        b.add(FRAME_INTS, IntCell.TYPE);
        return b.build();
    }

    /** Spec of the summary table: counts, then each time in frames and in hours. */
    public static DataTableSpec summarySpec() {
        DataTableSpecBuilder b = new DataTableSpecBuilder();
        b.add(SUMMARY_INTS, IntCell.TYPE);
        for (String time : SUMMARY_TIMES) {
            b.add(new String[]{time + " (frames)", time + " (hours)"}, DoubleCell.TYPE);
        }
        return b.build();
    }

    /** One row per track, row ids {@code t<track>}; cycle columns missing where the cycle is not complete. */
    public static BufferedDataTable tracks(final CellCycles cycles, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(trackSpec());
        for (TrackCycle t : cycles.tracks()) {
            CellRef first = t.track().cells().get(0);
            CellRef last = t.track().cells().get(t.track().cells().size() - 1);
            out.addRowToTable(new DefaultRow(new RowKey("t" + t.track().id()), new IntCell(t.track().id()),
                new IntCell(t.track().parent()), new IntCell(t.generation()), new IntCell(first.frame()),
                new IntCell(first.id()), new IntCell(last.frame()), new IntCell(last.id()), new IntCell(t.frames()),
                new StringCell(t.beginning().label()), new StringCell(t.ending().label()),
                t.complete() ? new IntCell(t.frames()) : DataType.getMissingCell(),
                orMissing(cycles.cycleHours(t))));
        }
        out.close();
        return out.getTable();
    }

    /** One row per frame, row ids {@code f<frame>}. */
    public static BufferedDataTable frames(final CellCycles cycles, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(frameSpec());
        for (FrameCounts f : cycles.frames()) {
            out.addRowToTable(new DefaultRow(new RowKey("f" + f.frame()), new IntCell(f.frame()), new IntCell(f.cells()),
                new IntCell(f.divisions()), new IntCell(f.births()), new IntCell(f.appeared()),
                new IntCell(f.vanished())));
        }
        out.close();
        return out.getTable();
    }

    /** The summary row, row id {@code label}; a time the engine does not know is missing. */
    public static BufferedDataTable summary(final CellCycles cycles, final String label, final ExecutionContext exec) {
        CycleSummary s = cycles.summary();
        CycleSettings settings = cycles.settings();
        double[] times = s.times();
        int[] counts = s.counts();
        DataCell[] cells = new DataCell[counts.length + 2 * times.length];
        for (int i = 0; i < counts.length; i++) {
            cells[i] = new IntCell(counts[i]);
        }
        for (int i = 0; i < times.length; i++) {
            cells[counts.length + 2 * i] = orMissing(times[i]);
            cells[counts.length + 2 * i + 1] = orMissing(settings.hours(times[i]));
        }
        BufferedDataContainer out = exec.createDataContainer(summarySpec());
        out.addRowToTable(new DefaultRow(new RowKey(label), cells));
        out.close();
        return out.getTable();
    }

    private static DataCell orMissing(final double value) {
        return Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
    }

    /** Columns in order, several names of one type at a time. */
    private static final class DataTableSpecBuilder {

        private final List<DataColumnSpec> m_columns = new ArrayList<>();

        void add(final String[] names, final DataType type) {
            for (String name : names) {
                m_columns.add(new DataColumnSpecCreator(name, type).createSpec());
            }
        }

        DataTableSpec build() {
            return new DataTableSpec(m_columns.toArray(DataColumnSpec[]::new));
        }
    }
}
