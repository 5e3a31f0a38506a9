package org.mitosis.nodes.gnnlearn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.TrainOperation;
import org.mitosis.core.ops.TrainSettings;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.perturb.PerturbationSettings;
import org.mitosis.nodes.port.TrackingModelPortObject;
import org.mitosis.nodes.port.TrackingModelPortSpec;
import org.mitosis.nodes.table.CellTables;

/**
 * Trains a GNN tracking model through {@link TrainOperation} on annotated lineages, on their exact cells or on
 * their cells perturbed as a detector would deliver them ({@link TrainOperation#runOnPerturbed}), and, if asked,
 * also saves it with {@link ModelFiles}.
 */
final class GnnDolLearnerNodeModel extends EngineNodeModel {

    /** Settings key: gnn-dol: GNN trained through the division-aware QP layer; naive-gnn: GNN trained without it. */
    static final String CFG_METHOD = "method";
    /** Settings key: Seed of the weight initialisation and sample order. */
    static final String CFG_SEED = "seed";
    /** Settings key: Optional file to also save the trained model to, in the engine's versioned model format. */
    static final String CFG_MODEL_FILE = "model_file";

    static SettingsModelString createMethodModel() {
        return new SettingsModelString(CFG_METHOD, "gnn-dol");
    }

    static SettingsModelIntegerBounded createSeedModel() {
        return new SettingsModelIntegerBounded(CFG_SEED, 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static SettingsModelString createModelFileModel() {
        return new SettingsModelString(CFG_MODEL_FILE, "");
    }

    private final SettingsModelString m_method = createMethodModel();

    private final SettingsModelIntegerBounded m_seed = createSeedModel();

    private final SettingsModelString m_modelFile = createModelFileModel();

    private final PerturbationSettings m_perturbation = new PerturbationSettings();

    GnnDolLearnerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{TrackingModelPortObject.TYPE});
        register(m_method, m_seed, m_modelFile);
        registerAddedLater(m_perturbation.key(), m_perturbation.settings());
    }

    private TrainSettings settings() {
        return new TrainSettings(m_method.getStringValue(), m_seed.getIntValue());
    }

    private TrackingModelPortSpec spec(final DataTableSpec training) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(CFG_METHOD, m_method.getStringValue());
        facts.put(CFG_SEED, "" + m_seed.getIntValue());
        facts.put("learned from", m_perturbation.learnedFrom(m_seed.getIntValue()));
        facts.put(TrackingModelPortSpec.CELL_FEATURES, "" + CellTables.featureCount(training));
        return new TrackingModelPortSpec(facts);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        if (!List.of("gnn-dol", "naive-gnn").contains(m_method.getStringValue())) {
            throw new InvalidSettingsException("Method must be gnn-dol or naive-gnn, is \"" + m_method.getStringValue()
                + "\" (for LAP use the LAP Tracker node)");
        }
        checkValid(settings()::validate);
        m_perturbation.check(m_seed.getIntValue());
        return new PortObjectSpec[]{spec((DataTableSpec)inSpecs[0])};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)inObjects[0];
        List<Lineage> training = CellTables.readLineages(table);
        // The noise is seeded with the training seed, as on the command line.
        TrackingModel model = EngineCall.run(() -> new TrainOperation(settings()).run(training,
            m_perturbation.noise(m_seed.getIntValue()), new KnimeProgress(exec)));
        if (!m_modelFile.getStringValue().isBlank()) {
            ModelFiles.write(model, LocalPaths.resolve(m_modelFile.getStringValue(), "Model file"));
        }
        return new PortObject[]{new TrackingModelPortObject(model, spec(table.getDataTableSpec()))};
    }
}
