package org.mitosis.nodes.qp;

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
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.TrackingModelPortObject;
import org.mitosis.nodes.port.TrackingModelPortSpec;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.DivisionTables;

/**
 * Links the cells of a cell table with a trained GNN model and the QP layer through {@link TrackOperation}; the
 * model builds the cell graphs and candidate links itself. No settings of its own.
 */
final class QpCorrespondenceNodeModel extends EngineNodeModel {

    QpCorrespondenceNodeModel() {
        super(new PortType[]{TrackingModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        String method = ((TrackingModelPortSpec)inSpecs[0]).fact("method");
        if ("lap".equals(method)) {
            throw new InvalidSettingsException("This is a LAP model; the QP layer needs a GNN model (GNN-DOL Learner)");
        }
        CellTables.checkCellSpec((DataTableSpec)inSpecs[1]);
        // The engine renumbers the cells; the feature columns follow the input's.
        return new PortObjectSpec[]{CellTables.lineageSpec(CellTables.featureCount((DataTableSpec)inSpecs[1])),
            DivisionTables.spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        TrackingModelPortObject model = (TrackingModelPortObject)inObjects[0];
        CellSequence cells = CellTables.readCells((BufferedDataTable)inObjects[1]);
        Lineage result = EngineCall.run(() -> new TrackOperation(model.content()).run(cells, new KnimeProgress(exec)));
        return new PortObject[]{CellTables.writeLineage(result, exec), DivisionTables.write(result, exec)};
    }
}
