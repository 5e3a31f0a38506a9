package org.mitosis.nodes.view;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.plot.LineagePlotSettings;
import org.mitosis.core.ops.RenderLineageOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;

/**
 * Renders a lineage to a PNG image port through {@link RenderLineageOperation}.
 */
final class LineageViewNodeModel extends EngineNodeModel {

    /** Settings key: Image width in pixels. */
    static final String CFG_WIDTH = "width";
    /** Settings key: Image height in pixels. */
    static final String CFG_HEIGHT = "height";

    static SettingsModelIntegerBounded createWidthModel() {
        return new SettingsModelIntegerBounded(CFG_WIDTH, 800, 64, 8192);
    }

    static SettingsModelIntegerBounded createHeightModel() {
        return new SettingsModelIntegerBounded(CFG_HEIGHT, 600, 64, 8192);
    }
    private final SettingsModelIntegerBounded m_width = createWidthModel();

    private final SettingsModelIntegerBounded m_height = createHeightModel();

    LineageViewNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{ImagePortObject.TYPE});
        register(m_width, m_height);
    }

    private LineagePlotSettings settings() {
        return new LineagePlotSettings(m_width.getIntValue(), m_height.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        check(settings().problems());
        return new PortObjectSpec[]{new ImagePortObjectSpec(PNGImageContent.TYPE)};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Lineage lineage = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        byte[] png = EngineCall.run(() -> new RenderLineageOperation(settings()).run(lineage));
        return new PortObject[]{new ImagePortObject(new PNGImageContent(png),
            new ImagePortObjectSpec(PNGImageContent.TYPE))};
    }
}
