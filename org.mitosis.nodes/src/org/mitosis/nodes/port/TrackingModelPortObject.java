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
import org.mitosis.core.train.ModelFiles;
import org.mitosis.core.train.TrackingModel;

/**
 * Mitosis tracking model as a KNIME port object: a trained tracker (GNN-DOL, naive GNN or LAP) as the engine's
 * versioned model file. Immutable; saved in the workflow as one zip entry
 * {@code tracking-model.v1} holding exactly the file the engine writes, so the format is the engine's and versioned
 * there.
 */
public final class TrackingModelPortObject implements PortObject {

    /** The port type, registered in plugin.xml. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(TrackingModelPortObject.class);

    private static final String ENTRY = "tracking-model";

    private static final int FORMAT = 1;

    private final TrackingModel m_content;

    private final TrackingModelPortSpec m_spec;

    /**
     * @param content the engine object
     * @param spec what is known about it
     */
    public TrackingModelPortObject(final TrackingModel content, final TrackingModelPortSpec spec) {
        m_content = Objects.requireNonNull(content, "content");
        m_spec = Objects.requireNonNull(spec, "spec");
    }

    /** The engine object. */
    public TrackingModel content() {
        return m_content;
    }

    @Override
    public String getSummary() {
        return "Mitosis tracking model (" + m_spec.describe() + ")";
    }

    @Override
    public TrackingModelPortSpec getSpec() {
        return m_spec;
    }

    @Override
    public JComponent[] getViews() {
        JLabel label = new JLabel(getSummary());
        label.setName("Mitosis tracking model");
        return new JComponent[]{label};
    }

    /** Reads and writes the port object through the engine's own file format. */
    public static final class Serializer extends PortObject.PortObjectSerializer<TrackingModelPortObject> {

        @Override
        public void savePortObject(final TrackingModelPortObject object, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException {
            PortEntry.writeFile(out, ENTRY, FORMAT, file -> ModelFiles.write(object.m_content, file));
        }

        @Override
        public TrackingModelPortObject loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException {
            TrackingModelPortSpec portSpec = (TrackingModelPortSpec)spec;
            return new TrackingModelPortObject(PortEntry.readFile(in, ENTRY, FORMAT, ModelFiles::readTracking), portSpec);
        }
    }
}
