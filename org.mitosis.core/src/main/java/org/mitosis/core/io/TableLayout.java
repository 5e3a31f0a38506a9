package org.mitosis.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVRecord;
import org.mitosis.core.cells.Cell;

/**
 * Where the columns of a cell table sit in its header, and how one record becomes a cell.
 */
final class TableLayout {

    private final int frame;
    private final int id;
    private final int x;
    private final int y;
    private final int parent;
    private final int[] features;
    private final int width;

    private TableLayout(int frame, int id, int x, int y, int parent, int[] features, int width) {
        this.frame = frame;
        this.id = id;
        this.x = x;
        this.y = y;
        this.parent = parent;
        this.features = features;
        this.width = width;
    }

    /**
     * @throws BadInputException (line 1) if a required column is missing or named twice
     */
    static TableLayout of(Path file, List<String> header, CsvColumns names, boolean withFeatures) {
        if (header.isEmpty()) {
            throw new BadInputException(file, 0, "empty file: no header row");
        }
        List<String> problems = new ArrayList<>();
        int f = required(header, names.frame(), problems);
        int i = required(header, names.id(), problems);
        int cx = required(header, names.x(), problems);
        int cy = required(header, names.y(), problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(file, 1, String.join("; ", problems) + " (header: " + header + ")");
        }
        int p = header.indexOf(names.parent());
        List<Integer> feat = new ArrayList<>();
        while (withFeatures && header.contains(CsvColumns.FEATURE_PREFIX + feat.size())) {
            feat.add(header.indexOf(CsvColumns.FEATURE_PREFIX + feat.size()));
        }
        return new TableLayout(f, i, cx, cy, p, feat.stream().mapToInt(Integer::intValue).toArray(), header.size());
    }

    private static int required(List<String> header, String name, List<String> problems) {
        int at = header.indexOf(name);
        if (at < 0) {
            problems.add("no column '" + name + "'");
        } else if (header.lastIndexOf(name) != at) {
            problems.add("column '" + name + "' appears twice");
        }
        return at;
    }

    /** Parses one record and hands its cell and parent ({@link TrackTable#NO_PARENT} for none) on. */
    void parse(CSVRecord r, FieldParser p, BiConsumer<Cell, Integer> sink) {
        if (r.size() != width) {
            throw p.fail("expected " + width + " fields as in the header, found " + r.size());
        }
        int f = p.frame(r.get(frame));
        int cellId = p.wholeNumber(r.get(id), "id");
        double cx = p.real(r.get(x), "x");
        double cy = p.real(r.get(y), "y");
        int par = TrackTable.NO_PARENT;
        if (parent >= 0 && !r.get(parent).isBlank()) {
            int given = p.wholeNumber(r.get(parent), "parent");
            par = given <= 0 ? TrackTable.NO_PARENT : given;
        }
        double[] v = new double[features.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = p.real(r.get(features[k]), "feature " + CsvColumns.FEATURE_PREFIX + k);
        }
        sink.accept(new Cell(f, cellId, cx, cy, v), par);
    }
}
