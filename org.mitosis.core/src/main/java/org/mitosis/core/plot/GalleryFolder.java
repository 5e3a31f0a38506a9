package org.mitosis.core.plot;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a division gallery as a folder: one PNG per division, named after the mother
 * ({@code frame0612-cell45.png}), and {@code index.html}, which shows them all in one page with
 * the mother's frame, id and position and her daughters, in the order given. For a result alone the
 * page is also a proofreading sheet: each division has a tick box ("real"), and a button saves the verdicts as
 * {@value #VERDICTS} ({@code frame,cell,x,y,daughters,real}, daughters as space-separated
 * {@code frame:cell}), with no server and nothing but the browser.
 */
public final class GalleryFolder {

    /** The page that shows every strip. */
    public static final String INDEX = "index.html";

    /** The file the page saves the reader's verdicts to. */
    public static final String VERDICTS = "divisions-checked.csv";

    /**
     * The page's script: counts the ticked divisions, greys out the rejected ones (and lets the reader
     * say which daughter each continues as), and saves one CSV row per division ({@code
     * frame,cell,x,y,daughters,real,continues_as}) through a download, as a page opened from a folder
     * can write no file itself.
     */
    private static final String SCRIPT = """
            const boxes = Array.from(document.querySelectorAll('input[data-division]'));
            const choice = b => b.closest('tr').querySelector('select[data-continues]');
            function update() {
              boxes.forEach(b => {
                b.closest('tr').classList.toggle('rejected', !b.checked);
                choice(b).disabled = b.checked;
              });
              document.getElementById('count').textContent =
                  boxes.filter(b => b.checked).length + ' of ' + boxes.length + ' ticked';
            }
            function verdicts() {
              return 'frame,cell,x,y,daughters,real,continues_as\\n'
                  + boxes.map(b => b.dataset.division + ',' + b.checked + ',' + (b.checked ? '' : choice(b).value))
                      .join('\\n') + '\\n';
            }
            boxes.forEach(b => b.addEventListener('change', update));
            document.getElementById('save').addEventListener('click', () => {
              const a = document.createElement('a');
              a.href = URL.createObjectURL(new Blob([verdicts()], {type: 'text/csv'}));
              a.download = '%s';
              a.click();
            });
            update();
            """.formatted(VERDICTS);

    private GalleryFolder() {
    }

    /**
     * File name of a division's strip: {@code frame0612-cell45.png}, with its label in front where it
     * has one ({@code missed-frame0612-cell45.png}), since a truth's and a result's cells may share ids.
     */
    public static String fileName(DivisionStrip strip) {
        return (strip.label().isEmpty() ? "" : strip.label() + "-")
                + String.format(Locale.ROOT, "frame%04d-cell%d.png", strip.mother().frame(), strip.mother().id());
    }

    /** The daughters as the strip numbers them: {@code 1 = 4:17, 2 = 4:18}. */
    private static String numbered(DivisionStrip s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.daughters().size(); i++) {
            out.add((i + 1) + " = " + s.daughters().get(i).frame() + ":" + s.daughters().get(i).id());
        }
        return String.join(", ", out);
    }

    /** The choice of the daughter a division that is not real continues as: the nearest, or one by number. */
    private static String choice(DivisionStrip s) {
        StringBuilder out = new StringBuilder("<select data-continues><option value=\"\">the nearest</option>");
        for (int i = 0; i < s.daughters().size(); i++) {
            out.append(String.format(Locale.ROOT, "<option value=\"%d:%d\">daughter %d</option>", s.daughters().get(i).frame(),
                    s.daughters().get(i).id(), i + 1));
        }
        return out.append("</select>").toString();
    }

    /**
     * Writes the strips and the index into {@code folder}, creating it if needed; files of the same
     * names are replaced. Where any strip has a label (a gallery checked against the truth) the page
     * shows the labels in a column instead of tick boxes: the truth has already judged.
     */
    public static void write(List<DivisionStrip> strips, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (DivisionStrip s : strips) {
            Files.write(folder.resolve(fileName(s)), s.png());
        }
        boolean judged = strips.stream().anyMatch(s -> !s.label().isEmpty());
        try (Writer out = Files.newBufferedWriter(folder.resolve(INDEX), StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Divisions</title>\n"
                    + "<style>body{font-family:sans-serif;background:#111;color:#ddd}td{padding:4px 8px;vertical-align:middle}"
                    + "th{text-align:left}tr.rejected img{opacity:0.35}</style></head><body>\n");
            out.write("<h1>" + strips.size() + (strips.size() == 1 ? " division" : " divisions") + "</h1>\n");
            out.write("<p>Each row: the frames around one division, cropped around the mother. Cyan: the mother and her "
                    + "track before; red: her daughters and their tracks; green dots: other cells. ");
            out.write(judged ? "The first column says how the division fared against the truth; a missed one is circled "
                    + "with the truth's cells and dotted with the result's.</p>\n<table>\n<tr><th>truth</th>"
                    : "Untick the divisions that are not real and say, where you can, which numbered daughter is the "
                    + "mother herself (else the nearest is taken), then <button id=\"save\">save the verdicts</button> as "
                    + VERDICTS + " (<span id=\"count\"></span>).</p>\n<table>\n<tr><th>real</th>");
            out.write("<th>#</th><th>frame</th><th>cell</th><th>x</th><th>y</th><th>daughters (frame:cell)</th>"
                    + (judged ? "" : "<th>if not real, the mother is</th>") + "<th></th></tr>\n");
            for (int i = 0; i < strips.size(); i++) {
                DivisionStrip s = strips.get(i);
                String daughters = s.daughterRefs(" ");
                String first = judged ? s.label() : String.format(Locale.ROOT,
                        "<input type=\"checkbox\" checked data-division=\"%d,%d,%.1f,%.1f,%s\">", s.mother().frame(),
                        s.mother().id(), s.x(), s.y(), daughters);
                out.write(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.1f</td>"
                        + "<td>%s</td>%s<td><img src=\"%s\" alt=\"division of cell %d in frame %d\"></td></tr>\n", first, i + 1,
                        s.mother().frame(), s.mother().id(), s.x(), s.y(), numbered(s), judged ? "" : "<td>" + choice(s) + "</td>",
                        fileName(s), s.mother().id(), s.mother().frame()));
            }
            out.write("</table>\n" + (judged ? "" : "<script>\n" + SCRIPT + "</script>\n") + "</body></html>\n");
        }
    }
}
