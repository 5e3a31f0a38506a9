package org.mitosis.nodes.scorer;

import java.util.Collections;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.mitosis.core.eval.CycleScores;
import org.mitosis.core.eval.DivisionBootstrap;
import org.mitosis.core.eval.DivisionScores;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.FramePairScore;
import org.mitosis.core.eval.LinkScores;

/**
 * The engine's {@link EvaluationReport} as two KNIME tables: one summary row (with the division F1's 95 %
 * bootstrap interval and the complete cell cycles given back), and one row per frame pair. The figures are the report's; this class only lays them out.
 */
final class ReportTables {

    private static final String[] COUNTS = {"Division TP", "Division FP", "Division FN"};

    private static final String[] RATIOS = {"Division Precision", "Division Recall", "Division F1",
        "Division F1 CI low", "Division F1 CI high", "MBC", "Strict F1", "Link Precision", "Link Recall", "Link F1"};

    private static final String[] CYCLE_COUNTS = {"Cycle TP", "Cycle FP", "Cycle FN"};

    private ReportTables() {
    }

    static DataTableSpec summarySpec() {
        DataTableSpec counts = spec(COUNTS, IntCell.TYPE);
        DataTableSpec ratios = spec(RATIOS, DoubleCell.TYPE);
        DataTableSpec sizes = new DataTableSpec(new DataColumnSpecCreator("Frames", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Cells", IntCell.TYPE).createSpec());
        DataTableSpec cycles = new DataTableSpec(spec(CYCLE_COUNTS, IntCell.TYPE),
            new DataTableSpec(new DataColumnSpecCreator("Cycle F1", DoubleCell.TYPE).createSpec()));
        return new DataTableSpec(new DataTableSpec(new DataTableSpec(counts, ratios), sizes), cycles);
    }

    private static DataTableSpec spec(final String[] names, final DataType type) {
        return new DataTableSpec(names, Collections.nCopies(names.length, type).toArray(DataType[]::new));
    }

    static DataTableSpec framePairSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("Frame", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Correspondence F1", DoubleCell.TYPE).createSpec());
    }

    static BufferedDataTable summary(final EvaluationReport report, final String label, final ExecutionContext exec) {
        DivisionScores d = report.division();
        LinkScores l = report.link();
        DivisionBootstrap.Interval ci = report.divisionF1Interval();
        CycleScores c = report.cycles();
        BufferedDataContainer out = exec.createDataContainer(summarySpec());
        out.addRowToTable(new DefaultRow(new RowKey(label), new IntCell(d.tp()), new IntCell(d.fp()),
            new IntCell(d.fn()), new DoubleCell(d.precision()), new DoubleCell(d.recall()), new DoubleCell(d.f1()),
            orMissing(ci.low()), orMissing(ci.high()), new DoubleCell(d.mbc()), new DoubleCell(d.strictF1()),
            new DoubleCell(l.precision()), new DoubleCell(l.recall()), new DoubleCell(l.f1()),
            new IntCell(report.frames()), new IntCell(report.cells()), new IntCell(c.tp()), new IntCell(c.fp()),
            new IntCell(c.fn()), new DoubleCell(c.f1())));
        out.close();
        return out.getTable();
    }

    /** A missing cell where the engine gives no interval (too few frames), else the value. */
    private static DataCell orMissing(final double value) {
        return Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
    }

    static BufferedDataTable framePairs(final EvaluationReport report, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(framePairSpec());
        for (FramePairScore p : report.correspondence()) {
            out.addRowToTable(new DefaultRow(new RowKey("f" + p.frame()), new IntCell(p.frame()),
                new DoubleCell(p.f1())));
        }
        out.close();
        return out.getTable();
    }
}
