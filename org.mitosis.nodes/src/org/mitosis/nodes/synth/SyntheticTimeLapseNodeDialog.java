package org.mitosis.nodes.synth;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Synthetic Time-Lapse node: one component per setting of {@link SyntheticTimeLapseNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class SyntheticTimeLapseNodeDialog extends DefaultNodeSettingsPane {

    SyntheticTimeLapseNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createFramesModel(),
                "Frames", 1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createInitialCellsModel(),
                "Initial cells", 1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createWidthModel(),
                "Width (px)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createHeightModel(),
                "Height (px)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createCellRadiusModel(),
                "Cell radius (px)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createSpeedModel(),
                "Speed (px/frame)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createCycleMeanModel(),
                "Mean cycle (frames)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createCycleSpreadModel(),
                "Cycle spread (frames)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createEntryRateModel(),
                "Entry rate (cells/frame)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(SyntheticTimeLapseNodeModel.createSeedModel(),
                "Seed", 1));
        createNewGroup("Image folder");
        addDialogComponent(new DialogComponentFileChooser(SyntheticTimeLapseNodeModel.createImageFolderModel(),
            "mitosis-image_folder", JFileChooser.SAVE_DIALOG, true));
        closeCurrentGroup();
    }
}
