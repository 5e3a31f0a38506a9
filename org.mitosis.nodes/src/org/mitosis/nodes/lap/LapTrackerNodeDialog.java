package org.mitosis.nodes.lap;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.mitosis.nodes.perturb.PerturbationSettings;

/**
 * Dialog of the LAP Tracker node: whether its costs are fitted on the annotated cells perturbed as a detector
 * delivers them ({@link PerturbationSettings}), and the seed of that perturbation. Every setting can also come from
 * a flow variable.
 */
final class LapTrackerNodeDialog extends DefaultNodeSettingsPane {

    LapTrackerNodeDialog() {
        new PerturbationSettings().addTo(this);
        addDialogComponent(new DialogComponentNumber(LapTrackerNodeModel.createSeedModel(), "Seed", 1));
    }
}
