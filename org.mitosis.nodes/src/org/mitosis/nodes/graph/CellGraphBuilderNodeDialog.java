package org.mitosis.nodes.graph;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Cell Graph Builder node: one component per setting of {@link CellGraphBuilderNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class CellGraphBuilderNodeDialog extends DefaultNodeSettingsPane {

    CellGraphBuilderNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(CellGraphBuilderNodeModel.createNeighboursModel(),
                "Neighbours (k)", 1));
        addDialogComponent(
            new DialogComponentNumber(CellGraphBuilderNodeModel.createMaxSourcesModel(),
                "Candidate sources per cell", 1));
        addDialogComponent(
            new DialogComponentNumber(CellGraphBuilderNodeModel.createGateRadiusModel(),
                "Gate radius (px)", 1));
    }
}
