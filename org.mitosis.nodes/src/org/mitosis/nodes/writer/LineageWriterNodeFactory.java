package org.mitosis.nodes.writer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Lineage Writer node.
 * The node description is {@code LineageWriterNodeFactory.xml} beside this class.
 */
public final class LineageWriterNodeFactory extends NodeFactory<LineageWriterNodeModel> {

    @Override
    public LineageWriterNodeModel createNodeModel() {
        return new LineageWriterNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<LineageWriterNodeModel> createNodeView(final int viewIndex,
        final LineageWriterNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Lineage Writer node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new LineageWriterNodeDialog();
    }
}
