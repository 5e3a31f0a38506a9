package org.mitosis.nodes.graph;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Cell Graph Builder node.
 * The node description is {@code CellGraphBuilderNodeFactory.xml} beside this class.
 */
public final class CellGraphBuilderNodeFactory extends ViewlessFactory<CellGraphBuilderNodeModel> {

    @Override
    public CellGraphBuilderNodeModel createNodeModel() {
        return new CellGraphBuilderNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new CellGraphBuilderNodeDialog();
    }
}
