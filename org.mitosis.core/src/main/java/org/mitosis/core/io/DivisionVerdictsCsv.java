package org.mitosis.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.mitosis.core.cells.CellRef;
import org.mitosis.core.cells.Lineage;
import org.mitosis.core.proofread.DivisionVerdict;
import org.mitosis.core.proofread.Proofreading;

/**
 * The verdicts that the division gallery's proofreading sheet saves ({@code divisions-checked.csv}):
 * {@code frame,cell,x,y,daughters,real,continues_as}, one row per division, {@code daughters} as
 * space-separated {@code frame:cell}, {@code real} {@code true} or {@code false}, and {@code
 * continues_as} the daughter ({@code frame:cell}) that a division not real continues as, empty for the
 * nearest (the column may be left out). The position is for the reader's eye and is not read; columns
 * may come in any order, and others are ignored.
 */
public final class DivisionVerdictsCsv {

    /** The columns read. */
    public static final List<String> HEADER = List.of("frame", "cell", "daughters", "real");

    /** The optional column: which daughter a division that is not real continues as. */
    public static final String CONTINUES_AS = "continues_as";

    private DivisionVerdictsCsv() {
    }

    /**
     * Reads the verdicts on divisions of {@code result}.
     *
     * @throws BadInputException naming the line of a verdict that is malformed, names a cell the
     *         result lacks or one that does not divide there into the daughters given, or repeats an
     *         earlier line's mother
     */
    public static List<DivisionVerdict> read(Path file, Lineage result) {
        List<DivisionVerdict> verdicts = new ArrayList<>();
        Proofreading.Sheet sheet = new Proofreading.Sheet(result);
        CsvInput.read(file, header -> {
            if (!header.containsAll(HEADER)) {
                throw new BadInputException(file, 1, "expected the columns " + HEADER
                        + " (as the division gallery saves them), found " + header);
            }
            return (record, line) -> {
                FieldParser p = new FieldParser(file, line);
                DivisionVerdict v = parse(record, p, header.contains(CONTINUES_AS));
                sheet.problem(v, "line " + line).ifPresent(problem -> {
                    throw p.fail(problem);
                });
                verdicts.add(v);
            };
        });
        return verdicts;
    }

    private static DivisionVerdict parse(CSVRecord r, FieldParser p, boolean continuation) {
        if (!r.isConsistent()) {
            throw p.fail("expected as many fields as the header's, found " + r.size());
        }
        CellRef mother = new CellRef(p.frame(r.get("frame")), p.wholeNumber(r.get("cell"), "cell"));
        try {
            return new DivisionVerdict(mother, cells(r.get("daughters")), real(r.get("real")),
                    continuation ? continuesAs(r.get(CONTINUES_AS)) : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw p.fail(e.getMessage());
        }
    }

    /**
     * Cells written as {@code frame:cell} separated by spaces or commas, as the gallery page (spaces) and the KNIME
     * gallery table (commas) write a division's daughters.
     *
     * @throws IllegalArgumentException naming the part that is not {@code frame:cell} with whole
     *         numbers, a negative frame among them
     */
    public static List<CellRef> cells(String text) {
        List<CellRef> out = new ArrayList<>();
        for (String part : text.trim().split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] fc = part.split(":", -1);
            try {
                if (fc.length != 2) {
                    throw new NumberFormatException();
                }
                int frame = Integer.parseInt(fc[0]);
                int cell = Integer.parseInt(fc[1]);
                if (frame < 0) {
                    throw new IllegalArgumentException("daughter '" + part + "' has a negative frame");
                }
                out.add(new CellRef(frame, cell));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("daughter '" + FieldParser.shorten(part) + "' is not frame:cell");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no daughters given");
        }
        return out;
    }

    /**
     * The daughter a division that is not real continues as, written {@code frame:cell}; empty text for
     * none named.
     *
     * @throws IllegalArgumentException for anything but one {@code frame:cell} or nothing
     */
    public static Optional<CellRef> continuesAs(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        List<CellRef> named = cells(text);
        if (named.size() != 1) {
            throw new IllegalArgumentException("continues_as '" + FieldParser.shorten(text.trim())
                    + "' names more than one cell");
        }
        return Optional.of(named.get(0));
    }

    /**
     * A verdict as written: {@code true}, {@code yes} or {@code 1} for a real division, {@code false},
     * {@code no} or {@code 0} for one struck out, in any case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static boolean real(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("real '" + FieldParser.shorten(text.trim())
                    + "' is neither true nor false");
        };
    }
}
