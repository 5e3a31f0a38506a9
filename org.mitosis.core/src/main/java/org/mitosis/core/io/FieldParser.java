package org.mitosis.core.io;

import java.nio.file.Path;

/**
 * Turns the text fields of one input line into numbers, and any field that is not a valid number
 * into a {@link BadInputException} naming the file, the line and the column.
 */
final class FieldParser {

    /** The largest frame index accepted from any input. */
    static final int MAX_FRAME = 1_000_000;

    private final Path file;
    private final long line;

    FieldParser(Path file, long line) {
        this.file = file;
        this.line = line;
    }

    /** An integer; leading zeros and a sign are allowed ({@code -001} is -1). */
    int integer(String field, String what) {
        String s = field == null ? "" : field.trim();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw fail(what + " '" + shorten(s) + "' is not an integer");
        }
    }

    /**
     * An integer written in any number notation ({@code 3}, {@code 3.0}, {@code 3e0}) as long as
     * its value is whole: tables exported by numeric tools often write ids as floats.
     */
    int wholeNumber(String field, String what) {
        double v = real(field, what);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw fail(what + " '" + shorten(field.trim()) + "' is not an integer");
        }
        return (int) v;
    }

    /**
     * A frame index: a whole number in {@code 0..MAX_FRAME}. The bound keeps a mistyped frame from
     * making a sequence of billions of empty frames.
     */
    int frame(String field) {
        int f = wholeNumber(field, "frame");
        if (f < 0) {
            throw fail("frame " + f + " is negative");
        }
        if (f > MAX_FRAME) {
            throw fail("frame " + f + " is beyond the largest supported frame " + MAX_FRAME);
        }
        return f;
    }

    /** A finite real number (NaN and infinities are refused). */
    double real(String field, String what) {
        String s = field == null ? "" : field.trim();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw fail(what + " '" + shorten(s) + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw fail(what + " '" + shorten(s) + "' is not a finite number");
        }
        return v;
    }

    BadInputException fail(String problem) {
        return new BadInputException(file, line, problem);
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
