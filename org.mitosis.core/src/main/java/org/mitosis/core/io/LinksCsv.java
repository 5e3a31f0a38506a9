package org.mitosis.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.CellSequence;
import org.mitosis.core.cells.Link;

/**
 * The links of a result, {@code frame,source,target_frame,target}: one row per link from cell
 * {@code source} in {@code frame} to cell {@code target} in {@code target_frame}.
 */
public final class LinksCsv {

    static final List<String> HEADER = List.of("frame", "source", "target_frame", "target");

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private LinksCsv() {
    }

    /** Writes the links, in the order given. */
    public static void write(List<Link> links, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, WRITE)) {
            out.printRecord(HEADER);
            for (Link l : links) {
                out.printRecord(l.source().frame(), l.source().id(), l.target().frame(), l.target().id());
            }
        }
    }

    /**
     * Reads links between the given cells.
     *
     * @throws BadInputException naming the line of a link that is malformed, names a cell that
     *         {@code cells} lacks, does not go forward in time, or gives a cell a second predecessor
     */
    public static List<Link> read(Path file, CellSequence cells) {
        List<Link> links = new ArrayList<>();
        Map<CellRef, Long> lineOfTarget = new HashMap<>();
        CsvInput.read(file, header -> {
            if (!header.containsAll(HEADER)) {
                throw new BadInputException(file, 1, "expected the columns " + HEADER + ", found " + header);
            }
            return (record, line) -> {
                Link l = parse(record, new FieldParser(file, line), cells);
                Long earlier = lineOfTarget.putIfAbsent(l.target(), line);
                if (earlier != null) {
                    throw new BadInputException(file, line, l.target() + " already has a predecessor, on line " + earlier);
                }
                links.add(l);
            };
        });
        return links;
    }

    private static Link parse(CSVRecord r, FieldParser p, CellSequence cells) {
        if (!r.isConsistent()) {
            throw p.fail("expected " + HEADER.size() + " fields as in the header, found " + r.size());
        }
        CellRef source = new CellRef(p.frame(r.get("frame")), p.wholeNumber(r.get("source"), "source"));
        CellRef target = new CellRef(p.frame(r.get("target_frame")), p.wholeNumber(r.get("target"), "target"));
        for (CellRef c : List.of(source, target)) {
            if (!cells.contains(c)) {
                throw p.fail("there is no " + c + " in the cell table");
            }
        }
        if (target.frame() <= source.frame()) {
            throw p.fail("the link from " + source + " to " + target + " does not go forward in time");
        }
        return new Link(source, target);
    }
}
