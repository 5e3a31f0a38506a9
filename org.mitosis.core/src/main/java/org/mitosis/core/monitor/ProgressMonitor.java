package org.mitosis.core.monitor;

/**
 * Receives progress of long work and lets the caller cancel it. Implementations must be
 * thread-safe where the work they monitor is parallel.
 */
public interface ProgressMonitor {

    /** A monitor that reports nothing and never cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void setProgress(double fraction, String message) {
            // silent by design
        }

        @Override
        public void checkCanceled() {
            // never canceled
        }
    };

    /**
     * @param fraction done so far, 0..1
     * @param message what is happening now, for a person
     */
    void setProgress(double fraction, String message);

    /**
     * @throws CanceledException if the user asked to stop
     */
    void checkCanceled();

    /**
     * A monitor for a part of this work that spans {@code fraction} of it, starting at
     * {@code offset}: the part reports 0..1 and this monitor sees offset..offset+fraction.
     */
    default ProgressMonitor sub(double offset, double fraction) {
        ProgressMonitor parent = this;
        return new ProgressMonitor() {
            @Override
            public void setProgress(double f, String message) {
                parent.setProgress(offset + fraction * Math.max(0, Math.min(1, f)), message);
            }

            @Override
            public void checkCanceled() {
                parent.checkCanceled();
            }
        };
    }
}
