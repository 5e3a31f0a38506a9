package org.mitosis.nodes.cycles;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/**
 * Dialog of the Cell Cycles node: one component per setting of {@link CellCyclesNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class CellCyclesNodeDialog extends DefaultNodeSettingsPane {

    CellCyclesNodeDialog() {
        addDialogComponent(new DialogComponentString(CellCyclesNodeModel.createLabelModel(), "Label"));
        addDialogComponent(new DialogComponentNumber(CellCyclesNodeModel.createFrameIntervalModel(),
            "Minutes between frames (0: not known)", 1));
    }
}
