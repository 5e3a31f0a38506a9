package org.mitosis.core.io;

import java.nio.file.Path;
import java.util.Map;

import org.mitosis.core.cells.Cell;

/**
 * Finds the offset {@code d} between a table's frame numbers and a track file's: the one for
 * which every row's {@code frame - d} lies within its track's frames. Each row bounds {@code d} to
 * {@code [frame - end, frame - start]}; the offset is the one closest to 0 in the intersection of
 * these intervals. O(rows).
 */
final class FrameAlignment {

    private final Path table;
    private final Map<Integer, CtcTrack> tracks;
    private long low = Long.MIN_VALUE;
    private long high = Long.MAX_VALUE;
    private boolean any;

    FrameAlignment(Path table, Map<Integer, CtcTrack> tracks) {
        this.table = table;
        this.tracks = tracks;
    }

    /**
     * @throws BadInputException if the row's track is not in the track file, or no offset fits
     *         this row together with the rows before
     */
    void add(long line, Cell cell) {
        CtcTrack t = tracks.get(cell.id());
        if (t == null) {
            throw new BadInputException(table, line, "track " + cell.id() + " is not in the track file");
        }
        long lo = (long) cell.frame() - t.end();
        long hi = (long) cell.frame() - t.start();
        if (lo > high || hi < low) {
            throw new BadInputException(table, line, "frame " + cell.frame() + " of track " + cell.id()
                    + " (frames " + t.start() + "-" + t.end() + " in the track file) fits no frame offset that the rows"
                    + " before fit (" + low + " to " + high + ")");
        }
        low = Math.max(low, lo);
        high = Math.min(high, hi);
        any = true;
    }

    /** The offset to subtract from the table's frames; 0 for a table without rows. */
    int offset() {
        if (!any) {
            return 0;
        }
        return (int) Math.max(low, Math.min(high, 0));
    }
}
