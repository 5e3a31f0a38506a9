package org.mitosis.nodes.port;

import java.io.IOException;
import java.util.Objects;

import javax.swing.JComponent;
import javax.swing.JLabel;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.mitosis.core.train.DetectorModel;
import org.mitosis.core.train.ModelFiles;

/**
 * Mitosis detector model as a KNIME port object: a trained U-Net cell detector as the engine's
 * versioned model file (the file {@code mitosis train-detector} writes).
 * Immutable; saved in the workflow as one zip entry
 * {@code detector-model.v1} holding exactly the file the engine writes, so the format is the engine's and versioned
 * there.
 */
public final class DetectorModelPortObject implements PortObject {

    /** The port type, registered in plugin.xml. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(DetectorModelPortObject.class);

    private static final String ENTRY = "detector-model";

    private static final int FORMAT = 1;

    private final DetectorModel m_content;

    private final DetectorModelPortSpec m_spec;

    /**
     * @param content the engine object
     * @param spec what is known about it
     */
    public DetectorModelPortObject(final DetectorModel content, final DetectorModelPortSpec spec) {
        m_content = Objects.requireNonNull(content, "content");
        m_spec = Objects.requireNonNull(spec, "spec");
    }

    /** The engine object. */
    public DetectorModel content() {
        return m_content;
    }

    @Override
    public String getSummary() {
        return "Mitosis detector model (" + m_spec.describe() + ")";
    }

    @Override
    public DetectorModelPortSpec getSpec() {
        return m_spec;
    }

    @Override
    public JComponent[] getViews() {
        JLabel label = new JLabel(getSummary());
        label.setName("Mitosis detector model");
        return new JComponent[]{label};
    }

    /** Reads and writes the port object through the engine's own file format. */
    public static final class Serializer extends PortObject.PortObjectSerializer<DetectorModelPortObject> {

        @Override
        public void savePortObject(final DetectorModelPortObject object, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException {
            PortEntry.writeFile(out, ENTRY, FORMAT, file -> ModelFiles.write(object.m_content, file));
        }

        @Override
        public DetectorModelPortObject loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException {
            DetectorModelPortSpec portSpec = (DetectorModelPortSpec)spec;
            return new DetectorModelPortObject(PortEntry.readFile(in, ENTRY, FORMAT, ModelFiles::readDetector),
                portSpec);
        }
    }
}
