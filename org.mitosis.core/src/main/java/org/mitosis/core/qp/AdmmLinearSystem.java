package org.mitosis.core.qp;

/**
 * The ADMM step's linear system {@code (P + σI + ρ_box I + Aᵀ R A) x = r}, solved matrix-free by
 * preconditioned conjugate gradients (CG), warm-started from the caller's x.
 *
 * <p>The equality rows carry a much larger ρ than the others (as in OSQP), which makes the target
 * cliques {@code ρ_eq 11ᵀ} dominate the matrix; plain Jacobi preconditioning would leave CG with a
 * condition number of about {@code ρ_eq·(pairs per target)/ρ}. Every z and a variable lies in exactly
 * one target row, so the preconditioner inverts each target block {@code D + ρ_eq 11ᵀ} exactly by
 * Sherman–Morrison (O(block) per application) and the split slacks by their diagonal. What is left
 * (source rows, consistency terms) is mild, so CG needs only a few iterations per ADMM step.
 * A change of ρ costs nothing: no factorisation is cached.
 */
final class AdmmLinearSystem {

    private final QpStructure q;
    private final double sigma;
    private final double[] diagonal;
    /** Per target: 1ᵀD⁻¹1 of its block. */
    private final double[] blockWeight;
    private final double[] rowScratch;
    private final double[] r;
    private final double[] zp;
    private final double[] p;
    private final double[] ap;
    private double rhoBox;
    private double rhoEq;
    private double rhoIn;
    private int lastIterations;

    AdmmLinearSystem(QpStructure structure, double sigma) {
        this.q = structure;
        this.sigma = sigma;
        this.diagonal = new double[structure.size];
        this.blockWeight = new double[structure.targets];
        this.rowScratch = new double[structure.rows];
        this.r = new double[structure.size];
        this.zp = new double[structure.size];
        this.p = new double[structure.size];
        this.ap = new double[structure.size];
    }

    /** Sets the penalties: {@code rho} for box and source rows, {@code rhoEquality} for target rows. */
    void setRho(double rho, double rhoEquality) {
        rhoBox = rho;
        rhoIn = rho;
        rhoEq = rhoEquality;
        double base = q.gamma + sigma + rhoBox;
        for (int i = 0; i < q.size; i++) {
            diagonal[i] = base + q.laplacianDiagonal[i];
        }
        for (int pair = 0; pair < q.pairs; pair++) {
            diagonal[pair] += rhoIn;
        }
        for (int i = 0; i < q.sources; i++) {
            diagonal[q.splitIndex(i)] += rhoIn;
        }
        for (int j = 0; j < q.targets; j++) {
            double sum = 1.0 / diagonal[q.appearIndex(j)];
            for (int k = q.targetStart[j]; k < q.targetStart[j + 1]; k++) {
                sum += 1.0 / diagonal[q.targetPairs[k]];
            }
            blockWeight[j] = sum;
        }
    }

    /** Number of CG iterations of the last {@link #solve}. */
    int lastIterations() {
        return lastIterations;
    }

    /** out = M x. */
    void multiply(double[] x, double[] out) {
        double base = q.gamma + sigma + rhoBox;
        for (int i = 0; i < q.size; i++) {
            out[i] = base * x[i];
        }
        q.addLaplacian(x, out, 1.0);
        q.multiplyA(x, rowScratch);
        for (int row = 0; row < q.rows; row++) {
            rowScratch[row] *= q.isEquality(row) ? rhoEq : rhoIn;
        }
        for (int pair = 0; pair < q.pairs; pair++) {
            out[pair] += rowScratch[q.pairTarget[pair]] + rowScratch[q.targets + q.pairSource[pair]];
        }
        for (int j = 0; j < q.targets; j++) {
            out[q.appearIndex(j)] += rowScratch[j];
        }
        for (int i = 0; i < q.sources; i++) {
            out[q.splitIndex(i)] -= rowScratch[q.targets + i];
        }
    }

    /** out = B⁻¹ v, B the block preconditioner. */
    private void precondition(double[] v, double[] out) {
        for (int i = 0; i < q.size; i++) {
            out[i] = v[i] / diagonal[i];
        }
        for (int j = 0; j < q.targets; j++) {
            double dot = out[q.appearIndex(j)];
            for (int k = q.targetStart[j]; k < q.targetStart[j + 1]; k++) {
                dot += out[q.targetPairs[k]];
            }
            double factor = rhoEq * dot / (1.0 + rhoEq * blockWeight[j]);
            out[q.appearIndex(j)] -= factor / diagonal[q.appearIndex(j)];
            for (int k = q.targetStart[j]; k < q.targetStart[j + 1]; k++) {
                int pair = q.targetPairs[k];
                out[pair] -= factor / diagonal[pair];
            }
        }
    }

    /**
     * Solves M x = b by preconditioned CG from the x given, until {@code ‖b − Mx‖∞ ≤ tolerance} or
     * {@code maxIterations}.
     *
     * @return whether the tolerance was reached
     */
    boolean solve(double[] b, double[] x, double tolerance, int maxIterations) {
        multiply(x, ap);
        for (int i = 0; i < q.size; i++) {
            r[i] = b[i] - ap[i];
        }
        precondition(r, zp);
        System.arraycopy(zp, 0, p, 0, q.size);
        double rz = dot(r, zp);
        for (int it = 0; it < maxIterations; it++) {
            if (maxAbs(r) <= tolerance) {
                lastIterations = it;
                return true;
            }
            multiply(p, ap);
            double alpha = rz / dot(p, ap);
            for (int i = 0; i < q.size; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }
            precondition(r, zp);
            double rzNext = dot(r, zp);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < q.size; i++) {
                p[i] = zp[i] + beta * p[i];
            }
        }
        lastIterations = maxIterations;
        return maxAbs(r) <= tolerance;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }

    static double maxAbs(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
