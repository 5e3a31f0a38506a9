package org.mitosis.cli;

import java.io.PrintStream;
import org.mitosis.core.monitor.ProgressMonitor;

/**
 * Shows engine progress as one line on standard error, rewritten in place at most a few times a
 * second so that progress never slows the work. Never cancels: Ctrl-C ends the process.
 */
final class ConsoleProgress implements ProgressMonitor {

    private static final long MIN_INTERVAL_NANOS = 200_000_000L;

    private final PrintStream err;
    private final String task;
    private long last;
    private int lastLength;

    ConsoleProgress(PrintStream err, String task) {
        this.err = err;
        this.task = task;
    }

    @Override
    public synchronized void setProgress(double fraction, String message) {
        long now = System.nanoTime();
        if (now - last < MIN_INTERVAL_NANOS && fraction < 1) {
            return;
        }
        last = now;
        String line = String.format("%s [%3d%%] %s", task, Math.round(100 * Math.max(0, Math.min(1, fraction))), message);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        err.flush();
    }

    @Override
    public void checkCanceled() {
        // the console user cancels with Ctrl-C
    }

    /** Ends the progress line so later output starts on a fresh line. */
    synchronized void done() {
        if (lastLength > 0) {
            err.println();
            lastLength = 0;
        }
    }
}
