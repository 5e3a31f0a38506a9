package org.mitosis.workflows;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the checked files are: the repository root (system property "mitosis.repository") and beside it. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("mitosis.repository");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(root.resolve("workflows"))) {
            throw new AssertionError("No workflows/ folder under " + root);
        }
        return root;
    }

    /** Sources of the KNIME nodes bundle. */
    static Path nodeSources() {
        return root().resolve("org.mitosis.nodes/src");
    }

    /** Every example workflow directory (a folder with a workflow.knime). */
    static List<Path> workflows() throws IOException {
        try (Stream<Path> dirs = Files.list(root().resolve("workflows"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("workflow.knime"))).sorted().toList();
        }
    }

    /**
     * A file of KNIME's reference material in ../shared/knime (never copied into the repository); skips the calling
     * test with a clear message where it is absent.
     */
    static Path sharedKnime(String relative) {
        Path p = root().resolve("../shared/knime").resolve(relative).normalize();
        assumeTrue(Files.exists(p), "KNIME reference file " + p + " is absent (see ../shared/knime/README.md); "
            + "check skipped");
        return p;
    }
}
