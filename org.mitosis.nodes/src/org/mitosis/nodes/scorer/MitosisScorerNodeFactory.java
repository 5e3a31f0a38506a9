package org.mitosis.nodes.scorer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Mitosis Scorer node.
 * The node description is {@code MitosisScorerNodeFactory.xml} beside this class.
 */
public final class MitosisScorerNodeFactory extends NodeFactory<MitosisScorerNodeModel> {

    @Override
    public MitosisScorerNodeModel createNodeModel() {
        return new MitosisScorerNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<MitosisScorerNodeModel> createNodeView(final int viewIndex,
        final MitosisScorerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Mitosis Scorer node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new MitosisScorerNodeDialog();
    }
}
