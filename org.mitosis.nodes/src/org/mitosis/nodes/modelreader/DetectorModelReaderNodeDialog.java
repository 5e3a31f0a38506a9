package org.mitosis.nodes.modelreader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;

/**
 * Dialog of the Detector Model Reader node: its one setting, the model file (also settable by a flow variable).
 */
final class DetectorModelReaderNodeDialog extends DefaultNodeSettingsPane {

    DetectorModelReaderNodeDialog() {
        createNewGroup("Model file");
        addDialogComponent(new DialogComponentFileChooser(DetectorModelReaderNodeModel.createModelFileModel(),
            "mitosis-detector-model", JFileChooser.OPEN_DIALOG, false, ".zip"));
        closeCurrentGroup();
    }
}
