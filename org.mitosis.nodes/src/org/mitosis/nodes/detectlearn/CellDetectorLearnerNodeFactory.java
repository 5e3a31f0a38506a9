package org.mitosis.nodes.detectlearn;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the Cell Detector Learner node.
 * The node description is {@code CellDetectorLearnerNodeFactory.xml} beside this class.
 */
public final class CellDetectorLearnerNodeFactory extends NodeFactory<CellDetectorLearnerNodeModel> {

    @Override
    public CellDetectorLearnerNodeModel createNodeModel() {
        return new CellDetectorLearnerNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing views for removal; the node has none.
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    @SuppressWarnings("removal")
    public NodeView<CellDetectorLearnerNodeModel> createNodeView(final int viewIndex,
        final CellDetectorLearnerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Cell Detector Learner node has no views, asked for " + viewIndex);
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new CellDetectorLearnerNodeDialog();
    }
}
