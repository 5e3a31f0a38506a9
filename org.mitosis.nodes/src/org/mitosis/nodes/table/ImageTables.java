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
import org.mitosis.core.io.ImageSequence;

/**
 * Converts between KNIME image tables and the engine's frame-to-image map. An <em>image table</em> has the columns
 * {@link CellColumns#FRAME} (integer) and {@link CellColumns#IMAGE} (string: the path of that frame's image file,
 * a 2-D grey-level TIFF or PNG, or of the multi-page TIFF that holds it). The engine reads frames as an image
 * folder or a stack ({@link ImageSequence}: frame i is the folder's i-th image in name order, or the stack's i-th
 * page), so the files of one image table must be exactly that: all in one folder, frame i being the i-th image
 * there, or every row naming the same multi-page TIFF, frame i being its i-th page.
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

    /** The image table of an image folder or stack: frame i is the folder's i-th image in name order, or the page. */
    public static SortedMap<Integer, Path> of(final ImageSequence images) {
        SortedMap<Integer, Path> table = new TreeMap<>();
        for (int i = 0; i < images.frameCount(); i++) {
            table.put(i, images.file(i));
        }
        return table;
    }

    /**
     * Opens the one folder that holds every image of the table, or the one multi-page TIFF that every row names, as
     * the engine's image sequence.
     *
     * @param images an image table's rows, as {@link #read} returns them; not empty
     * @throws InvalidSettingsException if the images lie in several folders, or a frame is not the folder's image of
     *             that index in name order (the stack's page of that index)
     */
    public static ImageSequence sequence(final SortedMap<Integer, Path> images) throws InvalidSettingsException {
        if (images.isEmpty()) {
            throw new InvalidSettingsException("The image table is empty");
        }
        Path first = images.get(images.firstKey()).toAbsolutePath().normalize();
        if (images.values().stream().allMatch(p -> p.toAbsolutePath().normalize().equals(first))) {
            // A one-page file listed as frame 0 is a one-frame movie; as frame k > 0 it is the k-th image of its folder.
            ImageSequence stack = ImageSequence.open(first);
            if (stack.frameCount() > 1 || images.lastKey() == 0) {
                if (images.firstKey() < 0 || images.lastKey() >= stack.frameCount()) {
                    throw new InvalidSettingsException("Frames " + images.firstKey() + "-" + images.lastKey()
                        + " must be pages (0-based) of " + first + ", which has " + stack.frameCount());
                }
                return stack;
            }
        }
        Path folder = first.getParent();
        for (Path image : images.values()) {
            if (!image.toAbsolutePath().normalize().getParent().equals(folder)) {
                throw new InvalidSettingsException("All images must lie in one folder; " + image + " is not in "
                    + folder);
            }
        }
        ImageSequence sequence = ImageSequence.open(folder);
        for (Map.Entry<Integer, Path> e : images.entrySet()) {
            int frame = e.getKey();
            if (frame < 0 || frame >= sequence.frameCount() || !sequence.file(frame).toAbsolutePath().normalize()
                .equals(e.getValue().toAbsolutePath().normalize())) {
                throw new InvalidSettingsException("Frame " + frame + " must be image " + frame
                    + " (0-based, in name order) of " + folder + ", but is " + e.getValue());
            }
        }
        return sequence;
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
