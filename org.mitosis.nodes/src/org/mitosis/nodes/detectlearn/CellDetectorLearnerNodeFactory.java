package org.mitosis.nodes.detectlearn;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Cell Detector Learner node.
 * The node description is {@code CellDetectorLearnerNodeFactory.xml} beside this class.
 */
public final class CellDetectorLearnerNodeFactory extends ViewlessFactory<CellDetectorLearnerNodeModel> {

    @Override
    public CellDetectorLearnerNodeModel createNodeModel() {
        return new CellDetectorLearnerNodeModel();
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
