package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CellTableCsv;
import org.mitosis.core.io.ResultFolder;

/** Writes tracking results and cell tables. */
public final class WriteResultOperation {

    /** The names of the files {@link #write} writes into its folder. */
    public static final List<String> FILES = ResultFolder.FILES;

    private WriteResultOperation() {
    }

    /**
     * Writes {@code cells.csv}, {@code links.csv}, {@code divisions.csv}, the CTC {@code res_track.txt}
     * and a TrackMate {@code trackmate.xml} into {@code folder} (created if needed).
     */
    public static void write(Lineage result, Path folder) throws IOException {
        ResultFolder.write(result, folder);
    }

    /** Writes a CSV cell table {@code frame,id,x,y} (no links). */
    public static void writeCellTable(CellSequence cells, Path file) throws IOException {
        CellTableCsv.write(cells, file);
    }
}
