package org.mitosis.nodes.writer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.ops.WriteResultOperation;
import org.mitosis.nodes.exec.EngineCall;
import org.mitosis.nodes.exec.KnimeProgress;
import org.mitosis.nodes.exec.LocalPaths;
import org.mitosis.nodes.exec.EngineNodeModel;
import org.mitosis.nodes.table.CellTables;

/**
 * Writes a lineage as a result folder through {@link WriteResultOperation}.
 */
final class LineageWriterNodeModel extends EngineNodeModel {

    /** The files the engine writes; the node refuses to replace them unless told to. */
    private static final List<String> RESULT_FILES = WriteResultOperation.FILES;

    /** Settings key: Folder to write into; created if absent. */
    static final String CFG_FOLDER = "folder";
    /** Settings key: Replace result files already in the folder; without it, the node stops when they exist. */
    static final String CFG_OVERWRITE = "overwrite";

    /**
     * Settings key: The label masks the lineage's cells were read from (a folder of label images or a stack), to
     * write back with each cell's track id; empty for none.
     */
    static final String CFG_LABEL_MASKS = "label_masks";

    static SettingsModelString createLabelMasksModel() {
        return new SettingsModelString(CFG_LABEL_MASKS, "");
    }

    static SettingsModelString createFolderModel() {
        return new SettingsModelString(CFG_FOLDER, "");
    }

    static SettingsModelBoolean createOverwriteModel() {
        return new SettingsModelBoolean(CFG_OVERWRITE, false);
    }
    private final SettingsModelString m_folder = createFolderModel();

    private final SettingsModelBoolean m_overwrite = createOverwriteModel();

    private final SettingsModelString m_labelMasks = createLabelMasksModel();

    LineageWriterNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[0]);
        register(m_folder, m_overwrite, m_labelMasks);
        // Workflows saved before the setting wrote no masks, as an empty one does.
        registerAddedLater(CFG_LABEL_MASKS, m_labelMasks);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CellTables.checkLineageSpec((DataTableSpec)inSpecs[0]);
        if (m_folder.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Choose the output folder");
        }
        return new PortObjectSpec[0];
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Path folder = LocalPaths.resolve(m_folder.getStringValue(), "Output folder");
        Lineage lineage = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        boolean masks = !m_labelMasks.getStringValue().isBlank();
        Path labelMasks = masks ? LocalPaths.resolve(m_labelMasks.getStringValue(), "Label masks") : null;
        if (!m_overwrite.getBooleanValue()) {
            List<String> files = new ArrayList<>(RESULT_FILES);
            if (masks) {
                files.addAll(WriteResultOperation.trackedMaskFiles(lineage));
            }
            for (String name : files) {
                if (Files.exists(folder.resolve(name))) {
                    throw new InvalidSettingsException(
                        folder.resolve(name) + " exists; tick \"Overwrite\" to replace it");
                }
            }
        }
        exec.setMessage("Writing " + folder);
        EngineCall.run(() -> {
            WriteResultOperation.write(lineage, folder);
            if (masks) {
                WriteResultOperation.writeTrackedMasks(lineage, labelMasks, folder, new KnimeProgress(exec));
            }
            return folder;
        });
        return new PortObject[0];
    }
}
