package org.mitosis.nodes.qp;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.CellGraphsPortObject;
import org.mitosis.nodes.port.TrackingModelPortObject;
import org.mitosis.nodes.port.TrackingModelPortSpec;
import org.mitosis.nodes.table.CellTables;

/**
 * Links cells with a trained GNN and the QP layer through {@link TrackOperation}. No settings of its own.
 */
final class QpCorrespondenceNodeModel extends EngineNodeModel {

    QpCorrespondenceNodeModel() {
        super(new PortType[]{TrackingModelPortObject.TYPE, CellGraphsPortObject.TYPE},
            new PortType[]{BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        String method = ((TrackingModelPortSpec)inSpecs[0]).fact("method");
        if ("lap".equals(method)) {
            throw new InvalidSettingsException("This is a LAP model; the QP layer needs a GNN model (GNN-DOL Learner)");
        }
        // Feature columns follow the cells inside the graphs, known at execution.
        return new PortObjectSpec[]{null};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        TrackingModelPortObject model = (TrackingModelPortObject)inObjects[0];
        CellGraphsPortObject graphs = (CellGraphsPortObject)inObjects[1];
        Lineage result = EngineCall.run(() -> new TrackOperation(model.content()).run(graphs.content(),
            new KnimeProgress(exec)));
        return new PortObject[]{CellTables.writeLineage(result, exec)};
    }
}
