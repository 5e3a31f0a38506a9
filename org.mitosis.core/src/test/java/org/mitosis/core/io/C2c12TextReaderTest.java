package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.testing.SharedData;

class C2c12TextReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheTenFrameWindow() {
        Path file = SharedData.require("c2c12-F0009-frames700-709/annotations.txt");
        Lineage l = C2c12TextReader.read(file);

        assertEquals(0, l.cells().firstFrame());
        assertEquals(9, l.cells().lastFrame());
        for (int f = 0; f <= 9; f++) {
            int n = l.cells().cellsIn(f).size();
            assertTrue(n >= 226 && n <= 231, n + " cells in frame " + f);
        }
        List<CellRef> divisions = l.divisions();
        assertEquals(4, divisions.size());
        assertEquals(List.of(2, 4, 5, 8), divisions.stream().map(CellRef::frame).toList(),
                "daughters appear at window frames 3, 5, 6 and 9");
    }

    @Test
    void readsZeroPaddedFieldsAndParentsBeforeTheFirstFrame() throws IOException {
        Path f = write("0600 0001 0670 0283 -001\n0600 0002 0100 0100 0009\n\n"
                + "0601 0001 0671 0284 -001\n0602 0003 0672 0285 0001\n0602 0004 0668 0281 0001\n");
        Lineage l = C2c12TextReader.read(f);

        assertEquals(670.0, l.cells().get(new CellRef(600, 1)).x());
        assertEquals(283.0, l.cells().get(new CellRef(600, 1)).y());
        assertEquals(List.of(Link.of(600, 1, 601, 1), Link.of(601, 1, 602, 3), Link.of(601, 1, 602, 4)), l.links());
        assertEquals(List.of(new CellRef(601, 1)), l.divisions());
    }

    @Test
    void rejectsAParentThatNeverExistsForALaterTrack() throws IOException {
        Path f = write("0 1 10 10 -1\n1 1 11 11 -1\n1 2 50 50 7\n");
        BadInputException e = assertThrows(BadInputException.class, () -> C2c12TextReader.read(f));
        assertEquals(f, e.file());
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("parent 7"), e.problem());
    }

    @Test
    void rejectsMalformedLines() throws IOException {
        Object[][] cases = {
            {"0 1 10 10 -1\n0 2 10\n", 2L, "expected 5 fields"},
            {"0 1 10 10 -1\n0 2 NaN 3 -1\n", 2L, "not a finite number"},
            {"0 1 10 10 -1\n0 2 1e999 3 -1\n", 2L, "not a finite number"},
            {"-1 1 10 10 -1\n", 1L, "negative"},
            {"0 1 10 10 -1\n0 1 12 10 -1\n", 2L, "second cell"},
            {"0 1 10 10 -1\n1 x 12 10 -1\n", 2L, "not an integer"},
            {"0 1 10 10 -1\n1 1 12 10 -1 5\n", 2L, "expected 5 fields"},
            {"0 1 10 10 -1\n1 1 12 10 3\n", 2L, "parent 3"},
            {"0 1 10 10 1\n", 1L, "itself"},
            {"", 0L, "empty"},
            {"\n  \n", 0L, "empty"},
        };
        for (Object[] c : cases) {
            Path f = write((String) c[0]);
            BadInputException e = assertThrows(BadInputException.class, () -> C2c12TextReader.read(f), (String) c[0]);
            assertEquals(c[1], e.line(), (String) c[0]);
            assertTrue(e.problem().contains((String) c[2]), e.problem());
        }
    }

    @Test
    void survivesFuzzedInput() throws IOException {
        String valid = "0 31 837 85 -1\n0 34 751 237 32\n0 35 880 174 32\n1 31 838 86 -1\n1 34 752 236 32\n"
                + "1 35 881 175 32\n2 31 839 85 -1\n2 36 700 100 34\n2 37 760 240 34\n2 35 882 176 32\n";
        Path f = write(valid);
        assertEquals(1, C2c12TextReader.read(f).divisions().size(), "the valid input reads");
        int rejected = Fuzz.run(f, valid.getBytes(), 2000, 42, C2c12TextReader::read);
        assertTrue(rejected > 500, rejected + " of 2000 rejected");
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("annotations.txt");
        Files.writeString(f, text);
        return f;
    }
}
