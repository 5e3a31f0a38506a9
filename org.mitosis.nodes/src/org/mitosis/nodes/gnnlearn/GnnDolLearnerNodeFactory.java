package org.mitosis.nodes.gnnlearn;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the GNN-DOL Learner node.
 * The node description is {@code GnnDolLearnerNodeFactory.xml} beside this class.
 */
public final class GnnDolLearnerNodeFactory extends ViewlessFactory<GnnDolLearnerNodeModel> {

    @Override
    public GnnDolLearnerNodeModel createNodeModel() {
        return new GnnDolLearnerNodeModel();
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
