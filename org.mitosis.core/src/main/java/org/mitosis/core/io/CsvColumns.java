package org.mitosis.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the columns of a CSV cell table. The default names are
 * {@code frame,id,x,y,parent}; the parent column is optional in the file.
 *
 * @param frame column of the 0-based frame index
 * @param id column of the cell id; the id of a track when a cell keeps its id across frames
 * @param x column of the x position (image column, pixels)
 * @param y column of the y position (image row, pixels)
 * @param parent column of the parent track id (a negative value or 0 for none, see
 *        {@link CellTableCsv}); read only where the file has it
 */
public record CsvColumns(String frame, String id, String x, String y, String parent) {

    /** {@code frame,id,x,y,parent}. */
    public static final CsvColumns DEFAULT = new CsvColumns("frame", "id", "x", "y", "parent");

    /** The prefix of feature columns: {@code f0, f1, ...}. */
    public static final String FEATURE_PREFIX = "f";

    /**
     * @throws IllegalArgumentException listing every blank or repeated name
     */
    public CsvColumns {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String[][] named = {{"frame", frame}, {"id", id}, {"x", x}, {"y", y}, {"parent", parent}};
        for (String[] n : named) {
            if (n[1] == null || n[1].isBlank()) {
                problems.add("the " + n[0] + " column has no name");
            } else if (seen.contains(n[1])) {
                problems.add("the " + n[0] + " column name '" + n[1] + "' is used twice");
            } else {
                seen.add(n[1]);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
