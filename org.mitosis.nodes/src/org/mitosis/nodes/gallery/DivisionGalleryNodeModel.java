package org.mitosis.nodes.gallery;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.eval.EvaluationSettings;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.ops.DivisionGalleryOperation;
import org.mitosis.core.plot.DivisionStrip;
import org.mitosis.core.plot.GallerySettings;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.table.CellTables;
import org.mitosis.nodes.table.GalleryTables;
import org.mitosis.nodes.table.ImageTables;

/**
 * Draws every division of a lineage on its movie through {@link DivisionGalleryOperation}: one row per division
 * with the strip of crops as a PNG image cell; given a truth lineage on the optional third port, each labelled found
 * or false, and the truth's missed divisions as well.
 */
final class DivisionGalleryNodeModel extends EngineNodeModel {

    /** Settings key: Side of each crop in image pixels. */
    static final String CFG_CROP_SIZE = "crop_size";
    /** Settings key: Frames shown before the mother's last frame. */
    static final String CFG_FRAMES_BEFORE = "frames_before";
    /** Settings key: Frames shown after the mother's last frame. */
    static final String CFG_FRAMES_AFTER = "frames_after";
    /** Settings key: Screen pixels per image pixel. */
    static final String CFG_ZOOM = "zoom";
    /** Settings key: Folder for the strips and the proofreading page; empty writes none. */
    static final String CFG_PAGE_FOLDER = "page_folder";

    static SettingsModelIntegerBounded createCropSizeModel() {
        return new SettingsModelIntegerBounded(CFG_CROP_SIZE, GallerySettings.defaults().cropSize(), 16, 1024);
    }

    static SettingsModelIntegerBounded createFramesBeforeModel() {
        return new SettingsModelIntegerBounded(CFG_FRAMES_BEFORE, GallerySettings.defaults().framesBefore(), 0, 10);
    }

    static SettingsModelIntegerBounded createFramesAfterModel() {
        return new SettingsModelIntegerBounded(CFG_FRAMES_AFTER, GallerySettings.defaults().framesAfter(), 1, 10);
    }

    /**
     * Settings key: The label masks the lineage's cells were read from (a folder of label images or a stack), to
     * outline the mother and her daughters along their labels; empty circles them.
     */
    static final String CFG_LABEL_MASKS = "label_masks";

    static SettingsModelString createLabelMasksModel() {
        return new SettingsModelString(CFG_LABEL_MASKS, "");
    }

    static SettingsModelString createPageFolderModel() {
        return new SettingsModelString(CFG_PAGE_FOLDER, "");
    }

    static SettingsModelIntegerBounded createZoomModel() {
        return new SettingsModelIntegerBounded(CFG_ZOOM, GallerySettings.defaults().zoom(), 1, 8);
    }

    private final SettingsModelIntegerBounded m_cropSize = createCropSizeModel();

    private final SettingsModelIntegerBounded m_framesBefore = createFramesBeforeModel();

    private final SettingsModelIntegerBounded m_framesAfter = createFramesAfterModel();

    private final SettingsModelIntegerBounded m_zoom = createZoomModel();

    private final SettingsModelString m_pageFolder = createPageFolderModel();

    private final SettingsModelString m_labelMasks = createLabelMasksModel();

    DivisionGalleryNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE});
        register(m_cropSize, m_framesBefore, m_framesAfter, m_zoom, m_pageFolder, m_labelMasks);
        registerAddedLater(CFG_PAGE_FOLDER, m_pageFolder);
        // Workflows saved before the setting circled every cell, as an empty one does.
        registerAddedLater(CFG_LABEL_MASKS, m_labelMasks);
    }

    private GallerySettings settings() {
        return new GallerySettings(m_cropSize.getIntValue(), m_framesBefore.getIntValue(), m_framesAfter.getIntValue(),
            m_zoom.getIntValue());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        ImageTables.checkSpec((DataTableSpec)inSpecs[1]);
        if (inSpecs[2] != null) {
            CellTables.checkLineageSpec((DataTableSpec)inSpecs[2]);
        }
        check(settings().problems());
        return new PortObjectSpec[]{GalleryTables.spec(inSpecs[2] != null)};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Lineage lineage = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        ImageSequence images = ImageTables.sequence(ImageTables.read((BufferedDataTable)inObjects[1]));
        Lineage truth = inObjects[2] == null ? null : CellTables.readLineage((BufferedDataTable)inObjects[2]);
        DivisionGalleryOperation gallery = new DivisionGalleryOperation(settings());
        KnimeProgress progress = new KnimeProgress(exec);
        Optional<Path> labelMasks = m_labelMasks.getStringValue().isBlank() ? Optional.empty()
            : Optional.of(LocalPaths.resolve(m_labelMasks.getStringValue(), "Label masks"));
        List<DivisionStrip> strips = EngineCall.run(() -> {
            Optional<ImageSequence> masks = labelMasks.map(LabelMasks::open);
            return truth == null ? gallery.run(lineage, images, masks, progress)
                : gallery.run(lineage, truth, EvaluationSettings.DEFAULTS, images, masks, progress);
        });
        if (!m_pageFolder.getStringValue().isBlank()) {
            DivisionGalleryOperation.write(strips, LocalPaths.resolve(m_pageFolder.getStringValue(), "Page folder"));
        }
        return new PortObject[]{GalleryTables.write(strips, truth != null, exec)};
    }
}
