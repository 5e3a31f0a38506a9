package org.mitosis.nodes.detectlearn;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.detect.DetectorSettings;
import org.mitosis.core.detect.TrainingResult;
import org.mitosis.core.detect.TrainingSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.ops.TrainDetectorOperation;
import org.mitosis.core.train.DetectorModel;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.DetectorModelPortObject;
import org.mitosis.nodes.port.DetectorModelPortSpec;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.ImageTables;

/**
 * Trains the U-Net detector through {@link TrainDetectorOperation} on images and annotated cell positions. The
 * image table's files must form one image folder (frame i = the folder's i-th image in name order); the frames of
 * the table are the training range, whose last frames the engine holds out for validation.
 */
final class CellDetectorLearnerNodeModel extends EngineNodeModel {

    /** Settings key: Most passes (epochs) of training. */
    static final String CFG_EPOCHS = "epochs";
    /** Settings key: Step size of the Adam optimiser. */
    static final String CFG_LEARNING_RATE = "learning_rate";
    /** Settings key: Seed of the weight initialisation, crops and augmentation. */
    static final String CFG_SEED = "seed";
    /** Settings key: Wall-clock budget in seconds; no epoch starts after it is spent. */
    static final String CFG_MAX_SECONDS = "max_seconds";

    private static final TrainingSettings DEFAULTS = TrainingSettings.defaults();

    static SettingsModelIntegerBounded createEpochsModel() {
        return new SettingsModelIntegerBounded(CFG_EPOCHS, DEFAULTS.maxEpochs(), 1, 100000);
    }

    static SettingsModelDoubleBounded createLearningRateModel() {
        return new SettingsModelDoubleBounded(CFG_LEARNING_RATE, DEFAULTS.learningRate(), 1e-09, 10);
    }

    static SettingsModelIntegerBounded createSeedModel() {
        return new SettingsModelIntegerBounded(CFG_SEED, (int)DEFAULTS.seed(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static SettingsModelDoubleBounded createMaxSecondsModel() {
        return new SettingsModelDoubleBounded(CFG_MAX_SECONDS, DEFAULTS.maxSeconds(), 1, 1e7);
    }

    private final SettingsModelIntegerBounded m_epochs = createEpochsModel();

    private final SettingsModelDoubleBounded m_learningRate = createLearningRateModel();

    private final SettingsModelIntegerBounded m_seed = createSeedModel();

    private final SettingsModelDoubleBounded m_maxSeconds = createMaxSecondsModel();

    CellDetectorLearnerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{DetectorModelPortObject.TYPE});
        register(m_epochs, m_learningRate, m_seed, m_maxSeconds);
    }

    private TrainingSettings settings() {
        TrainingSettings d = DEFAULTS;
        return new TrainingSettings(d.cropSize(), d.batchSize(), d.stepsPerEpoch(), m_epochs.getIntValue(),
            d.patience(), m_maxSeconds.getDoubleValue(), m_learningRate.getDoubleValue(), d.sigma(), d.matchRadius(),
            m_seed.getIntValue());
    }

    private DetectorModelPortSpec spec() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("detector", "U-Net");
        facts.put(CFG_EPOCHS, "" + m_epochs.getIntValue());
        facts.put(CFG_LEARNING_RATE, "" + m_learningRate.getDoubleValue());
        facts.put(CFG_SEED, "" + m_seed.getIntValue());
        facts.put(CFG_MAX_SECONDS, "" + m_maxSeconds.getDoubleValue());
        return new DetectorModelPortSpec(facts);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ImageTables.checkSpec((DataTableSpec)inSpecs[0]);
        CellTables.checkCellSpec((DataTableSpec)inSpecs[1]);
        check(settings().problems(DetectorSettings.defaults().shape().granularity()));
        return new PortObjectSpec[]{spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        SortedMap<Integer, Path> table = ImageTables.read((BufferedDataTable)inObjects[0]);
        ImageSequence images = ImageTables.sequence(table);
        Lineage annotations = Lineage.unlinked(CellTables.readCells((BufferedDataTable)inObjects[1]));
        TrainDetectorOperation train = new TrainDetectorOperation(DetectorSettings.defaults(), settings());
        TrainingResult result = EngineCall.run(() -> train.run(images, annotations, table.firstKey(),
            table.lastKey(), new KnimeProgress(exec)));
        return new PortObject[]{new DetectorModelPortObject(new DetectorModel(result.detector(), Instant.now()),
            spec())};
    }
}
