package org.mitosis.nodes.view;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Lineage View node: one component per setting of {@link LineageViewNodeModel}. Every setting can also be
 * set from a flow variable (the dialog's Flow Variables tab).
 */
final class LineageViewNodeDialog extends DefaultNodeSettingsPane {

    LineageViewNodeDialog() {
        addDialogComponent(new DialogComponentNumber(LineageViewNodeModel.createWidthModel(), "Width (px)", 1));
        addDialogComponent(new DialogComponentNumber(LineageViewNodeModel.createHeightModel(), "Height (px)", 1));
    }
}
