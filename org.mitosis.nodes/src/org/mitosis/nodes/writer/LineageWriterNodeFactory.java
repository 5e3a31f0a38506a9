package org.mitosis.nodes.writer;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Lineage Writer node.
 * The node description is {@code LineageWriterNodeFactory.xml} beside this class.
 */
public final class LineageWriterNodeFactory extends ViewlessFactory<LineageWriterNodeModel> {

    @Override
    public LineageWriterNodeModel createNodeModel() {
        return new LineageWriterNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new LineageWriterNodeDialog();
    }
}
