package org.mitosis.core.qp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

class SparseLdlTest {

    /** A random quasi-definite matrix [H Aᵀ; A −G] with sparse H (diagonally dominant), A and diagonal G. */
    private static double[][] quasiDefinite(Random random, int primal, int dual, double density) {
        int n = primal + dual;
        double[][] k = new double[n][n];
        for (int i = 0; i < primal; i++) {
            for (int j = i + 1; j < primal; j++) {
                if (random.nextDouble() < density) {
                    k[i][j] = k[j][i] = random.nextGaussian();
                }
            }
        }
        for (int i = 0; i < primal; i++) {
            double rowSum = 0;
            for (int j = 0; j < primal; j++) {
                rowSum += Math.abs(k[i][j]);
            }
            k[i][i] = rowSum + 0.1 + random.nextDouble();
        }
        for (int r = 0; r < dual; r++) {
            for (int j = 0; j < primal; j++) {
                if (random.nextDouble() < density) {
                    k[primal + r][j] = k[j][primal + r] = random.nextGaussian();
                }
            }
            k[primal + r][primal + r] = -(0.01 + random.nextDouble());
        }
        return k;
    }

    private static SparseSymmetricMatrix sparse(double[][] dense) {
        SparseSymmetricMatrix.Builder builder = new SparseSymmetricMatrix.Builder(dense.length);
        for (int i = 0; i < dense.length; i++) {
            for (int j = i; j < dense.length; j++) {
                if (dense[i][j] != 0) {
                    builder.add(i, j, dense[i][j]);
                }
            }
        }
        return builder.build();
    }

