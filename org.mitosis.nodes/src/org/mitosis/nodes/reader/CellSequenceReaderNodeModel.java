package org.mitosis.nodes.reader;

import java.nio.file.Path;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.ReadCellsOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;

/**
 * Reads a cell sequence (with its lineage where the input has one) through {@link ReadCellsOperation}.
 */
final class CellSequenceReaderNodeModel extends EngineNodeModel {

    /** Settings key: File or folder to read (see above for the formats). */
    static final String CFG_INPUT = "input";
    /** Settings key: First frame to read (inclusive, 0-based); -1 reads from the first frame of the input. */
    static final String CFG_FIRST_FRAME = "first_frame";
    /** Settings key: Last frame to read (inclusive); -1 reads to the last frame of the input. */
    static final String CFG_LAST_FRAME = "last_frame";

    static SettingsModelString createInputModel() {
        return new SettingsModelString(CFG_INPUT, "");
    }

    static SettingsModelIntegerBounded createFirstFrameModel() {
        return new SettingsModelIntegerBounded(CFG_FIRST_FRAME, -1, -1, Integer.MAX_VALUE);
    }

    static SettingsModelIntegerBounded createLastFrameModel() {
        return new SettingsModelIntegerBounded(CFG_LAST_FRAME, -1, -1, Integer.MAX_VALUE);
    }
    private final SettingsModelString m_input = createInputModel();

    private final SettingsModelIntegerBounded m_firstFrame = createFirstFrameModel();

    private final SettingsModelIntegerBounded m_lastFrame = createLastFrameModel();

    CellSequenceReaderNodeModel() {
        super(new PortType[0], new PortType[]{BufferedDataTable.TYPE});
        register(m_input, m_firstFrame, m_lastFrame);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (m_input.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Choose the file or folder to read");
        }
        // The feature columns depend on the file's content, known only when it is read.
        return new PortObjectSpec[]{null};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        exec.setMessage("Reading " + m_input.getStringValue());
        // -1 means "from the first frame" / "to the last frame"; the engine clips the range to the input's frames.
        int first = Math.max(0, m_firstFrame.getIntValue());
        int last = m_lastFrame.getIntValue() < 0 ? Integer.MAX_VALUE : m_lastFrame.getIntValue();
        Path input = LocalPaths.resolve(m_input.getStringValue(), "Input");
        Lineage lineage =
            EngineCall.run(() -> ReadCellsOperation.read(input, first, last, new KnimeProgress(exec)));
        return new PortObject[]{CellTables.writeLineage(lineage, exec)};
    }
}
