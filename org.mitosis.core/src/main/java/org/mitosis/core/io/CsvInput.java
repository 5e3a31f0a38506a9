package org.mitosis.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row through Apache Commons CSV and turns every parser failure
 * (unreadable bytes, an unterminated quote, a malformed header) into a {@link BadInputException}
 * with the line where the parser stopped.
 */
final class CsvInput {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get();

    private CsvInput() {
    }

    /** Receives one record and the 1-based line it ends on. */
    @FunctionalInterface
    interface RecordHandler {
        void accept(CSVRecord record, long line);
    }

    /**
     * @param start given the header names, checks them and returns the handler of the records
     */
    static void read(Path file, Function<List<String>, RecordHandler> start) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVParser parser;
            try {
                parser = CSVParser.parse(in, FORMAT);
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                throw new BadInputException(file, 1, "not a valid CSV header: " + e.getMessage(), e);
            }
            RecordHandler handler = start.apply(parser.getHeaderNames());
            try {
                for (CSVRecord r : parser) {
                    handler.accept(r, parser.getCurrentLineNumber());
                }
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                throw new BadInputException(file, Math.max(1, parser.getCurrentLineNumber()),
                        "not valid CSV: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The header names of a CSV file, without reading its records. */
    static List<String> header(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            return parser.getHeaderNames();
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new BadInputException(file, 1, "not a valid CSV header: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
