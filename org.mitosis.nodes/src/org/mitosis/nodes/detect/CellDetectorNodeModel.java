package org.mitosis.nodes.detect;

import java.nio.file.Path;
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
import org.mitosis.core.detect.DetectSettings;
import org.mitosis.core.ops.DetectOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.port.DetectorModelPortObject;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.ImageTables;

/**
 * Detects cells in frame images through {@link DetectOperation}.
 */
final class CellDetectorNodeModel extends EngineNodeModel {

    /** Settings key: Pixels whose cell probability is at least this value count as foreground. */
    static final String CFG_THRESHOLD = "threshold";
    /** Settings key: Foreground regions smaller than this many pixels are dropped as noise. */
    static final String CFG_MIN_AREA = "min_area";

    static SettingsModelDoubleBounded createThresholdModel() {
        return new SettingsModelDoubleBounded(CFG_THRESHOLD, 0.5, 0, 1);
    }

    static SettingsModelIntegerBounded createMinAreaModel() {
        return new SettingsModelIntegerBounded(CFG_MIN_AREA, 20, 1, 1000000);
    }
    private final SettingsModelDoubleBounded m_threshold = createThresholdModel();

    private final SettingsModelIntegerBounded m_minArea = createMinAreaModel();

    CellDetectorNodeModel() {
        super(new PortType[]{DetectorModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE});
        register(m_threshold, m_minArea);
    }

    private DetectSettings settings() {
        return new DetectSettings(m_threshold.getDoubleValue(), m_minArea.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ImageTables.checkSpec((DataTableSpec)inSpecs[1]);
        check(settings().problems());
        // The number of shape features is the engine's choice, known once cells are detected.
        return new PortObjectSpec[]{null};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        DetectorModelPortObject model = (DetectorModelPortObject)inObjects[0];
        SortedMap<Integer, Path> images = ImageTables.read((BufferedDataTable)inObjects[1]);
        CellSequence cells = EngineCall.run(() -> new DetectOperation(settings()).run(model.content(), images,
            new KnimeProgress(exec)));
        return new PortObject[]{CellTables.writeCells(cells, exec)};
    }
}
