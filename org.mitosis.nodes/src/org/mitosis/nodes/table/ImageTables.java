package org.mitosis.nodes.table;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * Converts between KNIME image tables and the engine's frame-to-image map. An <em>image table</em> has the columns
 * {@link CellColumns#FRAME} (integer) and {@link CellColumns#IMAGE} (string: the path of that frame's image file,
 * a 2-D grey-level TIFF or PNG).
 */
public final class ImageTables {

    private ImageTables() {
    }

    /** Spec of an image table. */
    public static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpecCreator(CellColumns.FRAME, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(CellColumns.IMAGE, StringCell.TYPE).createSpec());
    }

    /**
     * @throws InvalidSettingsException naming the missing or mistyped column
     */
    public static void checkSpec(final DataTableSpec spec) throws InvalidSettingsException {
        if (!spec.containsName(CellColumns.FRAME)
            || !spec.getColumnSpec(CellColumns.FRAME).getType().isCompatible(IntValue.class)) {
            throw new InvalidSettingsException("Not an image table: integer column \"" + CellColumns.FRAME
                + "\" is missing");
        }
        if (!spec.containsName(CellColumns.IMAGE)
            || !spec.getColumnSpec(CellColumns.IMAGE).getType().isCompatible(StringValue.class)) {
            throw new InvalidSettingsException("Not an image table: string column \"" + CellColumns.IMAGE
                + "\" is missing");
        }
    }

    /** Writes an image table, one row per frame in frame order. */
    public static BufferedDataTable write(final SortedMap<Integer, Path> images, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(spec());
        for (Map.Entry<Integer, Path> e : images.entrySet()) {
            out.addRowToTable(new DefaultRow(new RowKey("f" + e.getKey()), new IntCell(e.getKey()),
                new StringCell(e.getValue().toString())));
        }
        out.close();
        return out.getTable();
    }

    /**
     * @throws InvalidSettingsException for a missing value or a frame listed twice
     */
    public static SortedMap<Integer, Path> read(final BufferedDataTable table) throws InvalidSettingsException {
        DataTableSpec spec = table.getDataTableSpec();
        checkSpec(spec);
        int frameCol = spec.findColumnIndex(CellColumns.FRAME);
        int imageCol = spec.findColumnIndex(CellColumns.IMAGE);
        SortedMap<Integer, Path> images = new TreeMap<>();
        for (DataRow row : table) {
            if (row.getCell(frameCol).isMissing() || row.getCell(imageCol).isMissing()) {
                throw new InvalidSettingsException("Row \"" + row.getKey() + "\" has a missing frame or image");
            }
            int frame = ((IntValue)row.getCell(frameCol)).getIntValue();
            Path image = Path.of(((StringValue)row.getCell(imageCol)).getStringValue());
            if (images.put(frame, image) != null) {
                throw new InvalidSettingsException("Frame " + frame + " is listed twice");
            }
        }
        return images;
    }
}
