package org.mitosis.nodes.synth;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.ops.SimulateOperation;
import org.mitosis.core.synth.SimulationSettings;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.ImageTables;

/**
 * Simulates a time-lapse through {@link SimulateOperation} and, when an image folder is set, renders its frames.
 */
final class SyntheticTimeLapseNodeModel extends EngineNodeModel {

    /** Settings key: Number of frames. */
    static final String CFG_FRAMES = "frames";
    /** Settings key: Cells in the first frame. */
    static final String CFG_INITIAL_CELLS = "initial_cells";
    /** Settings key: Field width in pixels. */
    static final String CFG_WIDTH = "width";
    /** Settings key: Field height in pixels. */
    static final String CFG_HEIGHT = "height";
    /**
     * Settings key: Radius of a cell in pixels; daughters are born about one radius from the parent and cells keep
     * about two radii apart.
     */
    static final String CFG_CELL_RADIUS = "cell_radius";
    /** Settings key: Standard deviation of a cell's step per frame, in pixels. */
    static final String CFG_SPEED = "speed";
    /** Settings key: Mean time from a cell's birth to its division, in frames. */
    static final String CFG_CYCLE_MEAN = "cycle_mean";
    /** Settings key: Standard deviation of the cycle length, in frames. */
    static final String CFG_CYCLE_SPREAD = "cycle_spread";
    /** Settings key: Expected number of cells entering through the border per frame. */
    static final String CFG_ENTRY_RATE = "entry_rate";
    /** Settings key: Seed of every random choice. */
    static final String CFG_SEED = "seed";
    /**
     * Settings key: Folder to render the frames into (one image per frame); empty renders no images and leaves the
     * image table empty.
     */
    static final String CFG_IMAGE_FOLDER = "image_folder";

    static SettingsModelIntegerBounded createFramesModel() {
        return new SettingsModelIntegerBounded(CFG_FRAMES, 50, 1, 10000);
    }

    static SettingsModelIntegerBounded createInitialCellsModel() {
        return new SettingsModelIntegerBounded(CFG_INITIAL_CELLS, 60, 0, 100000);
    }

    static SettingsModelDoubleBounded createWidthModel() {
        return new SettingsModelDoubleBounded(CFG_WIDTH, 512, 1, 100000);
    }

    static SettingsModelDoubleBounded createHeightModel() {
        return new SettingsModelDoubleBounded(CFG_HEIGHT, 512, 1, 100000);
    }

    static SettingsModelDoubleBounded createCellRadiusModel() {
        return new SettingsModelDoubleBounded(CFG_CELL_RADIUS, 8, 0.5, 1000);
    }

    static SettingsModelDoubleBounded createSpeedModel() {
        return new SettingsModelDoubleBounded(CFG_SPEED, 3, 0, 1000);
    }

    static SettingsModelDoubleBounded createCycleMeanModel() {
        return new SettingsModelDoubleBounded(CFG_CYCLE_MEAN, 40, 1.01, 100000);
    }

    static SettingsModelDoubleBounded createCycleSpreadModel() {
        return new SettingsModelDoubleBounded(CFG_CYCLE_SPREAD, 8, 0, 100000);
    }

    static SettingsModelDoubleBounded createEntryRateModel() {
        return new SettingsModelDoubleBounded(CFG_ENTRY_RATE, 0.3, 0, 1000);
    }

    static SettingsModelIntegerBounded createSeedModel() {
        return new SettingsModelIntegerBounded(CFG_SEED, 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static SettingsModelString createImageFolderModel() {
        return new SettingsModelString(CFG_IMAGE_FOLDER, "");
    }
    private final SettingsModelIntegerBounded m_frames = createFramesModel();

    private final SettingsModelIntegerBounded m_initialCells = createInitialCellsModel();

    private final SettingsModelDoubleBounded m_width = createWidthModel();

    private final SettingsModelDoubleBounded m_height = createHeightModel();

    private final SettingsModelDoubleBounded m_cellRadius = createCellRadiusModel();

    private final SettingsModelDoubleBounded m_speed = createSpeedModel();

    private final SettingsModelDoubleBounded m_cycleMean = createCycleMeanModel();

    private final SettingsModelDoubleBounded m_cycleSpread = createCycleSpreadModel();

    private final SettingsModelDoubleBounded m_entryRate = createEntryRateModel();

    private final SettingsModelIntegerBounded m_seed = createSeedModel();

    private final SettingsModelString m_imageFolder = createImageFolderModel();

    SyntheticTimeLapseNodeModel() {
        super(new PortType[0], new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE});
        register(m_frames, m_initialCells, m_width, m_height, m_cellRadius, m_speed, m_cycleMean, m_cycleSpread,
            m_entryRate, m_seed, m_imageFolder);
    }

    private SimulationSettings settings() {
        return new SimulationSettings(m_frames.getIntValue(), m_initialCells.getIntValue(), m_width.getDoubleValue(),
            m_height.getDoubleValue(), m_cellRadius.getDoubleValue(), m_speed.getDoubleValue(),
            m_cycleMean.getDoubleValue(), m_cycleSpread.getDoubleValue(), m_entryRate.getDoubleValue(),
            m_seed.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        check(settings().problems());
        return new PortObjectSpec[]{CellTables.lineageSpec(0), ImageTables.spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        SimulateOperation simulate = new SimulateOperation(settings());
        boolean render = !m_imageFolder.getStringValue().isBlank();
        KnimeProgress progress = new KnimeProgress(exec);
        exec.setMessage("Simulating");
        Lineage truth = EngineCall.run(simulate::run);
        progress.setProgress(0.3, "Simulated " + truth.cells().size() + " cells");
        SortedMap<Integer, Path> images = new TreeMap<>();
        if (render) {
            Path folder = LocalPaths.resolve(m_imageFolder.getStringValue(), "Image folder");
            EngineCall.run(() -> {
                simulate.renderImages(truth, folder, progress.sub(0.3, 0.7));
                return null;
            });
            images.putAll(ImageTables.of(ImageSequence.open(folder)));
            if (images.size() != truth.cells().frameCount()) {
                throw new InvalidSettingsException("The image folder " + folder + " holds " + images.size()
                    + " images for " + truth.cells().frameCount() + " frames; give an empty folder");
            }
        }
        return new PortObject[]{CellTables.writeLineage(truth, exec), ImageTables.write(images, exec)};
    }
}
