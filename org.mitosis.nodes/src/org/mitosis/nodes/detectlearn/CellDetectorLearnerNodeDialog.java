package org.mitosis.nodes.detectlearn;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Cell Detector Learner node: one component per setting of {@link CellDetectorLearnerNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class CellDetectorLearnerNodeDialog extends DefaultNodeSettingsPane {

    CellDetectorLearnerNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(CellDetectorLearnerNodeModel.createEpochsModel(),
                "Epochs", 1));
        addDialogComponent(
            new DialogComponentNumber(CellDetectorLearnerNodeModel.createLearningRateModel(),
                "Learning rate", 0.0001));
        addDialogComponent(
            new DialogComponentNumber(CellDetectorLearnerNodeModel.createSeedModel(),
                "Seed", 1));
        addDialogComponent(
            new DialogComponentNumber(CellDetectorLearnerNodeModel.createMaxSecondsModel(),
                "Time budget (s)", 60));
    }
}
