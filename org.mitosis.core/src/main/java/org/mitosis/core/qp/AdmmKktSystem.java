package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * The ADMM step's linear system {@code (P + σI + ρ_box I + Aᵀ R A) x = r}, solved directly as in
 * OSQP through the quasi-definite KKT matrix
 * <pre>
 *   [ P + σI + ρ_box I   Aᵀ    ] [ x ]   [ r ]
 *   [ A                  −R⁻¹  ] [ ν ] = [ 0 ]
 * </pre>
 * (eliminating {@code ν = R A x} gives back the step's system). The pattern is analysed once per
 * problem ({@link QpKkt}); σ and ρ enter only the diagonal, so a change of ρ costs one numeric
 * refactorisation and every step one pair of triangular solves.
 */
final class AdmmKktSystem {

    private final QpStructure q;
    private final SparseSymmetricMatrix matrix;
    private final SparseLdl factor;
    private final double sigma;
    private final double[] shift;
    private final double[] extended;

    AdmmKktSystem(QpKkt kkt, double sigma) {
        this.q = kkt.structure();
        this.matrix = kkt.matrix();
        this.factor = kkt.analyse();
        this.sigma = sigma;
        shift = new double[matrix.size()];
        extended = new double[matrix.size()];
    }

    /**
     * Sets the penalties and refactorises: {@code rho} for box and source rows, {@code rhoEquality}
     * for target rows.
     */
    void setRho(double rho, double rhoEquality) {
        Arrays.fill(shift, 0, q.size, sigma + rho);
        for (int row = 0; row < q.rows; row++) {
            shift[q.size + row] = -1.0 / (q.isEquality(row) ? rhoEquality : rho);
        }
        if (!factor.factor(matrix, shift)) {
            throw new IllegalStateException("KKT matrix of the ADMM step is not quasi-definite (non-finite data?)");
        }
    }

    /** x = M⁻¹ b. */
    void solve(double[] b, double[] x) {
        System.arraycopy(b, 0, extended, 0, q.size);
        Arrays.fill(extended, q.size, extended.length, 0.0);
        factor.solve(extended, extended);
        System.arraycopy(extended, 0, x, 0, q.size);
    }
}
