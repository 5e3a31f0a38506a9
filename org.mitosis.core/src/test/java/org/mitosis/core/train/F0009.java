package org.mitosis.core.train;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;

/**
 * Test-only reader of the real C2C12 F0009 annotation (until the io package lands): cells from
 * regionprops.csv (frame column minus 1 = 0-based frame; id = track id) and parents from
 * man_track.txt.
 */
final class F0009 {

    private F0009() {
    }

    static Lineage read(Path folder) throws IOException {
        List<Cell> cells = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(folder.resolve("regionprops.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(r)) {
                cells.add(new Cell(Integer.parseInt(rec.get("frame")) - 1, Integer.parseInt(rec.get("track")),
                        Double.parseDouble(rec.get("x")), Double.parseDouble(rec.get("y"))));
            }
        }
        Map<Integer, Integer> parents = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("man_track.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4 && !"0".equals(f[3])) {
                parents.put(Integer.parseInt(f[0]), Integer.parseInt(f[3]));
            }
        }
        return Lineage.fromTrackIds(CellSequence.of(cells), parents);
    }
}
