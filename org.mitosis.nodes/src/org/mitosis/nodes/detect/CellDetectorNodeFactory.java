package org.mitosis.nodes.detect;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Cell Detector node.
 * The node description is {@code CellDetectorNodeFactory.xml} beside this class.
 */
public final class CellDetectorNodeFactory extends ViewlessFactory<CellDetectorNodeModel> {

    @Override
    public CellDetectorNodeModel createNodeModel() {
        return new CellDetectorNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new CellDetectorNodeDialog();
    }
}
