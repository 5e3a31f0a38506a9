package org.mitosis.nodes.scorer;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/**
 * Dialog of the Mitosis Scorer node: one component per setting of {@link MitosisScorerNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class MitosisScorerNodeDialog extends DefaultNodeSettingsPane {

    MitosisScorerNodeDialog() {
        addDialogComponent(
            new DialogComponentString(MitosisScorerNodeModel.createLabelModel(), "Label"));
        addDialogComponent(
            new DialogComponentNumber(MitosisScorerNodeModel.createCellRadiusModel(),
                "Cell match radius (px)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(MitosisScorerNodeModel.createDivisionRadiusModel(),
                "Division radius (px)", 0.1));
        addDialogComponent(
            new DialogComponentNumber(MitosisScorerNodeModel.createFrameToleranceModel(),
                "Frame tolerance", 1));
        createNewGroup("Report file (JSON)");
        addDialogComponent(new DialogComponentFileChooser(MitosisScorerNodeModel.createReportFileModel(),
            "mitosis-report_file", JFileChooser.SAVE_DIALOG, false));
        closeCurrentGroup();
    }
}
