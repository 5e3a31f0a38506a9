package org.mitosis.nodes.modelreader;

import java.nio.file.Path;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.port.TrackingModelPortObject;
import org.mitosis.nodes.port.TrackingModelPortSpec;

/**
 * Reads a tracking model file (GNN-DOL, naive GNN or LAP, as {@code mitosis train} writes it) through
 * {@link ModelFiles#readTracking}; configure reads only its manifest ({@link ModelFiles#manifest}).
 */
final class TrackingModelReaderNodeModel extends EngineNodeModel {

    /** Settings key: the model file. */
    static final String CFG_MODEL_FILE = "model_file";

    static SettingsModelString createModelFileModel() {
        return new SettingsModelString(CFG_MODEL_FILE, "");
    }

    private final SettingsModelString m_modelFile = createModelFileModel();

    TrackingModelReaderNodeModel() {
        super(new PortType[0], new PortType[]{TrackingModelPortObject.TYPE});
        register(m_modelFile);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[]{spec()};
    }

    private TrackingModelPortSpec spec() throws InvalidSettingsException {
        return new TrackingModelPortSpec(ModelFileReading.facts(ModelFileReading.manifest(m_modelFile, true)));
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        exec.setMessage("Reading " + m_modelFile.getStringValue());
        TrackingModelPortSpec spec = spec();
        Path file = LocalPaths.resolve(m_modelFile.getStringValue(), "Model file");
        TrackingModel model = EngineCall.run(() -> ModelFiles.readTracking(file));
        return new PortObject[]{new TrackingModelPortObject(model, spec)};
    }
}
