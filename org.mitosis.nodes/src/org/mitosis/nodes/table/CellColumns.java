package org.mitosis.nodes.table;

/**
 * Column names of the cell and lineage tables the Mitosis nodes read and write. The node descriptions document
 * the same names; the workflow checks compare them with this class.
 */
public final class CellColumns {

    /** Frame index (integer, 0-based as in the input files). */
    public static final String FRAME = "Frame";

    /** Cell id, unique within its frame (integer). */
    public static final String CELL = "Cell";

    /** Column position of the cell centre in pixels (double). */
    public static final String X = "X";

    /** Row position of the cell centre in pixels (double). */
    public static final String Y = "Y";

    /** Prefix of the feature columns, numbered from 1: "Feature 1", "Feature 2", ... (double). */
    public static final String FEATURE_PREFIX = "Feature ";

    /** Frame of the cell's predecessor in the lineage (integer, missing for a track start). */
    public static final String PARENT_FRAME = "Parent Frame";

    /** Id of the cell's predecessor in the lineage (integer, missing for a track start). */
    public static final String PARENT_CELL = "Parent Cell";

    /** Optional name of the sequence a row belongs to, to pass several training sequences in one table. */
    public static final String SEQUENCE = "Sequence";

    /** Path of one frame's image file (string), in image tables. */
    public static final String IMAGE = "Image";

    private CellColumns() {
    }
}
