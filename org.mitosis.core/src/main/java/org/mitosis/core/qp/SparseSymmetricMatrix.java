package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * A square symmetric sparse matrix, stored as its upper triangle in compressed-column form with
 * duplicates summed. Every diagonal entry is stored (zero if never added), first in its column, so
 * that {@link SparseLdl} can shift the diagonal (regularisation, a changed ADMM penalty) without
 * changing the pattern.
 */
final class SparseSymmetricMatrix {

    private final int size;
    private final int[] columnStart;
    private final int[] row;
    private final double[] value;

    /** Collects elements before compression. */
    static final class Builder {
        private final int size;
        private int[] rows = new int[64];
        private int[] columns = new int[64];
        private double[] values = new double[64];
        private int count;

        Builder(int size) {
            this.size = size;
        }

        /** Adds v to the element (i, j) and, by symmetry, to (j, i): give each off-diagonal element once. */
        void add(int i, int j, double v) {
            if (i < 0 || j < 0 || i >= size || j >= size) {
                throw new IndexOutOfBoundsException("(" + i + ", " + j + ") outside " + size + " x " + size);
            }
            if (count == rows.length) {
                rows = Arrays.copyOf(rows, 2 * count);
                columns = Arrays.copyOf(columns, 2 * count);
                values = Arrays.copyOf(values, 2 * count);
            }
            rows[count] = Math.min(i, j);
            columns[count] = Math.max(i, j);
            values[count] = v;
            count++;
        }

        SparseSymmetricMatrix build() {
            return new SparseSymmetricMatrix(size, rows, columns, values, count);
        }
    }

    private SparseSymmetricMatrix(int size, int[] rows, int[] columns, double[] values, int count) {
        this.size = size;
        int[] start = new int[size + 1];
        for (int j = 0; j < size; j++) {
            start[j + 1] = 1;
        }
        for (int k = 0; k < count; k++) {
            if (rows[k] != columns[k]) {
                start[columns[k] + 1]++;
            }
        }
        for (int j = 0; j < size; j++) {
            start[j + 1] += start[j];
        }
        int[] rawRow = new int[start[size]];
        double[] rawValue = new double[start[size]];
        int[] fill = Arrays.copyOf(start, size);
        for (int j = 0; j < size; j++) {
            rawRow[fill[j]++] = j;
        }
        for (int k = 0; k < count; k++) {
            int j = columns[k];
            if (rows[k] == j) {
                rawValue[start[j]] += values[k];
            } else {
                rawRow[fill[j]] = rows[k];
                rawValue[fill[j]++] = values[k];
            }
        }
        // Merge duplicates column by column; place[r] is where row r went in the current column.
        int[] place = new int[size];
        Arrays.fill(place, -1);
        columnStart = new int[size + 1];
        int out = 0;
        for (int j = 0; j < size; j++) {
            columnStart[j] = out;
            for (int p = start[j]; p < start[j + 1]; p++) {
                int r = rawRow[p];
                if (place[r] >= columnStart[j]) {
                    rawValue[place[r]] += rawValue[p];
                } else {
                    place[r] = out;
                    rawRow[out] = r;
                    rawValue[out++] = rawValue[p];
                }
            }
        }
        columnStart[size] = out;
        row = Arrays.copyOf(rawRow, out);
        value = Arrays.copyOf(rawValue, out);
    }

    private SparseSymmetricMatrix(int size, int[] columnStart, int[] row, double[] value) {
        this.size = size;
        this.columnStart = columnStart;
        this.row = row;
        this.value = value;
    }

    int size() {
        return size;
    }

    /** Stored entries of the upper triangle, diagonal included. */
    int storedEntries() {
        return row.length;
    }

    /** out = K x. */
    void multiply(double[] x, double[] out) {
        Arrays.fill(out, 0, size, 0.0);
        for (int j = 0; j < size; j++) {
            for (int p = columnStart[j]; p < columnStart[j + 1]; p++) {
                int i = row[p];
                out[i] += value[p] * x[j];
                if (i != j) {
                    out[j] += value[p] * x[i];
                }
            }
        }
    }

    /**
     * The principal sub-matrix of the indices i with {@code position[i] ≥ 0}, index i becoming
     * {@code position[i]}. Positions must increase with the index, so the upper triangle stays the
     * upper triangle and every column keeps its diagonal first: one pass over the stored entries.
     *
     * @param position for every index its index in the sub-matrix, or −1 if left out
     * @param size     number of indices kept
     */
    SparseSymmetricMatrix principal(int[] position, int size) {
        int[] start = new int[size + 1];
        int bound = 0;
        for (int j = 0; j < this.size; j++) {
            if (position[j] >= 0) {
                bound += columnStart[j + 1] - columnStart[j];
            }
        }
        int[] rows = new int[bound];
        double[] values = new double[bound];
        int out = 0;
        for (int j = 0; j < this.size; j++) {
            int column = position[j];
            if (column < 0) {
                continue;
            }
            start[column] = out;
            for (int p = columnStart[j]; p < columnStart[j + 1]; p++) {
                int i = position[row[p]];
                if (i >= 0) {
                    rows[out] = i;
                    values[out++] = value[p];
                }
            }
        }
        start[size] = out;
        return new SparseSymmetricMatrix(size, start, Arrays.copyOf(rows, out), Arrays.copyOf(values, out));
    }

    /** Whether the other matrix stores the same entries (values aside). */
    boolean samePattern(SparseSymmetricMatrix other) {
        return other == this || size == other.size && Arrays.equals(columnStart, other.columnStart)
                && Arrays.equals(row, other.row);
    }

    /** Start of column j in {@link #row(int)}/{@link #value(int)} order; the diagonal comes first. */
    int columnStart(int j) {
        return columnStart[j];
    }

    /** Row of stored entry p (at most its column). */
    int row(int p) {
        return row[p];
    }

    /** Value of stored entry p. */
    double value(int p) {
        return value[p];
    }
}
