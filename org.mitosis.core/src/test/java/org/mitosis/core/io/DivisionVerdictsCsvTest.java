package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.cells.Link;
import org.mitosis.core.plot.DivisionStrip;
import org.mitosis.core.plot.GalleryFolder;
import org.mitosis.core.proofread.DivisionVerdict;

class DivisionVerdictsCsvTest {

    @TempDir
    Path dir;

    /** Cell 1 of frame 0 divides into 11 and 12, cell 2 into 21 and 22; cell 3 only continues. */
    private static Lineage result() {
        CellSequence cells = CellSequence.of(List.of(new Cell(0, 1, 10.04, 20), new Cell(0, 2, 100, 0),
                new Cell(0, 3, 300, 0), new Cell(1, 11, 8, 20), new Cell(1, 12, 14, 20), new Cell(1, 21, 95, 0),
                new Cell(1, 22, 105, 0), new Cell(1, 31, 300, 1)));
        return new Lineage(cells, List.of(Link.of(0, 1, 1, 11), Link.of(0, 1, 1, 12), Link.of(0, 2, 1, 21),
                Link.of(0, 2, 1, 22), Link.of(0, 3, 1, 31)));
    }

    private Path file(String content) throws IOException {
        Path f = dir.resolve("divisions-checked.csv");
        Files.writeString(f, content);
        return f;
    }

    /**
     * What the gallery page saves, made as its script makes it: each tick box's {@code data-division},
     * whether it is ticked and, where not, the daughter chosen in its row; here the first box unticked
     * and her second daughter chosen. (The page's own script, run in a browser engine with jsdom, saved
     * these very bytes.)
     */
    @Test
    void readsWhatTheGalleryPageSaves() throws IOException {
        Lineage result = result();
        List<DivisionStrip> strips = new ArrayList<>();
        for (CellRef mother : result.divisions()) {
            Cell m = result.cells().get(mother);
            strips.add(new DivisionStrip(mother, m.x(), m.y(), result.successors(mother), "", new byte[0]));
        }
        GalleryFolder.write(strips, dir.resolve("gallery"));
        Matcher boxes = Pattern.compile("data-division=\"([^\"]*)\"")
                .matcher(Files.readString(dir.resolve("gallery").resolve(GalleryFolder.INDEX)));
        StringBuilder saved = new StringBuilder("frame,cell,x,y,daughters,real,continues_as\n");
        for (int i = 0; boxes.find(); i++) {
            saved.append(boxes.group(1)).append(',').append(i > 0).append(',').append(i > 0 ? "" : "1:12").append('\n');
        }
        assertEquals("frame,cell,x,y,daughters,real,continues_as\n0,1,10.0,20.0,1:11 1:12,false,1:12\n"
                + "0,2,100.0,0.0,1:21 1:22,true,\n", saved.toString());

        List<DivisionVerdict> verdicts = DivisionVerdictsCsv.read(file(saved.toString()), result);
        assertEquals(List.of(new DivisionVerdict(new CellRef(0, 1), List.of(new CellRef(1, 11), new CellRef(1, 12)), false,
                Optional.of(new CellRef(1, 12))),
                new DivisionVerdict(new CellRef(0, 2), List.of(new CellRef(1, 21), new CellRef(1, 22)), true)), verdicts);
    }

    @Test
    void takesColumnsInAnyOrderAndVerdictsAsASpreadsheetWritesThem() throws IOException {
        List<DivisionVerdict> v = DivisionVerdictsCsv.read(file("""
                real,daughters,note,cell,frame
                TRUE,1:12   1:11,looks fine,1,0
                No,"1:22, 1:21",,2,0
                """), result());
        assertEquals(List.of(true, false), v.stream().map(DivisionVerdict::real).toList());
        assertEquals(List.of(new CellRef(1, 12), new CellRef(1, 11)), v.get(0).daughters());
        assertEquals(List.of(), DivisionVerdictsCsv.read(file("frame,cell,x,y,daughters,real\n"), result()));
    }

    @Test
    void refusesMalformedAndForeignVerdictsNamingTheLine() throws IOException {
        String header = "frame,cell,x,y,daughters,real\n";
        String good = "0,1,10.0,20.0,1:11 1:12,true\n";
        assertProblem("frame,cell,x,y,real\n" + good, 1, "expected the columns [frame, cell, daughters, real]");
        assertProblem(header + good + "0,2,100,0,1:21 1:22\n", 3, "expected as many fields as the header's, found 5");
        assertProblem(header + "zero,1,10,20,1:11 1:12,true\n", 2, "frame 'zero' is not a number");
        assertProblem(header + "-1,1,10,20,1:11 1:12,true\n", 2, "frame -1 is negative");
        assertProblem(header + "0,1.5,10,20,1:11 1:12,true\n", 2, "cell '1.5' is not an integer");
        assertProblem(header + "0,1,10,20,1-11 1:12,true\n", 2, "daughter '1-11' is not frame:cell");
        assertProblem(header + "0,1,10,20,1:11:3,true\n", 2, "daughter '1:11:3' is not frame:cell");
        assertProblem(header + "0,1,10,20,-1:11 1:12,true\n", 2, "daughter '-1:11' has a negative frame");
        assertProblem(header + "0,1,10,20,,true\n", 2, "no daughters given");
        assertProblem(header + "0,1,10,20,1:11 1:12,maybe\n", 2, "real 'maybe' is neither true nor false");
        String withContinuation = "frame,cell,x,y,daughters,real,continues_as\n";
        assertProblem(withContinuation + "0,1,10,20,1:11 1:12,false,1:21\n", 2,
                "cell 1 in frame 0 cannot continue as [1:21], which is not one of her daughters [1:11, 1:12]");
        assertProblem(withContinuation + "0,1,10,20,1:11 1:12,false,1:11 1:12\n", 2,
                "continues_as '1:11 1:12' names more than one cell");
        assertProblem(withContinuation + "0,1,10,20,1:11 1:12,false,eleven\n", 2, "daughter 'eleven' is not frame:cell");
        assertProblem(header + good + "0,9,10,20,1:11 1:12,true\n", 3, "the result has no cell 9 in frame 0");
        assertProblem(header + "0,3,300,0,1:31,false\n", 2, "cell 3 in frame 0 does not divide in the result (1 successor)");
        assertProblem(header + "0,1,10,20,1:11 1:21,false\n", 2,
                "divides into [1:11, 1:12] in the result, not into [1:11, 1:21]: the verdicts belong to another result");
        assertProblem(header + good + "0,2,100,0,1:21 1:22,true\n0,1,10,20,1:12 1:11,false\n", 4,
                "a second verdict on cell 1 in frame 0, the first is on line 2");
        assertProblem(header + "0,1,10,20,\"1:11 1:12,true\n", 2, "not valid CSV");
    }

    private void assertProblem(String content, long line, String problem) throws IOException {
        Path f = file(content);
        BadInputException e = assertThrows(BadInputException.class, () -> DivisionVerdictsCsv.read(f, result()),
                content);
        assertEquals(f, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }

    @Test
    void survivesFuzzedFilesWithClearErrors() throws IOException {
        String valid = "frame,cell,x,y,daughters,real,continues_as\n0,1,10.0,20.0,1:11 1:12,false,1:12\n"
                + "0,2,100.0,0.0,1:21 1:22,true,\n";
        Lineage result = result();
        int rejected = Fuzz.run(dir.resolve("fuzz.csv"), valid.getBytes(), 2000, 4242,
                f -> DivisionVerdictsCsv.read(f, result));
        assertTrue(rejected > 1000, "most mutations are refused: " + rejected);
    }
}
