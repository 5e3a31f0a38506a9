package org.mitosis.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CellTableCsv;
import org.mitosis.core.io.LabelMasks;
import org.mitosis.core.io.ResultFolder;
import org.mitosis.core.io.TrackedMasks;
import org.mitosis.core.monitor.ProgressMonitor;

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

    /**
     * Writes the result's tracks into the label masks its cells were read from, one
     * {@code maskNNN.tif} per frame of the result, each cell's pixels holding its track's id in
     * {@code res_track.txt} ({@link TrackedMasks}): written into the result folder, they make it a
     * complete Cell Tracking Challenge result.
     *
     * @param masks the folder or stack of label masks the result was tracked from
     * @return the files written
     * @throws org.mitosis.core.io.BadInputException if the masks are not the ones the result's cells came from
     */
    public static List<Path> writeTrackedMasks(Lineage result, Path masks, Path folder, ProgressMonitor monitor)
            throws IOException {
        return TrackedMasks.write(result, LabelMasks.open(masks), folder, monitor);
    }

    /** Whether {@code folder} holds tracked masks beside its {@code res_track.txt} ({@link #writeTrackedMasks} wrote them). */
    public static boolean hasTrackedMasks(Path folder) {
        return TrackedMasks.isIn(folder);
    }

    /**
     * Writes {@code result}'s tracks into the tracked masks of {@code tracked}, another result over the
     * same cells (the one it was proofread from), one {@code maskNNN.tif} per frame into {@code folder}.
     *
     * @throws org.mitosis.core.io.BadInputException if those masks do not hold the result's cells
     */
    public static List<Path> rewriteTrackedMasks(Lineage result, Path tracked, Path folder, ProgressMonitor monitor)
            throws IOException {
        return TrackedMasks.rewrite(result, tracked, folder, monitor);
    }

    /** The names of the files {@link #writeTrackedMasks} writes for {@code result}, in frame order. */
    public static List<String> trackedMaskFiles(Lineage result) {
        return TrackedMasks.fileNames(result);
    }

    /** Writes a CSV cell table {@code frame,id,x,y} (no links). */
    public static void writeCellTable(CellSequence cells, Path file) throws IOException {
        CellTableCsv.write(cells, file);
    }
}
