package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.testing.SharedData;

class CellInputsTest {

    @TempDir
    Path dir;

    @Test
    void detectsEachKindOfInput() throws IOException {
        Path epidermis = SharedData.require("epidermis-area1/TRA/man_track.txt").getParent().getParent();
        Lineage ctc = CellInputs.read(epidermis);
        assertEquals(335, ctc.divisions().size());
        assertEquals(335, CellInputs.read(epidermis.resolve("TRA")).divisions().size(), "masks beside TRA/man_track.txt");

        Lineage c2c12 = CellInputs.read(SharedData.require("c2c12-F0009-frames700-709/annotations.txt"));
        assertEquals(4, c2c12.divisions().size());

        Path result = dir.resolve("result");
        ResultFolder.write(ctc, result);
        Lineage back = CellInputs.read(result);
        assertEquals(ctc.links().size(), back.links().size());
        assertEquals(335, back.divisions().size());

        Path table = dir.resolve("cells.csv");
        CellTableCsv.write(ctc, table);
        assertEquals(335, CellInputs.read(table).divisions().size());

        Lineage window = CellInputs.read(epidermis, 3, 5);
        assertEquals(3, window.cells().frameCount());
    }

    @Test
    void saysWhatItExpectsWhereNothingFits() throws IOException {
        BadInputException folder = assertThrows(BadInputException.class, () -> CellInputs.read(dir));
        assertTrue(folder.problem().contains("man_track.txt") && folder.problem().contains("cells.csv"), folder.problem());
        BadInputException missing = assertThrows(BadInputException.class, () -> CellInputs.read(dir.resolve("none.txt")));
        assertEquals(dir.resolve("none.txt"), missing.file());
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello world\n");
        BadInputException notCells = assertThrows(BadInputException.class, () -> CellInputs.read(text));
        assertEquals(1, notCells.line());
    }
}
