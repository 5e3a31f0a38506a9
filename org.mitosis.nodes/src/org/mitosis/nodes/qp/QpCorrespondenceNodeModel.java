package org.mitosis.nodes.qp;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.link.LongGapCloser;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.core.ops.TrackSettings;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.TrackingModelPortObject;
import org.mitosis.nodes.port.TrackingModelPortSpec;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.DivisionTables;

/**
 * Links the cells of a cell table with a trained GNN model and the QP layer through {@link TrackOperation}; the
 * model builds the cell graphs and candidate links itself. Its settings adapt the model's distances to a movie at
 * another magnification (the cell scale) and to a drifting field of view (drift correction). A GNN reads each cell's features besides its position, so the
 * cells must carry as many features as the training cells did; a model trained on positions only ignores the
 * input's features.
 */
final class QpCorrespondenceNodeModel extends EngineNodeModel {

    /** Settings key: How many times larger cells (and their steps) appear than in the model's training movies. */
    static final String CFG_CELL_SCALE = "cell_scale";

    static SettingsModelDoubleBounded createCellScaleModel() {
        return new SettingsModelDoubleBounded(CFG_CELL_SCALE, 1, 0.05, 20);
    }

    /** Settings key: Whether the field of view's drift between frames is taken off the positions linked. */
    static final String CFG_CORRECT_DRIFT = "correct_drift";

    static SettingsModelBoolean createCorrectDriftModel() {
        return new SettingsModelBoolean(CFG_CORRECT_DRIFT, false);
    }

    /** Settings key: Most frames in a row a cell may be missed and its track still go on. */
    static final String CFG_MAX_MISSED = "max_missed";

    static SettingsModelIntegerBounded createMaxMissedModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_MISSED, TrackSettings.DEFAULTS.maxMissedFrames(), 1,
            LongGapCloser.MAX_MISSED);
    }

    private final SettingsModelDoubleBounded m_cellScale = createCellScaleModel();

    private final SettingsModelBoolean m_correctDrift = createCorrectDriftModel();

    private final SettingsModelIntegerBounded m_maxMissed = createMaxMissedModel();

    QpCorrespondenceNodeModel() {
        super(new PortType[]{TrackingModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
        // Workflows saved before the cell scale existed (the node had no settings) read it as 1: the cells as given.
        registerAddedLater(CFG_CELL_SCALE, m_cellScale);
        // Workflows saved before drift correction existed read it as off: the positions as given, as then.
        registerAddedLater(CFG_CORRECT_DRIFT, m_correctDrift);
        // Workflows saved before longer gaps were closed read 1: the model's own one-frame gap closing, as then.
        SettingsModelIntegerBounded oneFrame = createMaxMissedModel();
        oneFrame.setIntValue(1);
        registerAddedLaterAs(CFG_MAX_MISSED, m_maxMissed, oneFrame);
    }

    private TrackSettings trackSettings() {
        return new TrackSettings(m_correctDrift.getBooleanValue(), m_maxMissed.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        TrackingModelPortSpec model = (TrackingModelPortSpec)inSpecs[0];
        if ("lap".equals(model.fact("method"))) {
            throw new InvalidSettingsException("This is a LAP model; the QP layer needs a GNN model (GNN-DOL Learner)");
        }
        DataTableSpec cells = (DataTableSpec)inSpecs[1];
        CellTables.checkCellSpec(cells);
        int given = CellTables.featureCount(cells);
        int trained = model.cellFeatures();
        if (trained > 0 && given != trained) {
            throw new InvalidSettingsException("The model was trained on cells with " + trained
                + " feature columns; the input has " + given);
        }
        if (trained == 0 && given > 0) {
            setWarningMessage("The model was trained on cell positions only; the input's " + given
                + " feature columns are ignored");
        }
        // The engine renumbers the cells and keeps their features.
        return new PortObjectSpec[]{CellTables.lineageSpec(trained == 0 ? 0 : given), DivisionTables.spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        TrackingModelPortObject model = (TrackingModelPortObject)inObjects[0];
        // A model trained on positions only drops the input's features itself.
        CellSequence cells = CellTables.readCells((BufferedDataTable)inObjects[1]);
        Lineage result = EngineCall.run(() -> new TrackOperation(model.content(), m_cellScale.getDoubleValue(), trackSettings())
            .run(cells, new KnimeProgress(exec)));
        return new PortObject[]{CellTables.writeLineage(result, exec), DivisionTables.write(result, exec)};
    }
}
