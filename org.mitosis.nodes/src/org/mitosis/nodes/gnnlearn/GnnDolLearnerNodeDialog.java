package org.mitosis.nodes.gnnlearn;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;

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
        SettingsModelBoolean perturb = GnnDolLearnerNodeModel.createPerturbModel();
        SettingsModelDoubleBounded sigma = GnnDolLearnerNodeModel.createSigmaModel();
        SettingsModelDoubleBounded miss = GnnDolLearnerNodeModel.createMissModel();
        SettingsModelDoubleBounded spurious = GnnDolLearnerNodeModel.createSpuriousModel();
        GnnDolLearnerNodeModel.enableWith(perturb, sigma, miss, spurious);
        addDialogComponent(new DialogComponentBoolean(perturb, "Learn from perturbed cells"));
        addDialogComponent(new DialogComponentNumber(sigma, "Position jitter (px)", 0.5));
        addDialogComponent(new DialogComponentNumber(miss, "Missed cells (fraction)", 0.01));
        addDialogComponent(new DialogComponentNumber(spurious, "Spurious cells (per cell)", 0.01));
        createNewGroup("Model file");
        addDialogComponent(new DialogComponentFileChooser(GnnDolLearnerNodeModel.createModelFileModel(),
            "mitosis-model_file", JFileChooser.SAVE_DIALOG, false));
        closeCurrentGroup();
    }
}
