package org.mitosis.nodes.reader;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Cell Sequence Reader node.
 * The node description is {@code CellSequenceReaderNodeFactory.xml} beside this class.
 */
public final class CellSequenceReaderNodeFactory extends NodeFactory<CellSequenceReaderNodeModel> {

    @Override
    public CellSequenceReaderNodeModel createNodeModel() {
        return new CellSequenceReaderNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<CellSequenceReaderNodeModel> createNodeView(final int viewIndex,
        final CellSequenceReaderNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Cell Sequence Reader node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new CellSequenceReaderNodeDialog();
    }
}
