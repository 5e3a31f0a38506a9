package org.mitosis.nodes.gnnlearn;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.mitosis.nodes.perturb.PerturbationSettings;

/**
 * Dialog of the GNN-DOL Learner node: one component per setting of {@link GnnDolLearnerNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class GnnDolLearnerNodeDialog extends DefaultNodeSettingsPane {

    GnnDolLearnerNodeDialog() {
        addDialogComponent(
            new DialogComponentStringSelection(GnnDolLearnerNodeModel.createMethodModel(),
                "Method", "gnn-dol", "naive-gnn"));
        addDialogComponent(
            new DialogComponentNumber(GnnDolLearnerNodeModel.createSeedModel(),
                "Seed", 1));
        new PerturbationSettings().addTo(this);
        createNewGroup("Model file");
        addDialogComponent(new DialogComponentFileChooser(GnnDolLearnerNodeModel.createModelFileModel(),
            "mitosis-model_file", JFileChooser.SAVE_DIALOG, false));
        closeCurrentGroup();
    }
}
