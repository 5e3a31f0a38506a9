package org.mitosis.core.monitor;

/** Thrown by {@link ProgressMonitor#checkCanceled()} when the user asked to stop. */
public final class CanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CanceledException() {
        super("canceled");
    }
}
