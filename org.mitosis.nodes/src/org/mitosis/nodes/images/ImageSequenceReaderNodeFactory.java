package org.mitosis.nodes.images;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Image Sequence Reader node.
 * The node description is {@code ImageSequenceReaderNodeFactory.xml} beside this class.
 */
public final class ImageSequenceReaderNodeFactory extends ViewlessFactory<ImageSequenceReaderNodeModel> {

    @Override
    public ImageSequenceReaderNodeModel createNodeModel() {
        return new ImageSequenceReaderNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new ImageSequenceReaderNodeDialog();
    }
}
