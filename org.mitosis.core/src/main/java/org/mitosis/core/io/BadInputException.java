package org.mitosis.core.io;

import java.nio.file.Path;

/**
 * Input that cannot be read: names the file, the line (1-based, 0 when the problem is not on one
 * line) and the problem, so that a person can fix it.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public BadInputException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    public BadInputException(Path file, long line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
