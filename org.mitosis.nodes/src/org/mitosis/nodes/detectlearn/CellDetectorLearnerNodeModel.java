package org.mitosis.nodes.detectlearn;

import java.nio.file.Path;
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
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.detect.DetectorModel;
import org.mitosis.core.detect.DetectorTrainSettings;
import org.mitosis.core.ops.TrainDetectorOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.DetectorModelPortObject;
import org.mitosis.nodes.port.DetectorModelPortSpec;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.ImageTables;

/**
 * Trains a detector through {@link TrainDetectorOperation} on images and annotated cell positions.
 */
final class CellDetectorLearnerNodeModel extends EngineNodeModel {

    /** Settings key: Passes over the training frames. */
    static final String CFG_EPOCHS = "epochs";
    /** Settings key: Step size of the optimiser. */
    static final String CFG_LEARNING_RATE = "learning_rate";
    /** Settings key: Seed of the weight initialisation and sample order. */
    static final String CFG_SEED = "seed";

    static SettingsModelIntegerBounded createEpochsModel() {
        return new SettingsModelIntegerBounded(CFG_EPOCHS, 20, 1, 100000);
    }

    static SettingsModelDoubleBounded createLearningRateModel() {
        return new SettingsModelDoubleBounded(CFG_LEARNING_RATE, 0.001, 1e-09, 10);
    }

    static SettingsModelIntegerBounded createSeedModel() {
        return new SettingsModelIntegerBounded(CFG_SEED, 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    private final SettingsModelIntegerBounded m_epochs = createEpochsModel();

    private final SettingsModelDoubleBounded m_learningRate = createLearningRateModel();

    private final SettingsModelIntegerBounded m_seed = createSeedModel();

    CellDetectorLearnerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{DetectorModelPortObject.TYPE});
        register(m_epochs, m_learningRate, m_seed);
    }

    private DetectorTrainSettings settings() {
        return new DetectorTrainSettings(m_epochs.getIntValue(), m_learningRate.getDoubleValue(),
            m_seed.getIntValue());
    }

    private DetectorModelPortSpec spec() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("detector", "U-Net");
        facts.put(CFG_EPOCHS, "" + m_epochs.getIntValue());
        facts.put(CFG_LEARNING_RATE, "" + m_learningRate.getDoubleValue());
        facts.put(CFG_SEED, "" + m_seed.getIntValue());
        return new DetectorModelPortSpec(facts);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ImageTables.checkSpec((DataTableSpec)inSpecs[0]);
        CellTables.checkCellSpec((DataTableSpec)inSpecs[1]);
        check(settings().problems());
        return new PortObjectSpec[]{spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        SortedMap<Integer, Path> images = ImageTables.read((BufferedDataTable)inObjects[0]);
        CellSequence annotations = CellTables.readCells((BufferedDataTable)inObjects[1]);
        DetectorModel model = EngineCall.run(() -> new TrainDetectorOperation(settings()).run(images, annotations,
            new KnimeProgress(exec)));
        return new PortObject[]{new DetectorModelPortObject(model, spec())};
    }
}
