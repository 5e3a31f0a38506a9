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
import org.mitosis.core.graph.CellGraphs;
import org.mitosis.core.graph.GraphFiles;

/**
 * Mitosis cell graphs as a KNIME port object: the per-frame cell graphs and candidate links of a cell sequence, as the
 * engine's graph file. Immutable; saved in the workflow as one zip entry
 * {@code cell-graphs.v1} holding exactly the file the engine writes, so the format is the engine's and versioned there.
 */
public final class CellGraphsPortObject implements PortObject {

    /** The port type, registered in plugin.xml. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(CellGraphsPortObject.class);

    private static final String ENTRY = "cell-graphs";

    private static final int FORMAT = 1;

    private final CellGraphs m_content;

    private final CellGraphsPortSpec m_spec;

    /**
     * @param content the engine object
     * @param spec what is known about it
     */
    public CellGraphsPortObject(final CellGraphs content, final CellGraphsPortSpec spec) {
        m_content = Objects.requireNonNull(content, "content");
        m_spec = Objects.requireNonNull(spec, "spec");
    }

    /** The engine object. */
    public CellGraphs content() {
        return m_content;
    }

    @Override
    public String getSummary() {
        return "Mitosis cell graphs (" + m_spec.describe() + ")";
    }

    @Override
    public CellGraphsPortSpec getSpec() {
        return m_spec;
    }

    @Override
    public JComponent[] getViews() {
        JLabel label = new JLabel(getSummary());
        label.setName("Mitosis cell graphs");
        return new JComponent[]{label};
    }

    /** Reads and writes the port object through the engine's own file format. */
    public static final class Serializer extends PortObject.PortObjectSerializer<CellGraphsPortObject> {

        @Override
        public void savePortObject(final CellGraphsPortObject object, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException {
            PortEntry.writeFile(out, ENTRY, FORMAT, file -> GraphFiles.write(object.m_content, file));
        }

        @Override
        public CellGraphsPortObject loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException {
            CellGraphsPortSpec portSpec = (CellGraphsPortSpec)spec;
            return new CellGraphsPortObject(PortEntry.readFile(in, ENTRY, FORMAT, GraphFiles::read), portSpec);
        }
    }
}
