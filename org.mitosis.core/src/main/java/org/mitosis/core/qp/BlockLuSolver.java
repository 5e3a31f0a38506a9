package org.mitosis.core.qp;

import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Direct solver for the regularised reduced KKT matrix {@code K + diag(δI, −δI)}, block by block:
 * the matrix graph falls apart into connected components (groups of free variables linked through
 * shared rows and consistency terms), each factorised densely by ojAlgo's LU. Cost Σ k_c³ over the
 * component sizes k_c instead of k³, which at an optimum of this problem is small even when k is
 * in the thousands.
 */
final class BlockLuSolver {

    private final int[][] blocks;
    private final LU<Double>[] factors;
    private final boolean factorised;

    /**
     * @param matrix         the (unregularised) symmetric matrix
     * @param primalCount    indices below this get +δ on the diagonal, the others −δ
     * @param regularisation δ
     * @param maxBlock       largest block to factorise; larger ones make {@link #factorised()} false
     */
    @SuppressWarnings("unchecked")
    BlockLuSolver(SparseSymmetricMatrix matrix, int primalCount, double regularisation, int maxBlock) {
        int size = matrix.size();
        int[] label = matrix.components();
        int count = 0;
        for (int l : label) {
            count = Math.max(count, l + 1);
        }
        int[] blockSize = new int[count];
        for (int l : label) {
            blockSize[l]++;
        }
        blocks = new int[count][];
        boolean small = true;
        for (int b = 0; b < count; b++) {
            blocks[b] = new int[blockSize[b]];
            small &= blockSize[b] <= maxBlock;
        }
        int[] fill = new int[count];
        int[] position = new int[size];
        for (int i = 0; i < size; i++) {
            position[i] = fill[label[i]];
            blocks[label[i]][fill[label[i]]++] = i;
        }
        factors = new LU[count];
        boolean ok = small;
        for (int b = 0; b < count && ok; b++) {
            double[][] dense = matrix.dense(blocks[b], position);
            R064Store store = R064Store.FACTORY.make(dense.length, dense.length);
            for (int r = 0; r < dense.length; r++) {
                for (int c = 0; c < dense.length; c++) {
                    store.set(r, c, dense[r][c]);
                }
                store.add(r, r, blocks[b][r] < primalCount ? regularisation : -regularisation);
            }
            factors[b] = LU.R064.make(store);
            ok = factors[b].decompose(store) && factors[b].isSolvable();
        }
        factorised = ok;
    }

    /** Whether every block was small enough and factorised. */
    boolean factorised() {
        return factorised;
    }

    /** out = (K + diag(δI, −δI))⁻¹ rhs. */
    void solve(double[] rhs, double[] out) {
        for (int b = 0; b < blocks.length; b++) {
            int[] block = blocks[b];
            double[] local = new double[block.length];
            for (int a = 0; a < block.length; a++) {
                local[a] = rhs[block[a]];
            }
            MatrixStore<Double> solution = factors[b].getSolution(R064Store.wrap(local));
            for (int a = 0; a < block.length; a++) {
                out[block[a]] = solution.doubleValue(a);
            }
        }
    }
}
