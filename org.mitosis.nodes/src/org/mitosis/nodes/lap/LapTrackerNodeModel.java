package org.mitosis.nodes.lap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.link.LongGapCloser;
import org.mitosis.core.ops.TrackOperation;
import org.mitosis.core.ops.TrackSettings;
import org.mitosis.core.ops.TrainOperation;
import org.mitosis.core.train.TrackingModel;
import org.mitosis.core.ops.TrainSettings;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.perturb.PerturbationSettings;
import org.mitosis.nodes.port.TrackingModelPortObject;
import org.mitosis.nodes.port.TrackingModelPortSpec;
import org.mitosis.nodes.table.CellTables;

/**
 * The LAP baseline: fits its costs with {@link TrainOperation} (method "lap"), on the annotated cells or on them
 * perturbed as a detector delivers them ({@link PerturbationSettings}, drawn with the node's seed: give it a GNN
 * learner's seed and both learn from the same draws), and tracks with {@link TrackOperation}.
 */
final class LapTrackerNodeModel extends EngineNodeModel {

    private static final String METHOD = "lap";

    /** Settings key: Seed of the perturbation's random draws. */
    static final String CFG_SEED = "seed";

    /**
     * LAP fitting is deterministic: the seed, recorded in the model, only draws the perturbation. Its default is
     * the seed every LAP Tracker used before it was a setting, so that workflows saved then fit the same costs.
     */
    static SettingsModelIntegerBounded createSeedModel() {
        return new SettingsModelIntegerBounded(CFG_SEED, (int)TrainSettings.defaults().seed(), Integer.MIN_VALUE,
            Integer.MAX_VALUE);
    }

    /** Settings key: Whether the field of view's drift between frames is taken off the positions linked. */
    static final String CFG_CORRECT_DRIFT = "correct_drift";

    static SettingsModelBoolean createCorrectDriftModel() {
        return new SettingsModelBoolean(CFG_CORRECT_DRIFT, false);
    }

    /** Settings key: Most frames in a row a cell may be missed and its track still go on. */
    static final String CFG_MAX_MISSED = "max_missed";

    static SettingsModelIntegerBounded createMaxMissedModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_MISSED, TrackSettings.DEFAULTS.maxMissedFrames(), 1,
            LongGapCloser.MAX_MISSED);
    }

    private final SettingsModelIntegerBounded m_seed = createSeedModel();

    private final SettingsModelBoolean m_correctDrift = createCorrectDriftModel();

    private final SettingsModelIntegerBounded m_maxMissed = createMaxMissedModel();

    private final PerturbationSettings m_perturbation = new PerturbationSettings();

    LapTrackerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE, TrackingModelPortObject.TYPE});
        registerAddedLater(m_perturbation.key(), m_perturbation.settings());
        registerAddedLater(CFG_SEED, m_seed);
        // Workflows saved before drift correction existed read it as off: the positions as given, as then.
        registerAddedLater(CFG_CORRECT_DRIFT, m_correctDrift);
        // Workflows saved before longer gaps were closed read 1: the model's own one-frame gap closing, as then.
        SettingsModelIntegerBounded oneFrame = createMaxMissedModel();
        oneFrame.setIntValue(1);
        registerAddedLaterAs(CFG_MAX_MISSED, m_maxMissed, oneFrame);
    }

    private TrackingModelPortSpec spec() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("method", METHOD);
        facts.put(CFG_SEED, "" + m_seed.getIntValue());
        facts.put("learned from", m_perturbation.learnedFrom(m_seed.getIntValue()));
        return new TrackingModelPortSpec(facts);
    }

    private TrackSettings trackSettings() {
        return new TrackSettings(m_correctDrift.getBooleanValue(), m_maxMissed.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        CellTables.checkCellSpec((DataTableSpec)inSpecs[1]);
        m_perturbation.check(m_seed.getIntValue());
        return new PortObjectSpec[]{null, spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        List<Lineage> training = CellTables.readLineages((BufferedDataTable)inObjects[0]);
        CellSequence cells = CellTables.readCells((BufferedDataTable)inObjects[1]);
        KnimeProgress progress = new KnimeProgress(exec);
        TrackingModel model = EngineCall.run(() -> new TrainOperation(new TrainSettings(METHOD, m_seed.getIntValue()))
            .run(training, m_perturbation.noise(m_seed.getIntValue()), progress.sub(0, 0.3)));
        Lineage result = EngineCall.run(() -> new TrackOperation(model, 1, trackSettings())
            .run(cells, progress.sub(0.3, 0.7)));
        return new PortObject[]{CellTables.writeLineage(result, exec), new TrackingModelPortObject(model, spec())};
    }
}
