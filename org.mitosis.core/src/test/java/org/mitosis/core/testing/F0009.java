package org.mitosis.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;

/**
 * TEST-ONLY stand-in reader for the C2C12 F0009 annotation ({@code man_track.txt} and
 * {@code regionprops.csv}), used until the real readers of the {@code io} package exist; the lead
 * replaces its uses with them. It trusts the file layout described in the data README: regionprops
 * frames run 1..780 and are shifted to the 0-based man_track frames; a cell's id is its track id.
 */
public final class F0009 {

    private F0009() {
    }

    /** The full annotated lineage, after skipping the calling test where the data is absent. */
    public static Lineage truth() {
        Path tracks = SharedData.require("c2c12-F0009/man_track.txt");
        Path props = SharedData.require("c2c12-F0009/regionprops.csv");
        try {
            return Lineage.fromTrackIds(CellSequence.of(readCells(props)), readParents(tracks));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Integer> readParents(Path file) throws IOException {
        Map<Integer, Integer> parents = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4 && Integer.parseInt(f[3]) != 0) {
                parents.put(Integer.parseInt(f[0]), Integer.parseInt(f[3]));
            }
        }
        return parents;
    }

    private static List<Cell> readCells(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Cell> cells = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int frame = Integer.parseInt(f[1]) - 1;
            cells.add(new Cell(frame, Integer.parseInt(f[6]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        return cells;
    }
}
