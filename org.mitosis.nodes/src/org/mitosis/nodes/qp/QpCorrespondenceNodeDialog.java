package org.mitosis.nodes.qp;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the QP Correspondence node: the cell scale, drift correction and the longest gap closed (also settable by flow
 * variables).
 */
final class QpCorrespondenceNodeDialog extends DefaultNodeSettingsPane {

    QpCorrespondenceNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(QpCorrespondenceNodeModel.createCellScaleModel(), "Cell scale", 0.1));
        addDialogComponent(
            new DialogComponentBoolean(QpCorrespondenceNodeModel.createCorrectDriftModel(), "Correct stage drift"));
        addDialogComponent(new DialogComponentNumber(QpCorrespondenceNodeModel.createMaxMissedModel(),
            "Most frames a cell may be missed in a row", 1));
    }
}
