package org.mitosis.nodes.gallery;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Division Gallery node.
 * The node description is {@code DivisionGalleryNodeFactory.xml} beside this class.
 */
public final class DivisionGalleryNodeFactory extends ViewlessFactory<DivisionGalleryNodeModel> {

    @Override
    public DivisionGalleryNodeModel createNodeModel() {
        return new DivisionGalleryNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new DivisionGalleryNodeDialog();
    }
}
