package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * Fill-reducing ordering for {@link SparseLdl}: minimum degree on the quotient graph with
 * approximate degrees, after AMD (Amestoy, Davis &amp; Duff, SIAM J. Matrix Anal. Appl. 17, 1996).
 * An eliminated node becomes an <em>element</em> that stands for the clique of its neighbours, so
 * elimination never forms the clique explicitly; a variable's degree is bounded by
 * {@code |A_i| + |L_p \ i| + Σ_e |L_e \ L_p|} (A_i its variable neighbours, L_e the variables of an
 * adjacent element, p the pivot just eliminated), and elements inside L_p are absorbed.
 *
 * <p>Variables left adjacent to nothing but the new element are eliminated with the pivot (AMD's
 * mass elimination): they add no fill, and the dense trailing part of a KKT factor is where most of
 * the ordering's work went without it. Left out of AMD: supervariable detection in general and
 * dense-row detection; the KKT systems here have short rows (a target has about ten candidate
 * pairs). An earlier exact minimum degree on the explicit elimination graph cost more than the
 * factorisation itself (the cliques of the row nodes grow to dozens of entries).
 */
final class MinimumDegree {

    private static final byte VARIABLE = 0;
    private static final byte ELEMENT = 1;
    private static final byte ABSORBED = 2;

    private MinimumDegree() {
    }

    /**
     * @param matrix a symmetric matrix; only its pattern counts
     * @return the elimination order: {@code order[k]} is the index eliminated k-th
     */
    static int[] order(SparseSymmetricMatrix matrix) {
        int n = matrix.size();
        int[] variableCount = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                int i = matrix.row(p);
                if (i != j) {
                    variableCount[i]++;
                    variableCount[j]++;
                }
            }
        }
        int[][] variables = new int[n][];
        for (int i = 0; i < n; i++) {
            variables[i] = new int[variableCount[i]];
        }
        Arrays.fill(variableCount, 0);
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                int i = matrix.row(p);
                if (i != j) {
                    variables[i][variableCount[i]++] = j;
                    variables[j][variableCount[j]++] = i;
                }
            }
        }
        int[][] elements = new int[n][];
        int[] elementCount = new int[n];
        for (int i = 0; i < n; i++) {
            elements[i] = new int[2];
        }
        // Variables of an element (its clique), indexed by the eliminated node.
        int[][] members = new int[n][];
        byte[] state = new byte[n];
        DegreeLists lists = new DegreeLists(n);
        for (int i = 0; i < n; i++) {
            lists.insert(i, variableCount[i]);
        }
        int[] inPivotClique = new int[n];
        int[] weightStamp = new int[n];
        int[] weight = new int[n];
        int[] clique = new int[n];
        int[] partialDegree = new int[n];
        int[] order = new int[n];
        int k = 0;
        for (int stamp = 1; k < n; stamp++) {
            int pivot = lists.removeMinimum();
            order[k++] = pivot;
            // L_p: the pivot's variable neighbours and the variables of its elements, which it absorbs.
            int size = 0;
            inPivotClique[pivot] = stamp;
            for (int a = 0; a < variableCount[pivot]; a++) {
                int v = variables[pivot][a];
                if (state[v] == VARIABLE && inPivotClique[v] != stamp) {
                    inPivotClique[v] = stamp;
                    clique[size++] = v;
                }
            }
            for (int a = 0; a < elementCount[pivot]; a++) {
                int e = elements[pivot][a];
                if (state[e] != ELEMENT) {
                    continue;
                }
                for (int v : members[e]) {
                    if (state[v] == VARIABLE && inPivotClique[v] != stamp) {
                        inPivotClique[v] = stamp;
                        clique[size++] = v;
                    }
                }
                state[e] = ABSORBED;
                members[e] = null;
            }
            state[pivot] = ELEMENT;
            variables[pivot] = null;
            elements[pivot] = null;
            // |L_e \ L_p| for every other element next to the clique: |L_e| less one per member in L_p.
            for (int c = 0; c < size; c++) {
                int i = clique[c];
                for (int a = 0; a < elementCount[i]; a++) {
                    int e = elements[i][a];
                    if (state[e] == ELEMENT) {
                        if (weightStamp[e] != stamp) {
                            weightStamp[e] = stamp;
                            weight[e] = members[e].length;
                        }
                        weight[e]--;
                    }
                }
            }
            // Prune the adjacency of every clique member: elements inside L_p are absorbed, variables
            // in L_p are now reached through the pivot's element. A member left with nothing else is
            // adjacent to exactly L_p and the pivot: it is eliminated with the pivot (AMD's mass
            // elimination), which adds no fill and spares a pass over the clique per such member.
            int kept = 0;
            for (int c = 0; c < size; c++) {
                int i = clique[c];
                lists.remove(i);
                int[] adjacentElements = elements[i];
                int keptElements = 0;
                int outside = 0;
                for (int a = 0; a < elementCount[i]; a++) {
                    int e = adjacentElements[a];
                    if (state[e] != ELEMENT) {
                        continue;
                    }
                    if (weight[e] == 0) {
                        state[e] = ABSORBED;
                        members[e] = null;
                        continue;
                    }
                    outside += weight[e];
                    adjacentElements[keptElements++] = e;
                }
                int[] adjacentVariables = variables[i];
                int keptVariables = 0;
                for (int a = 0; a < variableCount[i]; a++) {
                    int v = adjacentVariables[a];
                    if (state[v] == VARIABLE && inPivotClique[v] != stamp) {
                        adjacentVariables[keptVariables++] = v;
                    }
                }
                if (keptElements == 0 && keptVariables == 0) {
                    order[k++] = i;
                    state[i] = ABSORBED;
                    variables[i] = null;
                    elements[i] = null;
                    continue;
                }
                if (keptElements == adjacentElements.length) {
                    adjacentElements = Arrays.copyOf(adjacentElements, 2 * adjacentElements.length);
                    elements[i] = adjacentElements;
                }
                adjacentElements[keptElements++] = pivot;
                elementCount[i] = keptElements;
                variableCount[i] = keptVariables;
                partialDegree[i] = outside + keptVariables;
                clique[kept++] = i;
            }
            members[pivot] = Arrays.copyOf(clique, kept);
            int remaining = n - k;
            for (int c = 0; c < kept; c++) {
                int i = clique[c];
                lists.insert(i, Math.min(kept - 1 + partialDegree[i], remaining - 1));
            }
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
