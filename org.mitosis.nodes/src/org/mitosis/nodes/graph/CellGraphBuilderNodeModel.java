package org.mitosis.nodes.graph;

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
import org.mitosis.core.graph.CellGraphs;
import org.mitosis.core.graph.GraphSettings;
import org.mitosis.core.ops.GraphOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.GraphTables;

/**
 * Builds the cell graphs and gated candidate links of a cell table through {@link GraphOperation} and outputs them
 * as an edge table and a candidate table, for inspection: the GNN models build the same graphs internally, with
 * the gate they learned from their training data.
 */
final class CellGraphBuilderNodeModel extends EngineNodeModel {

    /** Settings key: Nearest neighbours each cell is joined to in its frame's graph. */
    static final String CFG_NEIGHBOURS = "neighbours";
    /** Settings key: Most candidate sources in the previous frame per cell. */
    static final String CFG_MAX_SOURCES = "max_sources";
    /** Settings key: Largest distance, in pixels, between the two cells of a candidate link. */
    static final String CFG_GATE_RADIUS = "gate_radius";

    private static final GraphSettings DEFAULTS = GraphSettings.defaults();

    static SettingsModelIntegerBounded createNeighboursModel() {
        return new SettingsModelIntegerBounded(CFG_NEIGHBOURS, DEFAULTS.neighbours(), 1, 100);
    }

    static SettingsModelIntegerBounded createMaxSourcesModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_SOURCES, DEFAULTS.maxSourcesPerTarget(), 1, 100);
    }

    static SettingsModelDoubleBounded createGateRadiusModel() {
        return new SettingsModelDoubleBounded(CFG_GATE_RADIUS, 50, 0.001, 100000);
    }

    private final SettingsModelIntegerBounded m_neighbours = createNeighboursModel();

    private final SettingsModelIntegerBounded m_maxSources = createMaxSourcesModel();

    private final SettingsModelDoubleBounded m_gateRadius = createGateRadiusModel();

    CellGraphBuilderNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
        register(m_neighbours, m_maxSources, m_gateRadius);
    }

    /** The engine's defaults with this node's k and K; the other graph settings do not shape the graphs. */
    private GraphSettings settings() {
        return new GraphSettings(m_neighbours.getIntValue(), DEFAULTS.featureNeighbours(), DEFAULTS.densityRadius(),
            m_maxSources.getIntValue(), DEFAULTS.gateQuantile(), DEFAULTS.gateMargin(), DEFAULTS.temporalContext());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkCellSpec((DataTableSpec)inSpecs[0]);
        check(settings().problems());
        return new PortObjectSpec[]{GraphTables.edgeSpec(), GraphTables.candidateSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        CellSequence cells = CellTables.readCells((BufferedDataTable)inObjects[0]);
        exec.setMessage("Building graphs of " + cells.frameCount() + " frames");
        CellGraphs graphs = EngineCall.run(() -> new GraphOperation(settings(), m_gateRadius.getDoubleValue())
            .run(cells));
        return new PortObject[]{GraphTables.writeEdges(graphs, exec), GraphTables.writeCandidates(graphs, exec)};
    }
}
