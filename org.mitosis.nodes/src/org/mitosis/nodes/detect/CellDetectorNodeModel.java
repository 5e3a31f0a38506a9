package org.mitosis.nodes.detect;

import java.nio.file.Path;
import java.util.SortedMap;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.detect.CentroidDetector;
import org.mitosis.core.detect.DetectorSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.ops.DetectOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.DetectorModelPortObject;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.ImageTables;

/**
 * Detects cells in frame images through {@link DetectOperation}. The image table's files must form one image folder
 * (frame i = the folder's i-th image in name order), which is how the engine reads frames.
 */
final class CellDetectorNodeModel extends EngineNodeModel {

    /** Settings key: Smallest centroid-map peak that counts as a cell. */
    static final String CFG_THRESHOLD = "threshold";
    /** Settings key: Smallest distance between two detected cell centres, in pixels. */
    static final String CFG_MIN_DISTANCE = "min_distance";

    /** Settings key: How many times larger cells appear than in the detector's training images. */
    static final String CFG_CELL_SCALE = "cell_scale";

    static SettingsModelDoubleBounded createThresholdModel() {
        return new SettingsModelDoubleBounded(CFG_THRESHOLD, DetectorSettings.defaults().threshold(), 0, 10);
    }

    static SettingsModelDoubleBounded createMinDistanceModel() {
        return new SettingsModelDoubleBounded(CFG_MIN_DISTANCE, DetectorSettings.defaults().minDistance(), 1, 10000);
    }

    /** Settings key: Whether the cell scale is estimated from the frames instead. */
    static final String CFG_ESTIMATE_CELL_SCALE = "estimate_cell_scale";

    static SettingsModelDoubleBounded createCellScaleModel() {
        return new SettingsModelDoubleBounded(CFG_CELL_SCALE, 1, 0.05, 20);
    }

    static SettingsModelBoolean createEstimateCellScaleModel() {
        return new SettingsModelBoolean(CFG_ESTIMATE_CELL_SCALE, false);
    }

    private final SettingsModelDoubleBounded m_threshold = createThresholdModel();

    private final SettingsModelDoubleBounded m_minDistance = createMinDistanceModel();

    private final SettingsModelDoubleBounded m_cellScale = createCellScaleModel();

    private final SettingsModelBoolean m_estimateCellScale = createEstimateCellScaleModel();

    CellDetectorNodeModel() {
        super(new PortType[]{DetectorModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE});
        register(m_threshold, m_minDistance);
        // Workflows saved before the cell scale existed read it as 1: the frames as they are, as then.
        registerAddedLater(CFG_CELL_SCALE, m_cellScale, m_estimateCellScale);
    }

    /** The trained detector's settings with this node's peak threshold and minimum distance. */
    private DetectorSettings settings(final DetectorSettings trained) {
        return new DetectorSettings(trained.shape(), trained.downscale(), trained.tileSize(), trained.tileMargin(),
            m_threshold.getDoubleValue(), m_minDistance.getDoubleValue(), trained.featurePatch());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ImageTables.checkSpec((DataTableSpec)inSpecs[1]);
        check(settings(DetectorSettings.defaults()).problems());
        // The number of features is the trained network's, known once the model arrives.
        return new PortObjectSpec[]{null};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        CentroidDetector trained = ((DetectorModelPortObject)inObjects[0]).content().detector();
        DetectOperation detect = new DetectOperation(trained.withSettings(settings(trained.settings())));
        SortedMap<Integer, Path> table = ImageTables.read((BufferedDataTable)inObjects[1]);
        ImageSequence images = ImageTables.sequence(table);
        KnimeProgress progress = new KnimeProgress(exec);
        double scale = m_estimateCellScale.getBooleanValue()
            ? EngineCall.run(() -> detect.estimateCellScale(images, table.firstKey(), table.lastKey(), progress))
            : m_cellScale.getDoubleValue();
        // Downstream, the QP Correspondence can read the tracker at the scale the cells were found at.
        pushFlowVariableDouble(CFG_CELL_SCALE, scale);
        CellSequence cells = EngineCall.run(() -> detect.atCellScale(scale).run(images, table.firstKey(),
            table.lastKey(), progress));
        return new PortObject[]{CellTables.writeCells(cells, exec)};
    }
}
