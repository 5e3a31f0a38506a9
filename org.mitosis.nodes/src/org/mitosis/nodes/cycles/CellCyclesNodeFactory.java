package org.mitosis.nodes.cycles;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Cell Cycles node.
 * The node description is {@code CellCyclesNodeFactory.xml} beside this class.
 */
public final class CellCyclesNodeFactory extends ViewlessFactory<CellCyclesNodeModel> {

    @Override
    public CellCyclesNodeModel createNodeModel() {
        return new CellCyclesNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new CellCyclesNodeDialog();
    }
}
