package org.mitosis.nodes.modelreader;

import java.nio.file.Path;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.train.DetectorModel;
import org.mitosis.core.train.ModelFiles;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.port.DetectorModelPortObject;
import org.mitosis.nodes.port.DetectorModelPortSpec;

/**
 * Reads a cell detector model file (the U-Net, as {@code mitosis train-detector} writes it) through
 * {@link ModelFiles#readDetector}; configure reads only its manifest ({@link ModelFiles#manifest}).
 */
final class DetectorModelReaderNodeModel extends EngineNodeModel {

    /** Settings key: the model file. */
    static final String CFG_MODEL_FILE = "model_file";

    static SettingsModelString createModelFileModel() {
        return new SettingsModelString(CFG_MODEL_FILE, "");
    }

    private final SettingsModelString m_modelFile = createModelFileModel();

    DetectorModelReaderNodeModel() {
        super(new PortType[0], new PortType[]{DetectorModelPortObject.TYPE});
        register(m_modelFile);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[]{spec()};
    }

    private DetectorModelPortSpec spec() throws InvalidSettingsException {
        return new DetectorModelPortSpec(ModelFileReading.facts(ModelFileReading.manifest(m_modelFile, false)));
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        exec.setMessage("Reading " + m_modelFile.getStringValue());
        DetectorModelPortSpec spec = spec();
        Path file = LocalPaths.resolve(m_modelFile.getStringValue(), "Model file");
        DetectorModel model = EngineCall.run(() -> ModelFiles.readDetector(file));
        return new PortObject[]{new DetectorModelPortObject(model, spec)};
    }
}
