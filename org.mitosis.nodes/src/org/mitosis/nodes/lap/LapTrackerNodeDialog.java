package org.mitosis.nodes.lap;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.mitosis.nodes.perturb.PerturbationSettings;

/**
 * Dialog of the LAP Tracker node: whether its costs are fitted on the annotated cells perturbed as a detector
 * delivers them ({@link PerturbationSettings}). Every setting can also come from a flow variable.
 */
final class LapTrackerNodeDialog extends DefaultNodeSettingsPane {

    LapTrackerNodeDialog() {
        new PerturbationSettings().addTo(this);
    }
}
