package org.mitosis.nodes.scorer;

import org.knime.core.node.NodeDialogPane;
import org.mitosis.nodes.exec.ViewlessFactory;

/**
 * Factory of the Mitosis Scorer node.
 * The node description is {@code MitosisScorerNodeFactory.xml} beside this class.
 */
public final class MitosisScorerNodeFactory extends ViewlessFactory<MitosisScorerNodeModel> {

    @Override
    public MitosisScorerNodeModel createNodeModel() {
        return new MitosisScorerNodeModel();
    }

    @Override
    @SuppressWarnings("removal") // KNIME 5.6 marks Swing dialogs for removal; see KNIME.md for why they stay.
    protected boolean hasDialog() {
        return true;
    }

    @Override
    @SuppressWarnings("removal")
    protected NodeDialogPane createNodeDialogPane() {
        return new MitosisScorerNodeDialog();
    }
}
