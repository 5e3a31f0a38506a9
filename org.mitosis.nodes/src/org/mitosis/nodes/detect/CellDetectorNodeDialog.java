package org.mitosis.nodes.detect;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Cell Detector node: one component per setting of {@link CellDetectorNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class CellDetectorNodeDialog extends DefaultNodeSettingsPane {

    CellDetectorNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(CellDetectorNodeModel.createThresholdModel(),
                "Probability threshold", 0.1));
        addDialogComponent(
            new DialogComponentNumber(CellDetectorNodeModel.createMinAreaModel(),
                "Minimum area (px)", 1));
    }
}
