package org.mitosis.core.plot;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mitosis.core.cells.Cell;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;

/**
 * Writes a division gallery as a folder: one PNG per division, named after the mother
 * ({@code frame0612-cell45.png}), and {@code index.html}, which shows them all in one page with
 * the mother's frame, id and position and her daughters, in the order given.
 */
public final class GalleryFolder {

    /** The page that shows every strip. */
    public static final String INDEX = "index.html";

    private GalleryFolder() {
    }

    /** File name of a division's strip. */
    public static String fileName(CellRef mother) {
        return String.format(Locale.ROOT, "frame%04d-cell%d.png", mother.frame(), mother.id());
    }

    /**
     * Writes the strips and the index into {@code folder}, creating it if needed; files of the same
     * names are replaced.
     *
     * @param lineage the lineage the strips were drawn from (for the mothers' positions)
     */
    public static void write(Lineage lineage, List<DivisionStrip> strips, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (DivisionStrip s : strips) {
            Files.write(folder.resolve(fileName(s.mother())), s.png());
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(INDEX), StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Divisions</title>\n"
                    + "<style>body{font-family:sans-serif;background:#111;color:#ddd}td{padding:4px 8px;vertical-align:middle}"
                    + "th{text-align:left}</style></head><body>\n");
            out.write("<h1>" + strips.size() + (strips.size() == 1 ? " division" : " divisions") + "</h1>\n");
            out.write("<p>Each row: the frames around one division, cropped around "
                    + "the mother. Cyan: the mother and her track before; red: her daughters and their tracks; green dots: "
                    + "other cells.</p>\n<table>\n<tr><th>#</th><th>frame</th><th>cell</th><th>x</th><th>y</th>"
                    + "<th>daughters (frame:cell)</th><th></th></tr>\n");
            for (int i = 0; i < strips.size(); i++) {
                DivisionStrip s = strips.get(i);
                Cell m = lineage.cells().get(s.mother());
                String daughters = s.daughters().stream().map(d -> d.frame() + ":" + d.id()).collect(Collectors.joining(", "));
                out.write(String.format(Locale.ROOT, "<tr><td>%d</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%s</td>"
                        + "<td><img src=\"%s\" alt=\"division of cell %d in frame %d\"></td></tr>\n", i + 1, m.frame(), m.id(),
                        m.x(), m.y(), daughters, fileName(s.mother()), m.id(), m.frame()));
            }
            out.write("</table>\n</body></html>\n");
        }
    }
}