    private static double[] denseSolve(double[][] k, double[] b) {
        R064Store store = R064Store.FACTORY.make(k.length, k.length);
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                store.set(i, j, k[i][j]);
            }
        }
        LU<Double> lu = LU.R064.make(store);
        assertTrue(lu.decompose(store) && lu.isSolvable());
        MatrixStore<Double> x = lu.getSolution(R064Store.wrap(b));
        double[] out = new double[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = x.doubleValue(i);
        }
        return out;
    }

    private static double[] gaussian(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance) {
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance * scale, "entry " + i);
        }
    }

    @Test
    void randomQuasiDefiniteMatricesMatchADenseSolve() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            int primal = 1 + random.nextInt(60);
            int dual = random.nextInt(primal + 1);
            double[][] k = quasiDefinite(random, primal, dual, 0.05 + 0.2 * random.nextDouble());
            SparseSymmetricMatrix matrix = sparse(k);
            SparseLdl ldl = new SparseLdl(matrix);
            assertTrue(ldl.factor(matrix, new double[k.length]), "trial " + trial);
            double[] b = gaussian(random, k.length);
            double[] x = new double[k.length];
            ldl.solve(b, x);
            assertClose(denseSolve(k, b), x, 1e-10);
        }
    }

    @Test
    void refactorisationWithNewValuesAndShift() {
        Random random = new Random(5);
        double[][] first = quasiDefinite(random, 30, 12, 0.15);
        double[][] second = new double[first.length][];
        for (int i = 0; i < first.length; i++) {
            second[i] = first[i].clone();
        }
        // New values on the same pattern: scale the off-diagonal entries, keep the diagonal dominant.
        for (int i = 0; i < second.length; i++) {
            for (int j = 0; j < second.length; j++) {
                if (i != j) {
                    second[i][j] *= 0.5;
                }
            }
        }
        SparseSymmetricMatrix a = sparse(first);
        SparseSymmetricMatrix b = sparse(second);
        assertTrue(a.samePattern(b));
        SparseLdl ldl = new SparseLdl(a);
        double[] rhs = gaussian(random, first.length);
        double[] x = new double[rhs.length];
        assertTrue(ldl.factor(a, new double[rhs.length]));
        ldl.solve(rhs, x);
        assertClose(denseSolve(first, rhs), x, 1e-10);

        double[] shift = new double[rhs.length];
        for (int i = 0; i < shift.length; i++) {
            shift[i] = i < 30 ? 0.7 : -0.3;
            second[i][i] += shift[i];
        }
        assertTrue(ldl.factor(b, shift));
        double[] y = rhs.clone();
        ldl.solve(y, y);
        assertClose(denseSolve(second, rhs), y, 1e-10);
    }

    @Test
    void givenOrderIsUsedAndMustBeAPermutation() {
        Random random = new Random(3);
        double[][] k = quasiDefinite(random, 25, 10, 0.2);
        SparseSymmetricMatrix matrix = sparse(k);
        int[] reversed = new int[k.length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = reversed.length - 1 - i;
        }
        SparseLdl ldl = new SparseLdl(matrix, reversed);
        assertTrue(ldl.factor(matrix, new double[k.length]));
        double[] b = gaussian(random, k.length);
        double[] x = new double[b.length];
        ldl.solve(b, x);
        assertClose(denseSolve(k, b), x, 1e-10);
        int[] repeated = reversed.clone();
        repeated[0] = repeated[1];
        assertThrows(IllegalArgumentException.class, () -> new SparseLdl(matrix, repeated));
        assertThrows(IllegalArgumentException.class, () -> new SparseLdl(matrix, new int[3]));
    }

    @Test
    void anotherPatternIsRefused() {
        SparseSymmetricMatrix.Builder one = new SparseSymmetricMatrix.Builder(3);
        one.add(0, 1, 1.0);
        SparseSymmetricMatrix.Builder other = new SparseSymmetricMatrix.Builder(3);
        other.add(1, 2, 1.0);
        SparseLdl ldl = new SparseLdl(one.build());
        assertThrows(IllegalArgumentException.class, () -> ldl.factor(other.build(), new double[3]));
    }

    @Test
    void singularMatrixIsReportedAndCannotBeSolvedWith() {
        SparseSymmetricMatrix.Builder builder = new SparseSymmetricMatrix.Builder(2);
        builder.add(0, 0, 1.0);
        builder.add(0, 1, 1.0);
        builder.add(1, 1, 1.0);
        SparseSymmetricMatrix ones = builder.build();
        SparseLdl ldl = new SparseLdl(ones);
        assertFalse(ldl.factor(ones, new double[2]));
        assertThrows(IllegalStateException.class, () -> ldl.solve(new double[2], new double[2]));
    }

    @Test
    void saddlePointWithDependentRowsIsSolvedByRegularisationAndRefinement() {
        // [I Aᵀ; A 0] with two identical rows of A: singular, but consistent for b = [c; A c'].
        int primal = 4;
        double[][] k = new double[primal + 2][primal + 2];
        for (int i = 0; i < primal; i++) {
            k[i][i] = 1;
        }
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < 3; j++) {
                k[primal + r][j] = k[j][primal + r] = 1;
            }
        }
        SparseSymmetricMatrix matrix = sparse(k);
        double[] shift = {1e-9, 1e-9, 1e-9, 1e-9, -1e-9, -1e-9};
        SparseLdl ldl = new SparseLdl(matrix);
        assertTrue(ldl.factor(matrix, shift));
        double[] b = {0.5, -1, 2, 3, 1, 1};
        double[] x = new double[b.length];
        double[] residual = new double[b.length];
        double[] correction = new double[b.length];
        for (int step = 0; step < 5; step++) {
            matrix.multiply(x, residual);
            for (int i = 0; i < b.length; i++) {
                residual[i] = b[i] - residual[i];
            }
            ldl.solve(residual, correction);
            for (int i = 0; i < b.length; i++) {
                x[i] += correction[i];
            }
        }
        matrix.multiply(x, residual);
        for (int i = 0; i < b.length; i++) {
            assertEquals(b[i], residual[i], 1e-10, "row " + i);
        }
        // The primal part is unique: x₃ = 3, and x_i = b_i − (ν₁ + ν₂) for i < 3 with Σ x_i = 1.
        assertEquals(3.0, x[3], 1e-10);
        assertEquals(1.0 / 3, x[0], 1e-10);
        assertEquals(-7.0 / 6, x[1], 1e-10);
    }

    @Test
    void illConditionedSymmetricPositiveDefiniteMatrix() {
        int n = 8;
        double[][] hilbert = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hilbert[i][j] = 1.0 / (i + j + 1);
            }
        }
        SparseSymmetricMatrix matrix = sparse(hilbert);
        SparseLdl ldl = new SparseLdl(matrix);
        assertTrue(ldl.factor(matrix, new double[n]));
        double[] expected = new double[n];
        Arrays.fill(expected, 1.0);
        double[] b = new double[n];
        matrix.multiply(expected, b);
        double[] x = new double[n];
        ldl.solve(b, x);
        // cond(H₈) ≈ 1.5·10¹⁰: the error is bounded by about cond·ε.
        assertClose(expected, x, 1e-4);
    }

    @Test
    void emptyMatrix() {
        SparseSymmetricMatrix empty = new SparseSymmetricMatrix.Builder(0).build();
        SparseLdl ldl = new SparseLdl(empty);
        assertTrue(ldl.factor(empty, new double[0]));
        assertEquals(0, ldl.factorEntries());
        double[] x = new double[0];
        ldl.solve(new double[0], x);
        assertArrayEquals(new double[0], x);
    }

    @Test
    void arrowMatrixIsOrderedWithoutFill() {
        // A hub joined to every other node: eliminated first it would fill the whole matrix.
        int n = 50;
        SparseSymmetricMatrix.Builder builder = new SparseSymmetricMatrix.Builder(n);
        for (int i = 0; i < n; i++) {
            builder.add(i, i, i == 0 ? n : 2.0);
            if (i > 0) {
                builder.add(0, i, 1.0);
            }
        }
        SparseSymmetricMatrix matrix = builder.build();
        int[] order = MinimumDegree.order(matrix);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertEquals(i, sorted[i]);
        }
        assertEquals(n - 1, new SparseLdl(matrix).factorEntries());
    }

    @Test
    void cliquesAreEliminatedTogetherWithoutFill() {
        // Chains hanging off a clique: eliminating each chain from its free end, then the clique, adds
        // no fill. The clique's nodes become indistinguishable once the chains are gone and are
        // mass-eliminated with the first of them.
        int clique = 12;
        int chains = 4;
        int length = 5;
        int n = clique + chains * length;
        SparseSymmetricMatrix.Builder builder = new SparseSymmetricMatrix.Builder(n);
        for (int i = 0; i < n; i++) {
            builder.add(i, i, n);
        }
        for (int i = 0; i < clique; i++) {
            for (int j = i + 1; j < clique; j++) {
                builder.add(i, j, 1.0);
            }
        }
        for (int c = 0; c < chains; c++) {
            int previous = c;
            for (int step = 0; step < length; step++) {
                int node = clique + c * length + step;
                builder.add(previous, node, 1.0);
                previous = node;
            }
        }
        SparseSymmetricMatrix matrix = builder.build();
        int[] sorted = MinimumDegree.order(matrix).clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertEquals(i, sorted[i]);
        }
        SparseLdl ldl = new SparseLdl(matrix);
        assertEquals(clique * (clique - 1) / 2 + chains * length, ldl.factorEntries());
        Random random = new Random(3);
        double[][] dense = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                dense[matrix.row(p)][j] = dense[j][matrix.row(p)] = matrix.value(p);
            }
        }
        double[] b = gaussian(random, n);
        double[] x = new double[n];
        assertTrue(ldl.factor(matrix, new double[n]));
        ldl.solve(b, x);
        assertClose(denseSolve(dense, b), x, 1e-10);
    }

    @Test
    void principalSubMatrixKeepsTheChosenIndices() {
        Random random = new Random(11);
        double[][] dense = quasiDefinite(random, 20, 8, 0.3);
        SparseSymmetricMatrix matrix = sparse(dense);
        int[] position = new int[dense.length];
        int size = 0;
        for (int i = 0; i < dense.length; i++) {
            position[i] = random.nextBoolean() ? size++ : -1;
        }
        SparseSymmetricMatrix sub = matrix.principal(position, size);
        double[][] expected = new double[size][size];
        for (int i = 0; i < dense.length; i++) {
            for (int j = 0; j < dense.length; j++) {
                if (position[i] >= 0 && position[j] >= 0) {
                    expected[position[i]][position[j]] = dense[i][j];
                }
            }
        }
        double[] x = gaussian(random, size);
        double[] product = new double[size];
        sub.multiply(x, product);
        double[] reference = new double[size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                reference[i] += expected[i][j] * x[j];
            }
        }
        assertClose(reference, product, 1e-12);
        for (int j = 0; j < size; j++) {
            assertEquals(j, sub.row(sub.columnStart(j)), "diagonal first in column " + j);
        }
    }
}
