package org.mitosis.nodes.images;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Image Sequence Reader node: one component per setting of {@link ImageSequenceReaderNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class ImageSequenceReaderNodeDialog extends DefaultNodeSettingsPane {

    ImageSequenceReaderNodeDialog() {
        createNewGroup("Images");
        addDialogComponent(new DialogComponentFileChooser(ImageSequenceReaderNodeModel.createImagesModel(),
            "mitosis-images", JFileChooser.OPEN_DIALOG, false));
        closeCurrentGroup();
        addDialogComponent(
            new DialogComponentNumber(ImageSequenceReaderNodeModel.createFirstFrameModel(), "First frame", 1));
        addDialogComponent(
            new DialogComponentNumber(ImageSequenceReaderNodeModel.createLastFrameModel(), "Last frame", 1));
    }
}
