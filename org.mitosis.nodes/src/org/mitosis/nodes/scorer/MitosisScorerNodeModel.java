package org.mitosis.nodes.scorer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.knime.core.data.DataTableSpec;
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
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;

/**
 * Scores a result lineage against the truth through {@link EvaluateOperation}; {@link ReportTables} lays the
 * report out as tables.
 */
final class MitosisScorerNodeModel extends EngineNodeModel {

    /**
     * Settings key: Name of the scored method; the row id of the summary row, so several scorers' rows can be
     * concatenated.
     */
    static final String CFG_LABEL = "label";
    /** Settings key: Largest distance at which a result cell matches a true cell. */
    static final String CFG_CELL_RADIUS = "cell_radius";
    /** Settings key: Largest distance at which a result division matches a true division. */
    static final String CFG_DIVISION_RADIUS = "division_radius";
    /** Settings key: Largest difference in frames at which a result division matches a true division. */
    static final String CFG_FRAME_TOLERANCE = "frame_tolerance";
    /** Settings key: Optional file to write the full report to as JSON; empty writes none. */
    static final String CFG_REPORT_FILE = "report_file";

    static SettingsModelString createLabelModel() {
        return new SettingsModelString(CFG_LABEL, "result");
    }

    static SettingsModelDoubleBounded createCellRadiusModel() {
        return new SettingsModelDoubleBounded(CFG_CELL_RADIUS, 10, 0, 100000);
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

    private final SettingsModelDoubleBounded m_cellRadius = createCellRadiusModel();

    private final SettingsModelDoubleBounded m_divisionRadius = createDivisionRadiusModel();

    private final SettingsModelIntegerBounded m_frameTolerance = createFrameToleranceModel();

    private final SettingsModelString m_reportFile = createReportFileModel();

    MitosisScorerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
        register(m_label, m_cellRadius, m_divisionRadius, m_frameTolerance, m_reportFile);
    }

    private EvaluationSettings settings() {
        return new EvaluationSettings(m_cellRadius.getDoubleValue(), m_divisionRadius.getDoubleValue(),
            m_frameTolerance.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[1]);
        if (m_label.getStringValue().isBlank()) {
            throw new InvalidSettingsException("The label must not be empty");
        }
        checkValid(settings()::validate);
        return new PortObjectSpec[]{ReportTables.summarySpec(), ReportTables.framePairSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Lineage truth = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        Lineage result = CellTables.readLineage((BufferedDataTable)inObjects[1]);
        exec.setMessage("Scoring " + result.cells().size() + " cells against " + truth.cells().size());
        EvaluationReport report = EngineCall.run(() -> new EvaluateOperation(settings()).run(truth, result));
        if (!m_reportFile.getStringValue().isBlank()) {
            Files.writeString(LocalPaths.resolve(m_reportFile.getStringValue(), "Report file"), report.toJson(), StandardCharsets.UTF_8);
        }
        return new PortObject[]{ReportTables.summary(report, m_label.getStringValue(), exec),
            ReportTables.framePairs(report, exec)};
    }
}
