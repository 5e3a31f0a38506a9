package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * A square sparse matrix in compressed-row form, built from (row, column, value) entries with
 * duplicates summed. Used for the reduced KKT matrix; the caller adds both triangles.
 */
final class SparseSymmetricMatrix {

    private final int size;
    private final int[] rowStart;
    private final int[] column;
    private final double[] value;

    /** Collects entries before compression. */
    static final class Builder {
        private final int size;
        private int[] rows = new int[64];
        private int[] columns = new int[64];
        private double[] values = new double[64];
        private int count;

        Builder(int size) {
            this.size = size;
        }

        void add(int row, int col, double v) {
            if (count == rows.length) {
                rows = Arrays.copyOf(rows, 2 * count);
                columns = Arrays.copyOf(columns, 2 * count);
                values = Arrays.copyOf(values, 2 * count);
            }
            rows[count] = row;
            columns[count] = col;
            values[count] = v;
            count++;
        }

        SparseSymmetricMatrix build() {
            return new SparseSymmetricMatrix(size, rows, columns, values, count);
        }
    }

    private SparseSymmetricMatrix(int size, int[] rows, int[] columns, double[] values, int count) {
        this.size = size;
        this.rowStart = new int[size + 1];
        for (int k = 0; k < count; k++) {
            rowStart[rows[k] + 1]++;
        }
        for (int r = 0; r < size; r++) {
            rowStart[r + 1] += rowStart[r];
        }
        this.column = new int[count];
        this.value = new double[count];
        int[] fill = Arrays.copyOf(rowStart, size);
        for (int k = 0; k < count; k++) {
            int at = fill[rows[k]]++;
            column[at] = columns[k];
            value[at] = values[k];
        }
    }

    int size() {
        return size;
    }

    /** out = K x. */
    void multiply(double[] x, double[] out) {
        for (int r = 0; r < size; r++) {
            double sum = 0;
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                sum += value[k] * x[column[k]];
            }
            out[r] = sum;
        }
    }

    /**
     * Connected components of the matrix graph (i ~ j where entry (i, j) is stored), by union-find.
     *
     * @return the component label of every index, labels 0..count-1 in order of first appearance
     */
    int[] components() {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < size; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int a = root(parent, r);
                int b = root(parent, column[k]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        int[] label = new int[size];
        int[] labelOfRoot = new int[size];
        Arrays.fill(labelOfRoot, -1);
        int count = 0;
        for (int i = 0; i < size; i++) {
            int root = root(parent, i);
            if (labelOfRoot[root] < 0) {
                labelOfRoot[root] = count++;
            }
            label[i] = labelOfRoot[root];
        }
        return label;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The dense sub-matrix on the given indices (which must form a union of components, so that
     * no stored entry leaves them); {@code position[i]} is the place of index i in the sub-matrix.
     */
    double[][] dense(int[] indices, int[] position) {
        double[][] out = new double[indices.length][indices.length];
        for (int a = 0; a < indices.length; a++) {
            int r = indices[a];
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                out[a][position[column[k]]] += value[k];
            }
        }
        return out;
    }
}
