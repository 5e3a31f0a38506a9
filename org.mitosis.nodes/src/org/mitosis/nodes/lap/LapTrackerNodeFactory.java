package org.mitosis.nodes.lap;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the LAP Tracker node.
 * The node description is {@code LapTrackerNodeFactory.xml} beside this class.
 */
public final class LapTrackerNodeFactory extends ViewlessFactory<LapTrackerNodeModel> {

    @Override
    public LapTrackerNodeModel createNodeModel() {
        return new LapTrackerNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new LapTrackerNodeDialog();
    }
}
