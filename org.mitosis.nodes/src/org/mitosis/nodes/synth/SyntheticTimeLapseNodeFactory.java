package org.mitosis.nodes.synth;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Synthetic Time-Lapse node.
 * The node description is {@code SyntheticTimeLapseNodeFactory.xml} beside this class.
 */
public final class SyntheticTimeLapseNodeFactory extends ViewlessFactory<SyntheticTimeLapseNodeModel> {

    @Override
    public SyntheticTimeLapseNodeModel createNodeModel() {
        return new SyntheticTimeLapseNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new SyntheticTimeLapseNodeDialog();
    }
}
