package org.mitosis.nodes.synth;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Synthetic Time-Lapse node.
 * The node description is {@code SyntheticTimeLapseNodeFactory.xml} beside this class.
 */
public final class SyntheticTimeLapseNodeFactory extends NodeFactory<SyntheticTimeLapseNodeModel> {

    @Override
    public SyntheticTimeLapseNodeModel createNodeModel() {
        return new SyntheticTimeLapseNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<SyntheticTimeLapseNodeModel> createNodeView(final int viewIndex,
        final SyntheticTimeLapseNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Synthetic Time-Lapse node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new SyntheticTimeLapseNodeDialog();
    }
}
