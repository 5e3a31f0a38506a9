package org.mitosis.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Track;

/**
 * A CSV cell table with a header row: one row per cell with its frame, id and position, an optional
 * parent column and optional feature columns {@code f0, f1, ...}.
 *
 * <p>Reading treats a cell's id as its track id: the same id in successive frames is one cell
 * followed over time, and the parent column (empty, 0 or negative for none) names the track a
 * track divided from. A table whose ids are unique in the whole file therefore has no links.
 * Feature columns are the run {@code f0, f1, ..., fk} of the header (other extra columns are
 * ignored, so that bookkeeping columns such as a state code never pass as features).
 */
public final class CellTableCsv {

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CellTableCsv() {
    }

    /** Reads a table with the default column names, and its feature columns where it has them. */
    public static Lineage read(Path file) {
        return read(file, CsvColumns.DEFAULT, true);
    }

    /**
     * Reads a cell table as a lineage (see the class comment for the meaning of ids and parents).
     *
     * @param withFeatures whether to read the {@code f0, f1, ...} columns as the cells' features
     * @throws BadInputException naming the file and line of a missing column, a bad number, a
     *         negative frame, a track with two cells in one frame, or a parent that never exists
     */
    public static Lineage read(Path file, CsvColumns columns, boolean withFeatures) {
        TrackTable table = new TrackTable(file);
        forEachRow(file, columns, withFeatures, table::add);
        return table.lineage();
    }

    /**
     * Parses every row and hands each cell, with its line and parent ({@link TrackTable#NO_PARENT}
     * for none), to {@code sink}.
     */
    static void forEachRow(Path file, CsvColumns columns, boolean withFeatures, RowSink sink) {
        CsvInput.read(file, header -> {
            TableLayout layout = TableLayout.of(file, header, columns, withFeatures);
            return (record, line) -> layout.parse(record, new FieldParser(file, line),
                    (cell, parent) -> sink.accept(line, cell, parent));
        });
    }

    /** Receives one parsed row. */
    @FunctionalInterface
    interface RowSink {
        void accept(long line, Cell cell, int parent);
    }

    /**
     * Writes the cells as they are, {@code frame,id,x,y} and {@code f0..} where every cell has
     * features, without parents. Reading it back links cells that share an id across frames: pass
     * {@link CellSequence#renumbered()} cells for a table without links.
     */
    public static void write(CellSequence cells, Path file) throws IOException {
        int features = commonFeatureCount(cells);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(header(false, features));
            for (Cell c : (Iterable<Cell>) cells.cells()::iterator) {
                out.printRecord(row(c, c.id(), null, features));
            }
        }
    }

    /**
     * Writes a lineage as a table that {@link #read(Path)} turns back into the same lineage: each
     * cell under the id of its track ({@link Lineage#tracks()}) and a parent column (0 for none).
     */
    public static void write(Lineage lineage, Path file) throws IOException {
        int features = commonFeatureCount(lineage.cells());
        Map<CellRef, Track> trackOf = new HashMap<>();
        for (Track t : lineage.tracks()) {
            t.cells().forEach(c -> trackOf.put(c, t));
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(header(true, features));
            for (Cell c : (Iterable<Cell>) lineage.cells().cells()::iterator) {
                Track t = trackOf.get(c.ref());
                out.printRecord(row(c, t.id(), t.parent(), features));
            }
        }
    }

    /** The feature count that every cell has; 0 where some cells lack features. */
    private static int commonFeatureCount(CellSequence cells) {
        int n = cells.featureCount();
        return cells.cells().allMatch(c -> c.featureCount() == n) ? n : 0;
    }

    private static List<String> header(boolean parent, int features) {
        CsvColumns d = CsvColumns.DEFAULT;
        List<String> h = new ArrayList<>(List.of(d.frame(), d.id(), d.x(), d.y()));
        if (parent) {
            h.add(d.parent());
        }
        for (int i = 0; i < features; i++) {
            h.add(CsvColumns.FEATURE_PREFIX + i);
        }
        return h;
    }

    private static List<Object> row(Cell c, int id, Integer parent, int features) {
        List<Object> r = new ArrayList<>(List.of(c.frame(), id, c.x(), c.y()));
        if (parent != null) {
            r.add(parent);
        }
        for (int i = 0; i < features; i++) {
            r.add(c.feature(i));
        }
        return r;
    }
}
