package org.mitosis.nodes.qp;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the QP Correspondence node.
 * The node description is {@code QpCorrespondenceNodeFactory.xml} beside this class.
 */
public final class QpCorrespondenceNodeFactory extends NodeFactory<QpCorrespondenceNodeModel> {

    @Override
    public QpCorrespondenceNodeModel createNodeModel() {
        return new QpCorrespondenceNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<QpCorrespondenceNodeModel> createNodeView(final int viewIndex,
        final QpCorrespondenceNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The QP Correspondence node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return false;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return null;
    }
}
