package org.mitosis.nodes.gnnlearn;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the GNN-DOL Learner node.
 * The node description is {@code GnnDolLearnerNodeFactory.xml} beside this class.
 */
public final class GnnDolLearnerNodeFactory extends NodeFactory<GnnDolLearnerNodeModel> {

    @Override
    public GnnDolLearnerNodeModel createNodeModel() {
        return new GnnDolLearnerNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<GnnDolLearnerNodeModel> createNodeView(final int viewIndex,
        final GnnDolLearnerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The GNN-DOL Learner node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new GnnDolLearnerNodeDialog();
    }
}
