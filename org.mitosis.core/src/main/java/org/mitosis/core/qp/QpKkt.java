package org.mitosis.core.qp;

/**
 * The KKT matrix {@code [P Aᵀ; A 0]} of a problem, indexed {@code [x; rows]}, with its fill-reducing
 * order ({@link MinimumDegree}) computed once per solve. The ADMM step factorises this matrix with
 * σ + ρ and −1/ρ on the diagonal ({@link AdmmKktSystem}); the reduced systems of the polish
 * ({@link ReducedKkt}) are principal sub-matrices of it and take the induced order, whose fill is at
 * most that of the whole (fill paths of a sub-graph are fill paths of the graph), so they skip the
 * ordering, which costs more than their factorisation.
 */
final class QpKkt {

    private final QpStructure q;
    private final SparseSymmetricMatrix matrix;
    private final int[] order;

    QpKkt(QpStructure structure) {
        this.q = structure;
        this.matrix = assemble(structure);
        this.order = MinimumDegree.order(matrix);
    }

    private QpKkt(QpStructure structure, int[] order) {
        this.q = structure;
        this.matrix = assemble(structure);
        this.order = order;
    }

    /**
     * The KKT matrix of {@code q} in an order taken from that of {@code smaller}, the KKT matrix of a
     * problem whose variables and rows are some of q's ({@link PairScreening}: the working set before
     * it grew), instead of a minimum-degree pass of its own: q's indices that smaller lacks first, then
     * smaller's order. The new indices are candidate pairs with few neighbours (two rows and their
     * consistency partners), which minimum degree would eliminate early too; eliminated first, each
     * joins its neighbours. Meant for the reduced systems of the polish, where only the few new pairs
     * that are free take part: factorising the whole matrix in this order (all new pairs) can fill it
     * far more than a minimum-degree order would.
     *
     * @param into for every index of smaller's matrix its index in q's
     */
    static QpKkt extending(QpStructure q, QpKkt smaller, int[] into) {
        int size = q.size + q.rows;
        boolean[] covered = new boolean[size];
        for (int index : into) {
            covered[index] = true;
        }
        int[] order = new int[size];
        int at = 0;
        for (int index = 0; index < size; index++) {
            if (!covered[index]) {
                order[at++] = index;
            }
        }
        for (int index : smaller.order) {
            order[at++] = into[index];
        }
        return new QpKkt(q, order);
    }

    private static SparseSymmetricMatrix assemble(QpStructure q) {
        SparseSymmetricMatrix.Builder k = new SparseSymmetricMatrix.Builder(q.size + q.rows);
        for (int i = 0; i < q.size; i++) {
            k.add(i, i, q.diagonal[i] + q.laplacianDiagonal[i]);
        }
        for (int t = 0; t < q.termU.length; t++) {
            if (q.termU[t] != q.termV[t]) {
                k.add(q.termU[t], q.termV[t], -q.termWeight[t]);
            }
        }
        for (int p = 0; p < q.pairs; p++) {
            k.add(q.size + q.pairTarget[p], p, 1.0);
            k.add(q.size + q.targets + q.pairSource[p], p, 1.0);
        }
        for (int j = 0; j < q.targets; j++) {
            k.add(q.size + j, q.appearIndex(j), 1.0);
        }
        for (int i = 0; i < q.sources; i++) {
            k.add(q.size + q.targets + i, q.splitIndex(i), -1.0);
        }
        return k.build();
    }

    QpStructure structure() {
        return q;
    }

    /** The unshifted matrix. */
    SparseSymmetricMatrix matrix() {
        return matrix;
    }

    /** A factorisation object for the whole matrix (symbolic phase done, no values yet). */
    SparseLdl analyse() {
        return new SparseLdl(matrix, order);
    }

    /**
     * The order of a principal sub-matrix, induced by this one.
     *
     * @param position for every index of {@code [x; rows]} its index in the sub-matrix, or −1 if left out
     * @param size     size of the sub-matrix
     */
    int[] inducedOrder(int[] position, int size) {
        int[] induced = new int[size];
        int count = 0;
        for (int index : order) {
            if (position[index] >= 0) {
                induced[count++] = position[index];
            }
        }
        if (count != size) {
            throw new IllegalArgumentException("positions cover " + count + " indices, expected " + size);
        }
        return induced;
    }
}
