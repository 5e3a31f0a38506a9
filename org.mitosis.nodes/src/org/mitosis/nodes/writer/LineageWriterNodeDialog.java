package org.mitosis.nodes.writer;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;

/**
 * Dialog of the Lineage Writer node: one component per setting of {@link LineageWriterNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class LineageWriterNodeDialog extends DefaultNodeSettingsPane {

    LineageWriterNodeDialog() {
        createNewGroup("Output folder");
        addDialogComponent(new DialogComponentFileChooser(LineageWriterNodeModel.createFolderModel(),
            "mitosis-folder", JFileChooser.SAVE_DIALOG, true));
        closeCurrentGroup();
        addDialogComponent(
            new DialogComponentBoolean(LineageWriterNodeModel.createOverwriteModel(), "Overwrite"));
        createNewGroup("Label masks");
        addDialogComponent(new DialogComponentFileChooser(LineageWriterNodeModel.createLabelMasksModel(),
            "mitosis-label-masks", JFileChooser.OPEN_DIALOG, false));
        closeCurrentGroup();
    }
}
