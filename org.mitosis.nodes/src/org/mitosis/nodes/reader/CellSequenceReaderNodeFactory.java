package org.mitosis.nodes.reader;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Cell Sequence Reader node.
 * The node description is {@code CellSequenceReaderNodeFactory.xml} beside this class.
 */
public final class CellSequenceReaderNodeFactory extends ViewlessFactory<CellSequenceReaderNodeModel> {

    @Override
    public CellSequenceReaderNodeModel createNodeModel() {
        return new CellSequenceReaderNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new CellSequenceReaderNodeDialog();
    }
}
