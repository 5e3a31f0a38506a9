package org.mitosis.core.eval;

/** The 0/0 convention of every metric here: nothing to find and nothing found scores 1. */
final class Ratios {

    private Ratios() {
    }

    /** {@code part / whole}, or 1 when {@code whole} is 0 (nothing claimed, or nothing to find). */
    static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
