package org.mitosis.nodes.view;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Lineage View node.
 * The node description is {@code LineageViewNodeFactory.xml} beside this class.
 */
public final class LineageViewNodeFactory extends NodeFactory<LineageViewNodeModel> {

    @Override
    public LineageViewNodeModel createNodeModel() {
        return new LineageViewNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<LineageViewNodeModel> createNodeView(final int viewIndex,
        final LineageViewNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Lineage View node has no views, asked for " + viewIndex);
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
