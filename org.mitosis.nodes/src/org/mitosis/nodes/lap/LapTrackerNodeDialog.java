package org.mitosis.nodes.lap;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.mitosis.nodes.perturb.PerturbationSettings;

/**
 * Dialog of the LAP Tracker node: whether its costs are fitted on the annotated cells perturbed as a detector
 * delivers them ({@link PerturbationSettings}), the seed of that perturbation, and drift correction when it links.
 * Every setting can also come from a flow variable.
 */
final class LapTrackerNodeDialog extends DefaultNodeSettingsPane {

    LapTrackerNodeDialog() {
        new PerturbationSettings().addTo(this);
        addDialogComponent(new DialogComponentNumber(LapTrackerNodeModel.createSeedModel(), "Seed", 1));
        addDialogComponent(new DialogComponentBoolean(LapTrackerNodeModel.createCorrectDriftModel(), "Correct stage drift"));
        addDialogComponent(new DialogComponentNumber(LapTrackerNodeModel.createMaxMissedModel(),
            "Most frames a cell may be missed in a row", 1));
    }
}
