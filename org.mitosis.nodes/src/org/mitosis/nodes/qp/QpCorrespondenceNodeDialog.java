package org.mitosis.nodes.qp;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * Dialog of the QP Correspondence node: its one setting, the cell scale (also settable by a flow variable).
 */
final class QpCorrespondenceNodeDialog extends DefaultNodeSettingsPane {

    QpCorrespondenceNodeDialog() {
        addDialogComponent(
            new DialogComponentNumber(QpCorrespondenceNodeModel.createCellScaleModel(), "Cell scale", 0.1));
    }
}
