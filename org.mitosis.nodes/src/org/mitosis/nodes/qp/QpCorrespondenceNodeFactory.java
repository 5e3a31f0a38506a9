package org.mitosis.nodes.qp;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the QP Correspondence node.
 * The node description is {@code QpCorrespondenceNodeFactory.xml} beside this class.
 */
public final class QpCorrespondenceNodeFactory extends ViewlessFactory<QpCorrespondenceNodeModel> {

    @Override
    public QpCorrespondenceNodeModel createNodeModel() {
        return new QpCorrespondenceNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new QpCorrespondenceNodeDialog();
    }
}
