package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.testing.SharedData;

class CellTableCsvTest {

    @TempDir
    Path dir;

    @Test
    void readsCustomColumnsInAnyOrderWithFeatures() throws IOException {
        Path f = write("t,note,cy,cx,cell,mother,f1,f0,f2x\n"
                + "3,a,20,10,1,,0.5,1.5,9\n"
                + "4,b,21,11,1,,0.6,1.6,9\n"
                + "5,c,22,12,2,1,0.7,1.7,9\n");
        Lineage l = CellTableCsv.read(f, new CsvColumns("t", "cell", "cx", "cy", "mother"), true);

        Cell c = l.cells().get(new CellRef(5, 2));
        assertEquals(12.0, c.x());
        assertEquals(22.0, c.y());
        assertArrayEquals(new double[] {1.7, 0.7}, c.features(), "f0, f1 in order; f2x is not a feature column");
        assertEquals(List.of(Link.of(3, 1, 4, 1), Link.of(4, 1, 5, 2)), l.links());
        assertEquals(0, CellTableCsv.read(f, new CsvColumns("t", "cell", "cx", "cy", "mother"), false)
                .cells().featureCount());
    }

    @Test
    void roundTripsARealLineageWithDivisions() throws IOException {
        Path folder = SharedData.require("epidermis-area1/TRA/man_track.txt").getParent().getParent();
        Lineage truth = CtcReader.read(folder);
        Path f = dir.resolve("table.csv");
        CellTableCsv.write(truth, f);
        Lineage back = CellTableCsv.read(f);

        assertEquals(truth.links().size(), back.links().size());
        assertEquals(335, back.divisions().size());
        assertEquals(truth.tracks().size(), back.tracks().size());
        assertEquals(positions(truth), positions(back));
        assertEquals(linkPositions(truth), linkPositions(back), "the same cells are linked");
    }

    @Test
    void writesCellsAsTheyAreWithFeatures() throws IOException {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 1.25, 2, new double[] {3, 4}),
                new Cell(1, 2, 5, 6, new double[] {7, 8})));
        Path f = dir.resolve("cells.csv");
        CellTableCsv.write(cells, f);

        assertEquals("frame,id,x,y,f0,f1", Files.readAllLines(f).get(0));
        Lineage back = CellTableCsv.read(f);
        assertEquals(cells.cells().toList(), back.cells().cells().toList());
        assertTrue(back.links().isEmpty(), "ids unique in the file: no links");
    }

    @Test
    void rejectsMalformedTables() throws IOException {
        Object[][] cases = {
            {"", 0L, "empty"},
            {"frame,id,x\n0,1,2\n", 1L, "no column 'y'"},
            {"frame,id,x,y,y\n0,1,2,3,4\n", 1L, "twice"},
            {"frame,id,x,y\n0,1,2,3\n0,2,2\n", 3L, "expected 4 fields"},
            {"frame,id,x,y\n0,1,2,3\n0,2,NaN,3\n", 3L, "not a finite number"},
            {"frame,id,x,y\n0,1,2,3\n0,2,abc,3\n", 3L, "not a number"},
            {"frame,id,x,y\n-2,1,2,3\n", 2L, "negative"},
            {"frame,id,x,y\n0.5,1,2,3\n", 2L, "not an integer"},
            {"frame,id,x,y\n0,1,2,3\n0,1,4,5\n", 3L, "second cell"},
            {"frame,id,x,y,parent\n0,1,2,3,\n1,1,2,3,\n1,2,2,3,8\n", 4L, "parent 8"},
            {"frame,id,x,y\n0,1,2,3\n1,\"2,3,4\n", 3L, "CSV"},
        };
        for (Object[] c : cases) {
            Path f = write((String) c[0]);
            BadInputException e = assertThrows(BadInputException.class, () -> CellTableCsv.read(f), (String) c[0]);
            assertEquals(f, e.file());
            assertEquals(c[1], e.line(), (String) c[0]);
            assertTrue(e.problem().contains((String) c[2]), e.problem());
        }
    }

    @Test
    void readsAHeaderOnlyTableAsNoCells() throws IOException {
        assertTrue(CellTableCsv.read(write("frame,id,x,y\n")).cells().isEmpty());
    }

    @Test
    void survivesFuzzedInput() throws IOException {
        String valid = "frame,id,x,y,parent,f0\n0,1,10.5,20,,1\n1,1,11,21,-1,2\n2,2,12,20,1,3\n2,3,9,22,1,4\n"
                + "0,4,50,50,,5\n1,4,51,52,,6\n2,4,52,53,,7\n";
        Path f = write(valid);
        assertEquals(1, CellTableCsv.read(f).divisions().size(), "the valid input reads");
        int rejected = Fuzz.run(f, valid.getBytes(), 2000, 77, CellTableCsv::read);
        assertTrue(rejected > 500, rejected + " of 2000 rejected");
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("table.csv");
        Files.writeString(f, text);
        return f;
    }

    static List<String> positions(Lineage l) {
        return l.cells().cells().map(c -> c.frame() + ":" + c.x() + ":" + c.y()).sorted().toList();
    }

    static List<String> linkPositions(Lineage l) {
        return l.links().stream().map(k -> {
            Cell a = l.cells().get(k.source());
            Cell b = l.cells().get(k.target());
            return a.frame() + ":" + a.x() + ":" + a.y() + "->" + b.frame() + ":" + b.x() + ":" + b.y();
        }).sorted().toList();
    }
}
