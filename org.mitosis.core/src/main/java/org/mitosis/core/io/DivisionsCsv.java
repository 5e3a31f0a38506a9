package org.mitosis.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;

/**
 * The divisions of a result, the answer to "which cells divided, when and where":
 * {@code frame,cell,x,y,daughter_frame,daughter,daughter_x,daughter_y}, one row per daughter (a
 * mother has two rows, or more where a lineage gives her more), mothers in (frame, id) order and
 * each mother's daughters likewise. The rows of the KNIME division table (QP Correspondence node),
 * with the daughters' positions added. Derived from the links, so {@link ResultFolder#read} does
 * not read it back.
 */
public final class DivisionsCsv {

    static final List<String> HEADER = List.of("frame", "cell", "x", "y", "daughter_frame", "daughter", "daughter_x",
            "daughter_y");

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private DivisionsCsv() {
    }

    /** Writes the divisions of {@code lineage}. */
    public static void write(Lineage lineage, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(HEADER);
            for (CellRef mother : lineage.divisions()) {
                Cell m = lineage.cells().get(mother);
                for (CellRef daughter : lineage.successors(mother).stream().sorted().toList()) {
                    Cell d = lineage.cells().get(daughter);
                    out.printRecord(m.frame(), m.id(), m.x(), m.y(), d.frame(), d.id(), d.x(), d.y());
                }
            }
        }
    }
}
