package org.mitosis.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieOperationTest {

    /** Two positions' stacks of the same file name, beside a folder of frames whose name has a dot. */
    @Test
    void moviesAreNamedAfterTheirFolderOrFileAndEachNameIsUsedOnce(@TempDir Path dir) throws IOException {
        Path frames = Files.createDirectories(dir.resolve("well.A1"));
        Path first = Files.createFile(Files.createDirectories(dir.resolve("p1")).resolve("stack.tif"));
        Path second = Files.createFile(Files.createDirectories(dir.resolve("p2")).resolve("stack.tif"));
        assertEquals(List.of("well.A1", "stack", "stack-2", "stack-3"),
                MovieOperation.names(List.of(frames, first, second, first)));
    }
}
