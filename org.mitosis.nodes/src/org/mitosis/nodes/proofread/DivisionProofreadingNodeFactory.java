package org.mitosis.nodes.proofread;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Division Proofreading node.
 * The node description is {@code DivisionProofreadingNodeFactory.xml} beside this class.
 */
public final class DivisionProofreadingNodeFactory extends ViewlessFactory<DivisionProofreadingNodeModel> {

    @Override
    public DivisionProofreadingNodeModel createNodeModel() {
        return new DivisionProofreadingNodeModel();
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
