package org.mitosis.nodes.modelreader;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Detector Model Reader node.
 * The node description is {@code DetectorModelReaderNodeFactory.xml} beside this class.
 */
public final class DetectorModelReaderNodeFactory extends ViewlessFactory<DetectorModelReaderNodeModel> {

    @Override
    public DetectorModelReaderNodeModel createNodeModel() {
        return new DetectorModelReaderNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new DetectorModelReaderNodeDialog();
    }
}
