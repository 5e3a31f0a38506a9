package org.mitosis.nodes.reader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Cell Sequence Reader node: one component per setting of {@link CellSequenceReaderNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class CellSequenceReaderNodeDialog extends DefaultNodeSettingsPane {

    CellSequenceReaderNodeDialog() {
        createNewGroup("Input");
        addDialogComponent(new DialogComponentFileChooser(CellSequenceReaderNodeModel.createInputModel(),
            "mitosis-input", JFileChooser.OPEN_DIALOG, false));
        closeCurrentGroup();
        addDialogComponent(
            new DialogComponentNumber(CellSequenceReaderNodeModel.createFirstFrameModel(),
                "First frame", 1));
        addDialogComponent(
            new DialogComponentNumber(CellSequenceReaderNodeModel.createLastFrameModel(),
                "Last frame", 1));
    }
}
