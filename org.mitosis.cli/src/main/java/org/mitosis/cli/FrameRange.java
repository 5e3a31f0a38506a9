package org.mitosis.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An inclusive, 0-based frame range as given on the command line: {@code a-b}, or one frame
 * {@code a}.
 *
 * @param first first frame
 * @param last last frame, inclusive
 */
record FrameRange(int first, int last) {

    /** Parses {@code --frames} values for picocli. */
    static final class Converter implements ITypeConverter<FrameRange> {
        @Override
        public FrameRange convert(String value) {
            String[] parts = value.trim().split("-", -1);
            try {
                int a = Integer.parseInt(parts[0].trim());
                int b = parts.length == 1 ? a : Integer.parseInt(parts[1].trim());
                if (parts.length > 2 || a < 0 || b < a) {
                    throw new NumberFormatException();
                }
                return new FrameRange(a, b);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a frame range like 0-599 (0-based, inclusive)");
            }
        }
    }
}
