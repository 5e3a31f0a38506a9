package org.mitosis.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real annotated data in {@code ../shared/data} beside the repository root. Tests that need it
 * call {@link #require(String)}, which skips them with a clear message where it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder (it may not exist). */
    public static Path root() {
        String p = System.getProperty("mitosis.shared.data");
        return p != null ? Path.of(p) : Path.of("..", "shared", "data");
    }

    /**
     * @param relative path inside the data folder, e.g. {@code c2c12-F0009/man_track.txt}
     * @return the path, after skipping the calling test where it does not exist
     */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "real data absent, test skipped: " + p.toAbsolutePath().normalize()
                + " (place the shared data folder beside the repository root)");
        return p;
    }
}
