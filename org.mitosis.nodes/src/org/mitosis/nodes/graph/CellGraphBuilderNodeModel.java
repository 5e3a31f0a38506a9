package org.mitosis.nodes.graph;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.mitosis.nodes.port.CellGraphsPortObject;
import org.mitosis.nodes.port.CellGraphsPortSpec;
import org.mitosis.nodes.table.CellTables;

/**
 * Builds cell graphs and candidate links through {@link GraphOperation}.
 */
final class CellGraphBuilderNodeModel extends EngineNodeModel {

    /** Settings key: Spatial neighbours each cell is joined to in its frame's graph. */
    static final String CFG_NEIGHBOURS = "neighbours";
    /** Settings key: Neighbours used to compute each cell's neighbourhood features. */
    static final String CFG_FEATURE_NEIGHBOURS = "feature_neighbours";
    /** Settings key: Radius within which neighbours are counted for the local density feature. */
    static final String CFG_DENSITY_RADIUS = "density_radius";
    /** Settings key: Most cells of the previous frame a cell may be linked to. */
    static final String CFG_MAX_SOURCES = "max_sources";
    /** Settings key: Quantile of nearest-neighbour displacements that sets the distance gate. */
    static final String CFG_GATE_QUANTILE = "gate_quantile";
    /** Settings key: Factor (at least 1) that widens the distance gate. */
    static final String CFG_GATE_MARGIN = "gate_margin";

    static SettingsModelIntegerBounded createNeighboursModel() {
        return new SettingsModelIntegerBounded(CFG_NEIGHBOURS, 2, 1, 100);
    }

    static SettingsModelIntegerBounded createFeatureNeighboursModel() {
        return new SettingsModelIntegerBounded(CFG_FEATURE_NEIGHBOURS, 3, 1, 100);
    }

    static SettingsModelDoubleBounded createDensityRadiusModel() {
        return new SettingsModelDoubleBounded(CFG_DENSITY_RADIUS, 60, 0.001, 100000);
    }

    static SettingsModelIntegerBounded createMaxSourcesModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_SOURCES, 4, 1, 100);
    }

    static SettingsModelDoubleBounded createGateQuantileModel() {
        return new SettingsModelDoubleBounded(CFG_GATE_QUANTILE, 0.999, 1e-06, 1);
    }

    static SettingsModelDoubleBounded createGateMarginModel() {
        return new SettingsModelDoubleBounded(CFG_GATE_MARGIN, 1.5, 1, 100);
    }
    private final SettingsModelIntegerBounded m_neighbours = createNeighboursModel();

    private final SettingsModelIntegerBounded m_featureNeighbours = createFeatureNeighboursModel();

    private final SettingsModelDoubleBounded m_densityRadius = createDensityRadiusModel();

    private final SettingsModelIntegerBounded m_maxSources = createMaxSourcesModel();

    private final SettingsModelDoubleBounded m_gateQuantile = createGateQuantileModel();

    private final SettingsModelDoubleBounded m_gateMargin = createGateMarginModel();

    CellGraphBuilderNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{CellGraphsPortObject.TYPE});
        register(m_neighbours, m_featureNeighbours, m_densityRadius, m_maxSources, m_gateQuantile, m_gateMargin);
    }

    private GraphSettings settings() {
        return new GraphSettings(m_neighbours.getIntValue(), m_featureNeighbours.getIntValue(),
            m_densityRadius.getDoubleValue(), m_maxSources.getIntValue(), m_gateQuantile.getDoubleValue(),
            m_gateMargin.getDoubleValue());
    }

    private CellGraphsPortSpec spec() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(CFG_NEIGHBOURS, "" + m_neighbours.getIntValue());
        facts.put(CFG_FEATURE_NEIGHBOURS, "" + m_featureNeighbours.getIntValue());
        facts.put(CFG_DENSITY_RADIUS, "" + m_densityRadius.getDoubleValue());
        facts.put(CFG_MAX_SOURCES, "" + m_maxSources.getIntValue());
        facts.put(CFG_GATE_QUANTILE, "" + m_gateQuantile.getDoubleValue());
        facts.put(CFG_GATE_MARGIN, "" + m_gateMargin.getDoubleValue());
        return new CellGraphsPortSpec(facts);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkCellSpec((DataTableSpec)inSpecs[0]);
        check(settings().problems());
        return new PortObjectSpec[]{spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        CellSequence cells = CellTables.readCells((BufferedDataTable)inObjects[0]);
        exec.setMessage("Building graphs of " + cells.frameCount() + " frames");
        CellGraphs graphs = EngineCall.run(() -> new GraphOperation(settings()).run(cells));
        return new PortObject[]{new CellGraphsPortObject(graphs, spec())};
    }
}
