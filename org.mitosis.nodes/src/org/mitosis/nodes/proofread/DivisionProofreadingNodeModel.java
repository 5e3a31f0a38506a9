package org.mitosis.nodes.proofread;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.ProofreadOperation;
import org.mitosis.core.proofread.DivisionVerdict;
import org.mitosis.core.proofread.ReviewedLineage;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.VerdictTables;

/**
 * Applies a verdict table to a lineage through {@link ProofreadOperation}: the corrected lineage, and a review table
 * saying what became of each division.
 */
final class DivisionProofreadingNodeModel extends EngineNodeModel {

    DivisionProofreadingNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec lineage = (DataTableSpec)inSpecs[0];
        CellTables.checkLineageSpec(lineage);
        VerdictTables.checkSpec((DataTableSpec)inSpecs[1]);
        return new PortObjectSpec[]{CellTables.lineageSpec(CellTables.featureCount(lineage)),
            VerdictTables.reviewSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Lineage lineage = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        List<DivisionVerdict> verdicts = VerdictTables.read((BufferedDataTable)inObjects[1], lineage);
        exec.setMessage("Applying " + verdicts.size() + " verdicts to " + lineage.divisions().size() + " divisions");
        ReviewedLineage reviewed = EngineCall.run(() -> new ProofreadOperation().run(lineage, verdicts));
        if (!reviewed.unreviewed().isEmpty()) {
            setWarningMessage(reviewed.unreviewed().size() + " of the lineage's divisions have no verdict and were kept");
        }
        return new PortObject[]{CellTables.writeLineage(reviewed.lineage(), exec), VerdictTables.review(reviewed, exec)};
    }
}
