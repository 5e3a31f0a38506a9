package org.mitosis.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.Lineage;

/**
 * The C2C12 annotation text format of Ker et al. (Sci. Data 5:180237, 2018) as shipped with MPM
 * (Hayashida et al., CVPR 2020): one line {@code frame id x y parent} per cell, whitespace
 * separated, integers possibly zero-padded ({@code 0600 0001 0670 0283 -001}), parent -1 for none.
 *
 * <p>The id is the track id. A parent may be a track that ended before the file's first frame;
 * that is accepted for a child that starts in the first frame (it gets no link), and an error
 * otherwise. Blank lines are skipped; the file is read as ISO-8859-1 so that a stray byte is
 * reported on its line.
 */
public final class C2c12TextReader {

    private C2c12TextReader() {
    }

    /**
     * @throws BadInputException naming the line of a malformed field, a negative frame, a track
     *         with two cells in one frame, two parents for one track or a parent that never exists;
     *         or for a file without cells
     */
    public static Lineage read(Path file) {
        TrackTable table = new TrackTable(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String text;
            long line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    parse(text, line, new FieldParser(file, line), table);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (table.isEmpty()) {
            throw new BadInputException(file, 0, "no cell: the file is empty");
        }
        return table.lineage();
    }

    private static void parse(String text, long line, FieldParser p, TrackTable table) {
        String[] f = text.trim().split("\\s+");
        if (f.length != 5) {
            throw p.fail("expected 5 fields 'frame id x y parent', found " + f.length);
        }
        int frame = p.frame(f[0]);
        int id = p.integer(f[1], "id");
        double x = p.real(f[2], "x");
        double y = p.real(f[3], "y");
        int parent = p.integer(f[4], "parent");
        table.add(line, new Cell(frame, id, x, y), parent < 0 ? TrackTable.NO_PARENT : parent);
    }
}
