package org.mitosis.nodes.view;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Lineage View node: one component per setting of {@link LineageViewNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class LineageViewNodeDialog extends DefaultNodeSettingsPane {

    LineageViewNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(LineageViewNodeModel.createWidthModel(),
                "Width (px)", 1));
        addDialogComponent(
            new DialogComponentNumber(LineageViewNodeModel.createHeightModel(),
                "Height (px)", 1));
    }
}
