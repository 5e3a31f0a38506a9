package org.mitosis.nodes.view;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Lineage View node.
 * The node description is {@code LineageViewNodeFactory.xml} beside this class.
 */
public final class LineageViewNodeFactory extends ViewlessFactory<LineageViewNodeModel> {

    @Override
    public LineageViewNodeModel createNodeModel() {
        return new LineageViewNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new LineageViewNodeDialog();
    }
}
