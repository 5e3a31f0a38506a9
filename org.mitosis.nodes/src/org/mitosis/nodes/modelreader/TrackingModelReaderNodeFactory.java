package org.mitosis.nodes.modelreader;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Tracking Model Reader node.
 * The node description is {@code TrackingModelReaderNodeFactory.xml} beside this class.
 */
public final class TrackingModelReaderNodeFactory extends ViewlessFactory<TrackingModelReaderNodeModel> {

    @Override
    public TrackingModelReaderNodeModel createNodeModel() {
        return new TrackingModelReaderNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new TrackingModelReaderNodeDialog();
    }
}
