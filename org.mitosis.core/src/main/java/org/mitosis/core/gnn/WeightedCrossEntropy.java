package org.mitosis.core.gnn;

/**
 * Weighted binary cross-entropy of link values z against labels y, averaged over the pairs:
 * {@code L = (1/P) Σ −[ω y log z + (1−y) log(1−z)]}, with z clipped to {@code [ε, 1−ε]} so that a
 * QP solution at a bound (exactly 0 or 1) gives a finite loss and gradient.
 *
 * @param positiveWeight ω, the weight of a true link (class balance), {@code > 0}
 * @param epsilon clipping ε in (0, 0.5)
 */
public record WeightedCrossEntropy(double positiveWeight, double epsilon) {

    public WeightedCrossEntropy {
        if (!(positiveWeight > 0) || !(epsilon > 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("need ω > 0 and ε in (0, 0.5), got " + positiveWeight + ", " + epsilon);
        }
    }

    /** The loss of {@code z} given labels {@code y} (same length, at least 1). */
    public double loss(double[] z, double[] y) {
        check(z, y);
        double s = 0;
        for (int p = 0; p < z.length; p++) {
            double c = clip(z[p]);
            s -= positiveWeight * y[p] * Math.log(c) + (1 - y[p]) * Math.log(1 - c);
        }
        return s / z.length;
    }

    /** ∂L/∂z, evaluated at the clipped values. */
    public double[] gradient(double[] z, double[] y) {
        check(z, y);
        double[] g = new double[z.length];
        for (int p = 0; p < z.length; p++) {
            double c = clip(z[p]);
            g[p] = (-positiveWeight * y[p] / c + (1 - y[p]) / (1 - c)) / z.length;
        }
        return g;
    }

    private double clip(double v) {
        return Math.max(epsilon, Math.min(1 - epsilon, v));
    }

    private static void check(double[] z, double[] y) {
        if (z.length != y.length || z.length == 0) {
            throw new IllegalArgumentException(z.length + " values and " + y.length + " labels");
        }
    }
}
