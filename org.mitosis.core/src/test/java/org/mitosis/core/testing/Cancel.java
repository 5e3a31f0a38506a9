package org.mitosis.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.mitosis.core.monitor.CanceledException;
import org.mitosis.core.monitor.ProgressMonitor;

/** Monitors that cancel, for tests of how long work stops. */
public final class Cancel {

    private Cancel() {
    }

    /** A monitor that lets {@code checks} calls of {@code checkCanceled} pass, then cancels at every one. */
    public static ProgressMonitor after(int checks) {
        AtomicInteger passed = new AtomicInteger();
        return new ProgressMonitor() {
            @Override
            public void setProgress(double fraction, String message) {
                // only canceling matters here
            }

            @Override
            public void checkCanceled() {
                if (passed.getAndIncrement() >= checks) {
                    throw new CanceledException();
                }
            }
        };
    }
}
