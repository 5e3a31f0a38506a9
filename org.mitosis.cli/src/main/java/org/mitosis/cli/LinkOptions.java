package org.mitosis.cli;

import org.mitosis.core.ops.TrackSettings;
import picocli.CommandLine.Option;

/** The linking options {@code track} and {@code run} share, as {@link TrackSettings}. */
final class LinkOptions {

    @Option(names = "--correct-drift", description = "Take the field of view's drift between frames (a drifting or "
            + "jittering stage), estimated from the cells, off the positions the model links.")
    boolean correctDrift;

    @Option(names = "--max-missed", defaultValue = "2", description = "Most frames in a row a cell may be missed (by the "
            + "detector) and its track still go on, 1-10; 1 closes one-frame gaps only, as the model itself does "
            + "(default ${DEFAULT-VALUE}).")
    int maxMissed;

    TrackSettings settings() {
        return new TrackSettings(correctDrift, maxMissed);
    }
}
