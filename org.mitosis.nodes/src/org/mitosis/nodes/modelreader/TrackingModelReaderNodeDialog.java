package org.mitosis.nodes.modelreader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;

/**
 * Dialog of the Tracking Model Reader node: its one setting, the model file (also settable by a flow variable).
 */
final class TrackingModelReaderNodeDialog extends DefaultNodeSettingsPane {

    TrackingModelReaderNodeDialog() {
        createNewGroup("Model file");
        addDialogComponent(new DialogComponentFileChooser(TrackingModelReaderNodeModel.createModelFileModel(),
            "mitosis-tracking-model", JFileChooser.OPEN_DIALOG, false, ".zip"));
        closeCurrentGroup();
    }
}
