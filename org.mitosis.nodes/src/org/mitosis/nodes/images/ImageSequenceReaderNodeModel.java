package org.mitosis.nodes.images;

import java.nio.file.Path;
import java.util.SortedMap;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.io.ImageSequence;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.ImageTables;

/**
 * Lists the frames of a time-lapse through {@link ImageSequence#open}: a folder of images (frame = index in name
 * order) or a multi-page TIFF (frame = page), as the image table the detector nodes take.
 */
final class ImageSequenceReaderNodeModel extends EngineNodeModel {

    /** Settings key: the image folder or multi-page TIFF. */
    static final String CFG_IMAGES = "images";
    /** Settings key: first frame to list (inclusive, 0-based); -1 lists from the first frame. */
    static final String CFG_FIRST_FRAME = "first_frame";
    /** Settings key: last frame to list (inclusive); -1 lists to the last frame. */
    static final String CFG_LAST_FRAME = "last_frame";

    static SettingsModelString createImagesModel() {
        return new SettingsModelString(CFG_IMAGES, "");
    }

    static SettingsModelIntegerBounded createFirstFrameModel() {
        return new SettingsModelIntegerBounded(CFG_FIRST_FRAME, -1, -1, Integer.MAX_VALUE);
    }

    static SettingsModelIntegerBounded createLastFrameModel() {
        return new SettingsModelIntegerBounded(CFG_LAST_FRAME, -1, -1, Integer.MAX_VALUE);
    }

    private final SettingsModelString m_images = createImagesModel();

    private final SettingsModelIntegerBounded m_firstFrame = createFirstFrameModel();

    private final SettingsModelIntegerBounded m_lastFrame = createLastFrameModel();

    ImageSequenceReaderNodeModel() {
        super(new PortType[0], new PortType[]{BufferedDataTable.TYPE});
        register(m_images, m_firstFrame, m_lastFrame);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (m_images.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Choose the image folder or multi-page TIFF");
        }
        if (m_lastFrame.getIntValue() >= 0 && m_lastFrame.getIntValue() < m_firstFrame.getIntValue()) {
            throw new InvalidSettingsException("The last frame (" + m_lastFrame.getIntValue()
                + ") comes before the first (" + m_firstFrame.getIntValue() + ")");
        }
        return new PortObjectSpec[]{ImageTables.spec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        exec.setMessage("Listing the frames of " + m_images.getStringValue());
        Path source = LocalPaths.resolve(m_images.getStringValue(), "Images");
        ImageSequence images = EngineCall.run(() -> ImageSequence.open(source));
        // -1 means "from the first frame" / "to the last frame"; the engine clips the range to the sequence's frames.
        int last = m_lastFrame.getIntValue() < 0 ? Integer.MAX_VALUE : m_lastFrame.getIntValue();
        int[] range = EngineCall.run(() -> images.clip(m_firstFrame.getIntValue(), last));
        SortedMap<Integer, Path> frames = ImageTables.of(images).subMap(range[0], range[1] + 1);
        return new PortObject[]{ImageTables.write(frames, exec)};
    }
}
