package org.mitosis.nodes.detect;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Cell Detector node.
 * The node description is {@code CellDetectorNodeFactory.xml} beside this class.
 */
public final class CellDetectorNodeFactory extends NodeFactory<CellDetectorNodeModel> {

    @Override
    public CellDetectorNodeModel createNodeModel() {
        return new CellDetectorNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<CellDetectorNodeModel> createNodeView(final int viewIndex,
        final CellDetectorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Cell Detector node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new CellDetectorNodeDialog();
    }
}
