package org.mitosis.nodes.writer;

import java.nio.file.Files;
import java.nio.file.Path;
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

    static SettingsModelString createFolderModel() {
        return new SettingsModelString(CFG_FOLDER, "");
    }

    static SettingsModelBoolean createOverwriteModel() {
        return new SettingsModelBoolean(CFG_OVERWRITE, false);
    }
    private final SettingsModelString m_folder = createFolderModel();

    private final SettingsModelBoolean m_overwrite = createOverwriteModel();

    LineageWriterNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[0]);
        register(m_folder, m_overwrite);
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
        if (!m_overwrite.getBooleanValue()) {
            for (String name : RESULT_FILES) {
                if (Files.exists(folder.resolve(name))) {
                    throw new InvalidSettingsException(
                        folder.resolve(name) + " exists; tick \"Overwrite\" to replace it");
                }
            }
        }
        Lineage lineage = CellTables.readLineage((BufferedDataTable)inObjects[0]);
        exec.setMessage("Writing " + folder);
        EngineCall.run(() -> {
            WriteResultOperation.write(lineage, folder);
            return folder;
        });
        return new PortObject[0];
    }
}
