package org.mitosis.nodes.lap;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the LAP Tracker node.
 * The node description is {@code LapTrackerNodeFactory.xml} beside this class.
 */
public final class LapTrackerNodeFactory extends NodeFactory<LapTrackerNodeModel> {

    @Override
    public LapTrackerNodeModel createNodeModel() {
        return new LapTrackerNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<LapTrackerNodeModel> createNodeView(final int viewIndex,
        final LapTrackerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The LAP Tracker node has no views, asked for " + viewIndex);
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
