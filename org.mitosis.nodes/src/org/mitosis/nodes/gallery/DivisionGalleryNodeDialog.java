package org.mitosis.nodes.gallery;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Division Gallery node: one component per setting of {@link DivisionGalleryNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class DivisionGalleryNodeDialog extends DefaultNodeSettingsPane {

    DivisionGalleryNodeDialog() {
        addDialogComponent(new DialogComponentNumber(DivisionGalleryNodeModel.createCropSizeModel(), "Crop size (px)", 8));
        addDialogComponent(new DialogComponentNumber(DivisionGalleryNodeModel.createFramesBeforeModel(), "Frames before", 1));
        addDialogComponent(new DialogComponentNumber(DivisionGalleryNodeModel.createFramesAfterModel(), "Frames after", 1));
        addDialogComponent(new DialogComponentNumber(DivisionGalleryNodeModel.createZoomModel(), "Zoom", 1));
        createNewGroup("Page folder");
        addDialogComponent(new DialogComponentFileChooser(DivisionGalleryNodeModel.createPageFolderModel(),
            "mitosis-gallery-folder", JFileChooser.SAVE_DIALOG, true));
        closeCurrentGroup();
        createNewGroup("Label masks");
        addDialogComponent(new DialogComponentFileChooser(DivisionGalleryNodeModel.createLabelMasksModel(),
            "mitosis-label-masks", JFileChooser.OPEN_DIALOG, false));
        closeCurrentGroup();
    }
}
