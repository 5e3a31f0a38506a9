package org.mitosis.nodes.perturb;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.mitosis.core.synth.DetectionNoise;
import org.mitosis.core.train.TrainingCells;
import org.mitosis.nodes.exec.EngineNodeModel;

/**
 * A learner's option to learn from its annotated cells perturbed as a detector delivers them (positions
 * jittered, cells missed, spurious cells added), the engine's {@code TrainOperation.runOnPerturbed}, as
 * {@code mitosis train --sigma} does: a tracker that learned from exact positions takes a cell the detector
 * missed in the frame before, a spurious detection or a neighbour for a second daughter. Four settings, off by
 * default; the noise settings are enabled exactly while the option is on, in the node model as in the dialog,
 * so that the enabled state saved with a workflow matches the box.
 */
public final class PerturbationSettings {

    /** Settings key: Learn from the annotated cells perturbed as a detector delivers them. */
    static final String CFG_PERTURB = "learn_from_perturbed_cells";
    /** Settings key: Jitter of the perturbed positions, standard deviation in pixels. */
    static final String CFG_SIGMA = "noise_sigma";
    /** Settings key: Fraction of the cells left out, as a detector misses them. */
    static final String CFG_MISS = "noise_missed";
    /** Settings key: Spurious cells added, per cell. */
    static final String CFG_SPURIOUS = "noise_spurious";

    private final SettingsModelBoolean m_perturb = new SettingsModelBoolean(CFG_PERTURB, false);

    private final SettingsModelDoubleBounded m_sigma = new SettingsModelDoubleBounded(CFG_SIGMA, 2, 0, 1000);

    private final SettingsModelDoubleBounded m_miss = new SettingsModelDoubleBounded(CFG_MISS, 0.05, 0, 0.99);

    private final SettingsModelDoubleBounded m_spurious = new SettingsModelDoubleBounded(CFG_SPURIOUS, 0.02, 0, 1);

    /** Off, 2 px jitter, 5 % missed, 0.02 spurious cells per cell. */
    public PerturbationSettings() {
        Runnable follow = () -> {
            for (SettingsModel n : new SettingsModel[]{m_sigma, m_miss, m_spurious}) {
                n.setEnabled(m_perturb.getBooleanValue());
            }
        };
        m_perturb.addChangeListener(e -> follow.run());
        follow.run();
    }

    /**
     * The key that tells whether a saved workflow has these settings, for
     * {@link EngineNodeModel#registerAddedLater}: they were added after the nodes' first release, and a workflow
     * saved before them loads with the option off and so learns from the exact cells, as it did.
     */
    public String key() {
        return CFG_PERTURB;
    }

    /** The four settings, in dialog order. */
    public SettingsModel[] settings() {
        return new SettingsModel[]{m_perturb, m_sigma, m_miss, m_spurious};
    }

    /** Adds the four components to a dialog, under the option names of the node description. */
    public void addTo(final DefaultNodeSettingsPane dialog) {
        dialog.addDialogComponent(new DialogComponentBoolean(m_perturb, "Learn from perturbed cells"));
        dialog.addDialogComponent(new DialogComponentNumber(m_sigma, "Position jitter (px)", 0.5));
        dialog.addDialogComponent(new DialogComponentNumber(m_miss, "Missed cells (fraction)", 0.01));
        dialog.addDialogComponent(new DialogComponentNumber(m_spurious, "Spurious cells (per cell)", 0.01));
    }

    /**
     * The engine's noise, or null when the option is off ({@code TrainOperation.run} takes either).
     *
     * @param seed the noise's seed (the learner's own, where it has one)
     */
    public DetectionNoise.Settings noise(final long seed) {
        return m_perturb.getBooleanValue()
            ? new DetectionNoise.Settings(m_sigma.getDoubleValue(), m_miss.getDoubleValue(),
                m_spurious.getDoubleValue(), seed)
            : null;
    }

    /**
     * @throws InvalidSettingsException listing every problem of the noise, when the option is on
     */
    public void check(final long seed) throws InvalidSettingsException {
        DetectionNoise.Settings noise = noise(seed);
        if (noise != null) {
            try {
                noise.validate();
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
        }
    }

    /** What the model learned from, for the model port's summary (the words the model file records). */
    public String learnedFrom(final long seed) {
        DetectionNoise.Settings noise = noise(seed);
        return (noise == null ? TrainingCells.ANNOTATED : TrainingCells.perturbed(noise)).description();
    }
}
