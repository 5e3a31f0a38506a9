package org.mitosis.nodes.scorer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationReport;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.ops.EvaluateOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;

/**
 * Scores a result lineage against the truth through {@link EvaluateOperation}; the tables are the report's own
 * figures, one column per metric, named as the report names them.
 */
final class MitosisScorerNodeModel extends EngineNodeModel {

    /** Settings key: Name of the scored method; the row id of the summary row, so several scorers' rows can be concatenated. */
    static final String CFG_LABEL = "label";
    /** Settings key: Largest distance at which a result cell matches a true cell. */
    static final String CFG_MATCH_RADIUS = "match_radius";
    /** Settings key: Largest distance at which a result division matches a true division. */
    static final String CFG_DIVISION_RADIUS = "division_radius";
    /** Settings key: Largest difference in frames at which a result division matches a true division. */
    static final String CFG_FRAME_TOLERANCE = "frame_tolerance";
    /** Settings key: Optional file to write the full report to as JSON; empty writes none. */
    static final String CFG_REPORT_FILE = "report_file";

    static SettingsModelString createLabelModel() {
        return new SettingsModelString(CFG_LABEL, "result");
    }

    static SettingsModelDoubleBounded createMatchRadiusModel() {
        return new SettingsModelDoubleBounded(CFG_MATCH_RADIUS, 10, 0, 100000);
    }

    static SettingsModelDoubleBounded createDivisionRadiusModel() {
        return new SettingsModelDoubleBounded(CFG_DIVISION_RADIUS, 15, 0, 100000);
    }

    static SettingsModelIntegerBounded createFrameToleranceModel() {
        return new SettingsModelIntegerBounded(CFG_FRAME_TOLERANCE, 1, 0, 1000);
    }

    static SettingsModelString createReportFileModel() {
        return new SettingsModelString(CFG_REPORT_FILE, "");
    }
    private final SettingsModelString m_label = createLabelModel();

    private final SettingsModelDoubleBounded m_matchRadius = createMatchRadiusModel();

    private final SettingsModelDoubleBounded m_divisionRadius = createDivisionRadiusModel();

    private final SettingsModelIntegerBounded m_frameTolerance = createFrameToleranceModel();

    private final SettingsModelString m_reportFile = createReportFileModel();

    MitosisScorerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
        register(m_label, m_matchRadius, m_divisionRadius, m_frameTolerance, m_reportFile);
    }

    private EvaluationSettings settings() {
        return new EvaluationSettings(m_matchRadius.getDoubleValue(), m_divisionRadius.getDoubleValue(),
            m_frameTolerance.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[1]);
        if (m_label.getStringValue().isBlank()) {
            throw new InvalidSettingsException("The label must not be empty");
        }
        check(settings().problems());
        // The summary's columns are the report's metrics, named by the engine.
        return new PortObjectSpec[]{null, framePairSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Lineage truth = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        Lineage result = CellTables.readLineage((BufferedDataTable)inObjects[1]);
        EvaluationReport report = EngineCall.run(() -> new EvaluateOperation(settings()).run(truth, result));
        if (!m_reportFile.getStringValue().isBlank()) {
            Files.writeString(Path.of(m_reportFile.getStringValue()), report.toJson(), StandardCharsets.UTF_8);
        }
        return new PortObject[]{summary(report.metrics(), exec), framePairs(report.framePairF1(), exec)};
    }

    private BufferedDataTable summary(final Map<String, Double> metrics, final ExecutionContext exec) {
        List<DataColumnSpec> cols = new ArrayList<>();
        List<DataCell> cells = new ArrayList<>();
        for (Map.Entry<String, Double> m : metrics.entrySet()) {
            cols.add(new DataColumnSpecCreator(m.getKey(), DoubleCell.TYPE).createSpec());
            cells.add(new DoubleCell(m.getValue()));
        }
        BufferedDataContainer out = exec.createDataContainer(new DataTableSpec(cols.toArray(DataColumnSpec[]::new)));
        out.addRowToTable(new DefaultRow(new RowKey(m_label.getStringValue()), cells));
        out.close();
        return out.getTable();
    }

    private static DataTableSpec framePairSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("Frame", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Correspondence F1", DoubleCell.TYPE).createSpec());
    }

    private static BufferedDataTable framePairs(final Map<Integer, Double> f1, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(framePairSpec());
        for (Map.Entry<Integer, Double> e : f1.entrySet()) {
            out.addRowToTable(new DefaultRow(new RowKey("f" + e.getKey()), new IntCell(e.getKey()),
                new DoubleCell(e.getValue())));
        }
        out.close();
        return out.getTable();
    }
}
