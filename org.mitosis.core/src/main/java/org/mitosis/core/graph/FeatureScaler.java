package org.mitosis.core.graph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

/**
 * Standardisation {@code (v − mean) / sd} per feature, with statistics fitted on training data and
 * stored with the model so that inference uses exactly the same scaling. A feature that is
 * constant in the training data keeps sd 1.
 *
 * <p>Immutable.
 */
public final class FeatureScaler {

    private final double[] mean;
    private final double[] sd;

    private FeatureScaler(double[] mean, double[] sd) {
        this.mean = mean;
        this.sd = sd;
    }

    /**
     * @param rows feature vectors of equal length; at least one
     * @throws IllegalArgumentException for no rows or rows of different lengths
     */
    public static FeatureScaler fit(Collection<double[]> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows to fit a scaler on");
        }
        int d = rows.iterator().next().length;
        double[] sum = new double[d];
        double[] sq = new double[d];
        for (double[] r : rows) {
            if (r.length != d) {
                throw new IllegalArgumentException("rows of length " + d + " and " + r.length);
            }
            for (int i = 0; i < d; i++) {
                sum[i] += r[i];
                sq[i] += r[i] * r[i];
            }
        }
        int n = rows.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int i = 0; i < d; i++) {
            mean[i] = sum[i] / n;
            double var = Math.max(0, sq[i] / n - mean[i] * mean[i]);
            sd[i] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        return new FeatureScaler(mean, sd);
    }

    public int length() {
        return mean.length;
    }

    /** The standardised copy of {@code v}. */
    public double[] apply(double[] v) {
        if (v.length != mean.length) {
            throw new IllegalArgumentException("vector of length " + v.length + ", scaler fitted on " + mean.length);
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (v[i] - mean[i]) / sd[i];
        }
        return out;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(mean.length);
        for (int i = 0; i < mean.length; i++) {
            out.writeDouble(mean[i]);
            out.writeDouble(sd[i]);
        }
    }

    /**
     * @throws IOException on a read failure or an implausible length
     */
    public static FeatureScaler readFrom(DataInput in) throws IOException {
        int d = in.readInt();
        if (d < 0 || d > 1_000_000) {
            throw new IOException("implausible scaler length " + d);
        }
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int i = 0; i < d; i++) {
            mean[i] = in.readDouble();
            sd[i] = in.readDouble();
            if (!(sd[i] > 0)) {
                throw new IOException("scaler sd " + sd[i] + " at feature " + i + " is not positive");
            }
        }
        return new FeatureScaler(mean, sd);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureScaler s && Arrays.equals(s.mean, mean) && Arrays.equals(s.sd, sd);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(sd);
    }
}
