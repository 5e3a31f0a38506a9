package org.mitosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.io.CellInputs;
import org.mitosis.core.io.ResultFolder;

/**
 * The proofreading loop on the ten real frames and their annotation: gallery, the page's sheet with one
 * division struck out, {@code mitosis proofread}.
 */
class ProofreadCommandTest {

    @TempDir
    Path dir;

    private static String place(Lineage lineage, CellRef cell) {
        return cell.frame() + "@" + lineage.cells().get(cell).x() + "," + lineage.cells().get(cell).y();
    }

    @Test
    void undoesTheDivisionStruckOutInTheGallerySheet() throws Exception {
        Path frames = Path.of(System.getProperty("mitosis.shared.data", "../shared/data")).resolve("c2c12-F0009-frames700-709");
        assumeTrue(Files.exists(frames), "real data absent, test skipped: " + frames.toAbsolutePath().normalize());
        Path annotation = frames.resolve("annotations.txt");
        Path gallery = dir.resolve("gallery");
        assertEquals(0, CommandLineTest.run("gallery", "--result", annotation.toString(), "--images", frames.toString(),
                "--out", gallery.toString()).code());

        // The sheet as the page's script saves it, the first of the four divisions unticked (the mother left to
        // continue as her nearest daughter).
        Matcher boxes = Pattern.compile("data-division=\"([^\"]*)\"").matcher(Files.readString(gallery.resolve("index.html")));
        StringBuilder sheet = new StringBuilder("frame,cell,x,y,daughters,real,continues_as\n");
        for (int i = 0; boxes.find(); i++) {
            sheet.append(boxes.group(1)).append(',').append(i > 0).append(",\n");
        }
        Path verdicts = Files.writeString(dir.resolve("divisions-checked.csv"), sheet);
        Path corrected = dir.resolve("corrected");
        CommandLineTest.Run run = CommandLineTest.run("proofread", "--result", annotation.toString(), "--verdicts",
                verdicts.toString(), "--out", corrected.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("divisions: 3 confirmed, 1 rejected and undone, "
                + "0 not reviewed (kept)"), run.out());

        Lineage before = CellInputs.read(annotation);
        Lineage after = ResultFolder.read(corrected);
        // A result folder numbers cells anew (the annotation's ids are track ids): cells are compared by place.
        CellRef struckOut = before.divisions().get(0);
        assertEquals(before.divisions().stream().skip(1).map(m -> place(before, m)).toList(),
                after.divisions().stream().map(m -> place(after, m)).toList());
        CellRef mother = after.cells().cellsIn(struckOut.frame()).stream()
                .filter(c -> place(after, c.ref()).equals(place(before, struckOut))).findFirst().orElseThrow().ref();
        assertEquals(1, after.successors(mother).size());
        assertEquals(before.cells().size(), after.cells().size());
        assertEquals(before.links().size() - 1, after.links().size());

        // The corrected result against the original: the struck-out division is the one false division.
        CommandLineTest.Run evaluate = CommandLineTest.run("evaluate", "--truth", corrected.toString(), "--result",
                annotation.toString(), "--json");
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().replaceAll("\\s", "").contains("\"tp\":3,\"fp\":1,\"fn\":0"), evaluate.out());

        CommandLineTest.Run inPlace = CommandLineTest.run("proofread", "--result", corrected.toString(), "--verdicts",
                verdicts.toString(), "--out", corrected.toString());
        assertEquals(2, inPlace.code());
        assertTrue(inPlace.err().contains("--out must be another folder than --result"), inPlace.err());
        // The sheet no longer fits the corrected result: its first row names a division that is gone.
        CommandLineTest.Run again = CommandLineTest.run("proofread", "--result", corrected.toString(), "--verdicts",
                verdicts.toString(), "--out", dir.resolve("again").toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains(verdicts + ":2: "), again.err());
    }
}
