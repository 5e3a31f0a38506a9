package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * Fill-reducing ordering for {@link SparseLdl}: the minimum-degree heuristic (Tinney &amp; Walker
 * 1967; George &amp; Liu, SIAM Review 31, 1989) on the explicit elimination graph, with exact
 * degrees. Eliminating a node joins its neighbours into a clique; the node of least degree goes
 * next (ties: the one whose degree changed last).
 *
 * <p>Why not approximate minimum degree (AMD) with quotient graphs: the KKT systems here have a few
 * thousand to some ten thousand unknowns and short rows (a target has about ten candidate pairs),
 * so the explicit graph stays small and the exact degrees are cheap; the cost of an elimination is
 * O(Σ degrees of its neighbours), the same order as the numeric work it causes.
 */
final class MinimumDegree {

    private MinimumDegree() {
    }

    /**
     * @param matrix a symmetric matrix; only its pattern counts
     * @return the elimination order: {@code order[k]} is the index eliminated k-th
     */
    static int[] order(SparseSymmetricMatrix matrix) {
        int n = matrix.size();
        int[] length = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                int i = matrix.row(p);
                if (i != j) {
                    length[i]++;
                    length[j]++;
                }
            }
        }
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = new int[Math.max(4, length[i])];
        }
        Arrays.fill(length, 0);
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                int i = matrix.row(p);
                if (i != j) {
                    neighbours[i][length[i]++] = j;
                    neighbours[j][length[j]++] = i;
                }
            }
        }
        DegreeLists lists = new DegreeLists(n);
        for (int i = 0; i < n; i++) {
            lists.insert(i, length[i]);
        }
        int[] clique = new int[n];
        int stamp = 0;
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            int pivot = lists.removeMinimum();
            order[k] = pivot;
            int[] around = neighbours[pivot];
            int count = length[pivot];
            stamp++;
            for (int a = 0; a < count; a++) {
                clique[around[a]] = stamp;
            }
            // Each neighbour loses the pivot and gains the other neighbours; members of the clique it
            // already knows are dropped and re-added, so that the list stays free of duplicates.
            for (int a = 0; a < count; a++) {
                int u = around[a];
                lists.remove(u);
                int[] list = neighbours[u];
                int kept = 0;
                for (int b = 0; b < length[u]; b++) {
                    int v = list[b];
                    if (v != pivot && clique[v] != stamp) {
                        list[kept++] = v;
                    }
                }
                if (kept + count - 1 > list.length) {
                    list = Arrays.copyOf(list, Math.max(2 * list.length, kept + count - 1));
                    neighbours[u] = list;
                }
                for (int b = 0; b < count; b++) {
                    if (around[b] != u) {
                        list[kept++] = around[b];
                    }
                }
                length[u] = kept;
                lists.insert(u, kept);
            }
            neighbours[pivot] = null;
        }
        return order;
    }

    /** Uneliminated nodes in doubly linked lists by degree, with the smallest non-empty degree tracked. */
    private static final class DegreeLists {
        private final int[] head;
        private final int[] next;
        private final int[] previous;
        private final int[] degree;
        private int minimum;

        DegreeLists(int n) {
            head = new int[Math.max(1, n)];
            next = new int[n];
            previous = new int[n];
            degree = new int[n];
            Arrays.fill(head, -1);
        }

        void insert(int node, int d) {
            degree[node] = d;
            previous[node] = -1;
            next[node] = head[d];
            if (head[d] >= 0) {
                previous[head[d]] = node;
            }
            head[d] = node;
            minimum = Math.min(minimum, d);
        }

        void remove(int node) {
            if (previous[node] >= 0) {
                next[previous[node]] = next[node];
            } else {
                head[degree[node]] = next[node];
            }
            if (next[node] >= 0) {
                previous[next[node]] = previous[node];
            }
        }

        int removeMinimum() {
            while (head[minimum] < 0) {
                minimum++;
            }
            int node = head[minimum];
            remove(node);
            return node;
        }
    }
}
