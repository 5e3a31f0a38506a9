package org.mitosis.core.qp;

/**
 * Preconditioned MINRES (Paige &amp; Saunders 1975; the recurrences of SciPy's {@code minres}) for a
 * symmetric, possibly indefinite and singular but consistent system {@code K x = b}, with a
 * symmetric positive definite diagonal preconditioner. Starting from the x given, every update lies
 * in the range of K, so the components of x in the null space of K are left as they were.
 */
final class Minres {

    private final SparseSymmetricMatrix matrix;
    private final double[] inversePreconditioner;

    /** @param preconditioner positive diagonal entries of M ≈ |K| */
    Minres(SparseSymmetricMatrix matrix, double[] preconditioner) {
        this.matrix = matrix;
        this.inversePreconditioner = new double[preconditioner.length];
        for (int i = 0; i < preconditioner.length; i++) {
            inversePreconditioner[i] = 1.0 / preconditioner[i];
        }
    }

    /**
     * Improves x in place until the estimated preconditioned residual falls below
     * {@code relativeTolerance} times the initial one, or after {@code maxIterations}.
     */
    void solve(double[] b, double[] x, double relativeTolerance, int maxIterations) {
        int n = b.length;
        double[] r1 = new double[n];
        matrix.multiply(x, r1);
        for (int i = 0; i < n; i++) {
            r1[i] = b[i] - r1[i];
        }
        double[] y = new double[n];
        precondition(r1, y);
        double beta1 = Math.sqrt(Math.max(0, dot(r1, y)));
        if (beta1 == 0) {
            return;
        }
        double[] r2 = r1.clone();
        double[] v = new double[n];
        double[] w = new double[n];
        double[] w2 = new double[n];
        double oldb = 0;
        double beta = beta1;
        double dbar = 0;
        double epsln = 0;
        double phibar = beta1;
        double cs = -1;
        double sn = 0;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double s = 1.0 / beta;
            for (int i = 0; i < n; i++) {
                v[i] = s * y[i];
            }
            matrix.multiply(v, y);
            if (iteration >= 2) {
                double f = beta / oldb;
                for (int i = 0; i < n; i++) {
                    y[i] -= f * r1[i];
                }
            }
            double alfa = dot(v, y);
            double f = alfa / beta;
            for (int i = 0; i < n; i++) {
                y[i] -= f * r2[i];
            }
            double[] swap = r1;
            r1 = r2;
            r2 = swap;
            System.arraycopy(y, 0, r2, 0, n);
            precondition(r2, y);
            oldb = beta;
            beta = Math.sqrt(Math.max(0, dot(r2, y)));
            double oldeps = epsln;
            double delta = cs * dbar + sn * alfa;
            double gbar = sn * dbar - cs * alfa;
            epsln = sn * beta;
            dbar = -cs * beta;
            double gamma = Math.max(Math.hypot(gbar, beta), 1e-300);
            cs = gbar / gamma;
            sn = beta / gamma;
            double phi = cs * phibar;
            phibar = sn * phibar;
            for (int i = 0; i < n; i++) {
                double previous = w2[i];
                double latest = w[i];
                double next = (v[i] - oldeps * previous - delta * latest) / gamma;
                w2[i] = latest;
                w[i] = next;
                x[i] += phi * next;
            }
            if (phibar <= relativeTolerance * beta1 || beta == 0) {
                return;
            }
        }
    }

    private void precondition(double[] r, double[] out) {
        for (int i = 0; i < r.length; i++) {
            out[i] = inversePreconditioner[i] * r[i];
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
