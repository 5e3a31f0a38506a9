package org.mitosis.nodes.cycles;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cycles.CellCycles;
import org.mitosis.core.cycles.CycleSettings;
import org.mitosis.core.ops.CellCycleOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.CycleTables;

/**
 * Measures a lineage's cell cycles through {@link CellCycleOperation}; {@link CycleTables} lays them out as a track
 * table, a frame table and a summary row.
 */
final class CellCyclesNodeModel extends EngineNodeModel {

    /** Settings key: Name of the measured lineage; the row id of the summary row. */
    static final String CFG_LABEL = "label";
    /** Settings key: Minutes between frames, for times in hours; 0 where not known. */
    static final String CFG_FRAME_INTERVAL = "frame_interval";

    static SettingsModelString createLabelModel() {
        return new SettingsModelString(CFG_LABEL, "lineage");
    }

    static SettingsModelDoubleBounded createFrameIntervalModel() {
        return new SettingsModelDoubleBounded(CFG_FRAME_INTERVAL, 0, 0, 1e6);
    }

    private final SettingsModelString m_label = createLabelModel();

    private final SettingsModelDoubleBounded m_frameInterval = createFrameIntervalModel();

    CellCyclesNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE});
        register(m_label, m_frameInterval);
    }

    private CycleSettings settings() {
        return new CycleSettings(m_frameInterval.getDoubleValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        if (m_label.getStringValue().isBlank()) {
            throw new InvalidSettingsException("The label must not be empty");
        }
        checkValid(settings()::validate);
        return new PortObjectSpec[]{CycleTables.trackSpec(), CycleTables.frameSpec(), CycleTables.summarySpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Lineage lineage = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        exec.setMessage("Measuring the cell cycles of " + lineage.cells().size() + " cells");
        CellCycles cycles = EngineCall.run(() -> new CellCycleOperation(settings()).run(lineage));
        return new PortObject[]{CycleTables.tracks(cycles, exec), CycleTables.frames(cycles, exec),
            CycleTables.summary(cycles, m_label.getStringValue(), exec)};
    }
}
