package org.mitosis.nodes.lap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.core.ops.TrainOperation;
import org.mitosis.core.train.TrackingModel;
import org.mitosis.core.ops.TrainSettings;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.TrackingModelPortObject;
import org.mitosis.nodes.port.TrackingModelPortSpec;
import org.mitosis.nodes.table.CellTables;

/**
 * The LAP baseline: fits its costs with {@link TrainOperation} (method "lap") and tracks with
 * {@link TrackOperation}. No settings of its own.
 */
final class LapTrackerNodeModel extends EngineNodeModel {

    private static final String METHOD = "lap";

    LapTrackerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, TrackingModelPortObject.TYPE});
    }

    private static TrackingModelPortSpec spec() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("method", METHOD);
        return new TrackingModelPortSpec(facts);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        CellTables.checkCellSpec((DataTableSpec)inSpecs[1]);
        return new PortObjectSpec[]{null, spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        List<Lineage> training = CellTables.readLineages((BufferedDataTable)inObjects[0]);
        CellSequence cells = CellTables.readCells((BufferedDataTable)inObjects[1]);
        // LAP training is deterministic; the seed is only recorded in the model.
        TrainSettings lap = new TrainSettings(METHOD, TrainSettings.defaults().seed());
        KnimeProgress progress = new KnimeProgress(exec);
        TrackingModel model = EngineCall.run(() -> new TrainOperation(lap).run(training, progress.sub(0, 0.3)));
        Lineage result = EngineCall.run(() -> new TrackOperation(model).run(cells, progress.sub(0.3, 0.7)));
        return new PortObject[]{CellTables.writeLineage(result, exec), new TrackingModelPortObject(model, spec())};
    }
}
