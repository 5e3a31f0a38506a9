package org.mitosis.nodes.graph;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Cell Graph Builder node.
 * The node description is {@code CellGraphBuilderNodeFactory.xml} beside this class.
 */
public final class CellGraphBuilderNodeFactory extends NodeFactory<CellGraphBuilderNodeModel> {

    @Override
    public CellGraphBuilderNodeModel createNodeModel() {
        return new CellGraphBuilderNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<CellGraphBuilderNodeModel> createNodeView(final int viewIndex,
        final CellGraphBuilderNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Cell Graph Builder node has no views, asked for " + viewIndex);
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
