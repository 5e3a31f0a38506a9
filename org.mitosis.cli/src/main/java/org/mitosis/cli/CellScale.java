package org.mitosis.cli;

import java.util.OptionalDouble;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --cell-scale} value for commands that read pixels: a number, or {@code auto} (empty) to estimate it. */
final class CellScale {

    private CellScale() {
    }

    /** Parses {@code --cell-scale} values for picocli; the range check ({@code > 0}) is the engine's. */
    static final class Converter implements ITypeConverter<OptionalDouble> {
        @Override
        public OptionalDouble convert(String value) {
            if ("auto".equals(value)) {
                return OptionalDouble.empty();
            }
            try {
                return OptionalDouble.of(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("--cell-scale must be a number > 0 or 'auto', got '" + value + "'");
            }
        }
    }
}
