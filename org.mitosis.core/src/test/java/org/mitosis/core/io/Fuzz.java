package org.mitosis.core.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs a reader on many seeded mutations of a valid input file and fails on any outcome other
 * than a result or a {@link BadInputException} that names the file.
 */
final class Fuzz {

    private Fuzz() {
    }

    /**
     * @param file the file that is overwritten with each mutation of {@code valid}
     * @param read reads the input that {@code file} belongs to
     * @return how many mutations were rejected with a BadInputException
     */
    static int run(Path file, byte[] valid, int count, long seed, Consumer<Path> read) {
        int[] rejected = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < count; i++) {
                byte[] mutated = new Mutator(seed + i).mutate(valid);
                write(file, mutated);
                try {
                    read.accept(file);
                } catch (BadInputException e) {
                    if (e.file() == null || e.problem() == null || e.problem().isBlank()) {
                        fail("mutation " + (seed + i) + ": exception without file or problem: " + e);
                    }
                    rejected[0]++;
                } catch (RuntimeException | Error e) {
                    throw new AssertionError("mutation " + (seed + i) + " raised " + e + " for input:\n"
                            + new String(mutated, StandardCharsets.ISO_8859_1), e);
                }
            }
        });
        return rejected[0];
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new AssertionError("cannot write " + file, e);
        }
    }
}
