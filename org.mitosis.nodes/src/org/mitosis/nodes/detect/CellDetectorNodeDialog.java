package org.mitosis.nodes.detect;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the Cell Detector node: one component per setting of {@link CellDetectorNodeModel}.
 * Every setting can also come from a flow variable (the dialog's Flow Variables tab).
 */
final class CellDetectorNodeDialog extends DefaultNodeSettingsPane {

    CellDetectorNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(CellDetectorNodeModel.createThresholdModel(),
                "Peak threshold", 0.05));
        addDialogComponent(
            new DialogComponentNumber(CellDetectorNodeModel.createMinDistanceModel(),
                "Minimum distance (px)", 1));
        addDialogComponent(
            new DialogComponentNumber(CellDetectorNodeModel.createCellScaleModel(),
                "Cell scale", 0.1));
        addDialogComponent(
            new DialogComponentBoolean(CellDetectorNodeModel.createEstimateCellScaleModel(),
                "Estimate the cell scale"));
    }
}
