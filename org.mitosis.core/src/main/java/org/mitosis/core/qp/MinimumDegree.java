package org.mitosis.core.qp;

import java.util.Arrays;

/**
 * Fill-reducing ordering for {@link SparseLdl}: approximate minimum degree on the quotient graph
 * (AMD; Amestoy, Davis &amp; Duff, SIAM J. Matrix Anal. Appl. 17, 1996). An eliminated node becomes
 * an <em>element</em> that stands for the clique of its neighbours, so elimination never forms the
 * clique explicitly; a variable's external degree is bounded by
 * {@code |A_i| + |L_p \ i| + Σ_e |L_e \ L_p|} (A_i its variable neighbours, L_e the variables of an
 * adjacent element, p the pivot just eliminated).
 *
 * <p>Of AMD's devices, all but dense-row detection are used (the KKT systems here have short rows,
 * a target has about ten candidate pairs):
 * <ul>
 * <li>the quotient graph lives in one int array (each node's list a slice of it, compacted when
 * full), as lists of lists cost a pointer chase per entry;</li>
 * <li>variables with the same adjacency (<em>supervariables</em>, found by hashing the lists of
 * the new element's members) are merged and eliminated together, so the dense trailing part of a
 * KKT factor is ordered a block at a time;</li>
 * <li>a variable adjacent to nothing but the new element is eliminated with the pivot (mass
 * elimination), and an element whose variables all lie in the new one is absorbed (aggressive
 * absorption), which keeps the element lists short.</li>
 * </ul>
 * On the KKT matrix of {@code QpBench}'s first 300-cell problem L has 38,581 entries below the
 * diagonal, SuiteSparse's AMD gives 38,575, the former variant without supervariables (a list per
 * node) 41,069; the ordering takes about as long as that variant's (its work, some ten list entries
 * per entry of L, is inherent in the method).
 */
final class MinimumDegree {

    private static final byte VARIABLE = 0;
    private static final byte ELEMENT = 1;
    /** An absorbed element, or a variable merged into a supervariable or eliminated with a pivot. */
    private static final byte GONE = 2;

    private final int n;
    /**
     * The lists: of a variable its adjacent elements (the first {@code elementCount} entries) then
     * its adjacent variables; of an element its variables. Stale entries (gone nodes) are pruned
     * when the list is next scanned.
     */
    private int[] lists;
    private int free;
    private final int[] start;
    private final int[] length;
    private final int[] elementCount;
    /** Which lists are live, for the compaction; the scans read {@code weight} and {@code outside}. */
    private final byte[] state;
    /**
     * Of a principal variable the number of original indices it stands for, negated while it is a
     * member of the new element L_p; 0 for anything else. One load tells a scan whether a list
     * entry is a variable still to count, as in AMD.
     */
    private final int[] weight;
    /** Of a variable its approximate external degree; of an element its weighted size |L_e|. */
    private final int[] degree;
    /**
     * Of an element 0 once absorbed; else {@code outsideBase + |L_e \ L_p|} once the current step
     * has counted it, a smaller positive value before. Again one load for liveness and count.
     */
    private final int[] outside;
    private int outsideBase = 2;
    /** Stamps for comparing two lists. */
    private final int[] mark;
    private final int[] hash;
    private final int[] bucketHead;
    private final int[] bucketNext;
    /** The original indices of a supervariable, as a chain from the principal one. */
    private final int[] chainNext;
    private final int[] chainLast;
    private final DegreeLists byDegree;
    private final int[] order;
    private int eliminated;
    private int clock;

    private MinimumDegree(SparseSymmetricMatrix matrix) {
        n = matrix.size();
        length = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                int i = matrix.row(p);
                if (i != j) {
                    length[i]++;
                    length[j]++;
                }
            }
        }
        start = new int[n];
        for (int i = 1; i < n; i++) {
            start[i] = start[i - 1] + length[i - 1];
        }
        free = n == 0 ? 0 : start[n - 1] + length[n - 1];
        // Elbow room for the first elements; compaction makes more when needed.
        lists = new int[free + free / 2 + n];
        int[] fill = start.clone();
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j); p < matrix.columnStart(j + 1); p++) {
                int i = matrix.row(p);
                if (i != j) {
                    lists[fill[i]++] = j;
                    lists[fill[j]++] = i;
                }
            }
        }
        elementCount = new int[n];
        state = new byte[n];
        weight = new int[n];
        Arrays.fill(weight, 1);
        degree = length.clone();
        outside = new int[n];
        Arrays.fill(outside, 1);
        mark = new int[n];
        hash = new int[n];
        bucketHead = new int[n];
        Arrays.fill(bucketHead, -1);
        bucketNext = new int[n];
        chainNext = new int[n];
        Arrays.fill(chainNext, -1);
        chainLast = new int[n];
        byDegree = new DegreeLists(n);
        for (int i = 0; i < n; i++) {
            chainLast[i] = i;
            byDegree.insert(i, degree[i]);
        }
        order = new int[n];
    }

    /**
     * @param matrix a symmetric matrix; only its pattern counts
     * @return the elimination order: {@code order[k]} is the index eliminated k-th
     */
    static int[] order(SparseSymmetricMatrix matrix) {
        MinimumDegree elimination = new MinimumDegree(matrix);
        while (elimination.eliminated < elimination.n) {
            elimination.eliminate(elimination.byDegree.removeMinimum());
        }
        return elimination.order;
    }

    private void eliminate(int pivot) {
        emit(pivot);
        formElement(pivot);
        countOutside(pivot);
        updateMembers(pivot);
        mergeIndistinguishable(pivot);
        finishElement(pivot);
        advanceOutsideBase();
    }

    /**
     * Turns the pivot into an element: L_p is the union of the pivot's variable neighbours and the
     * variables of its elements, which it absorbs. L_p's members leave the degree lists until their
     * degrees are updated.
     */
    private void formElement(int pivot) {
        int bound = length[pivot];
        for (int a = start[pivot]; a < start[pivot] + elementCount[pivot]; a++) {
            int e = lists[a];
            if (outside[e] != 0) {
                bound += length[e];
            }
        }
        reserve(bound);
        state[pivot] = ELEMENT;
        // Negative: the pivot is no variable to count in its neighbours' lists any more.
        weight[pivot] = -weight[pivot];
        int begin = free;
        int end = begin;
        int size = 0;
        int elementsEnd = start[pivot] + elementCount[pivot];
        for (int a = start[pivot]; a < start[pivot] + length[pivot]; a++) {
            int node = lists[a];
            if (a < elementsEnd) {
                if (outside[node] == 0) {
                    continue;
                }
                for (int b = start[node]; b < start[node] + length[node]; b++) {
                    end = addToElement(lists[b], end);
                }
                absorb(node);
            } else {
                end = addToElement(node, end);
            }
        }
        for (int a = begin; a < end; a++) {
            size -= weight[lists[a]];
        }
        start[pivot] = begin;
        length[pivot] = end - begin;
        elementCount[pivot] = 0;
        degree[pivot] = size;
        free = end;
    }

    private int addToElement(int v, int end) {
        if (weight[v] > 0) {
            weight[v] = -weight[v];
            byDegree.remove(v);
            lists[end++] = v;
        }
        return end;
    }

    /** |L_e \ L_p| for every element next to L_p: |L_e| less the weight of its members in L_p. */
    private void countOutside(int pivot) {
        for (int a = start[pivot]; a < start[pivot] + length[pivot]; a++) {
            int i = lists[a];
            int inside = -weight[i];
            for (int b = start[i]; b < start[i] + elementCount[i]; b++) {
                int e = lists[b];
                int count = outside[e];
                if (count == 0) {
                    continue;
                }
                if (count < outsideBase) {
                    count = outsideBase + degree[e];
                }
                outside[e] = count - inside;
            }
        }
    }

    /**
     * Prunes every member's list (absorbed elements and variables now reached through the pivot's
     * element go), absorbs elements inside L_p, eliminates members left adjacent to nothing but
     * the pivot's element, and bounds the others' external degrees; the pivot's element is put
     * first in each remaining member's list, in the slot the pruning freed (the pivot itself, or an
     * element the pivot absorbed, was in every member's list).
     */
    private void updateMembers(int pivot) {
        for (int a = start[pivot]; a < start[pivot] + length[pivot]; a++) {
            int i = lists[a];
            int first = start[i];
            int write = first;
            int external = 0;
            int sum = 0;
            for (int b = first; b < first + elementCount[i]; b++) {
                int e = lists[b];
                if (outside[e] == 0) {
                    continue;
                }
                int count = outside[e] - outsideBase;
                if (count == 0) {
                    absorb(e);
                    continue;
                }
                external += count;
                sum += e;
                lists[write++] = e;
            }
            int keptElements = write - first;
            for (int b = first + elementCount[i]; b < first + length[i]; b++) {
                int v = lists[b];
                if (weight[v] > 0) {
                    external += weight[v];
                    sum += v;
                    lists[write++] = v;
                }
            }
            if (write == first) {
                degree[pivot] += weight[i];
                weight[i] = 0;
                state[i] = GONE;
                emit(i);
                continue;
            }
            degree[i] = Math.min(degree[i], external);
            lists[write] = lists[first + keptElements];
            lists[first + keptElements] = lists[first];
            lists[first] = pivot;
            elementCount[i] = keptElements + 1;
            length[i] = write - first + 1;
            hash[i] = Math.floorMod(sum, n);
        }
    }

    /**
     * Merges members of L_p with identical lists into supervariables. Candidates share a hash of
     * their lists; a pair is compared only within a bucket.
     */
    private void mergeIndistinguishable(int pivot) {
        int end = start[pivot] + length[pivot];
        for (int a = start[pivot]; a < end; a++) {
            int i = lists[a];
            if (state[i] == VARIABLE) {
                bucketNext[i] = bucketHead[hash[i]];
                bucketHead[hash[i]] = i;
            }
        }
        for (int a = start[pivot]; a < end; a++) {
            int i = lists[a];
            if (state[i] != VARIABLE || bucketHead[hash[i]] < 0) {
                continue;
            }
            int candidate = bucketHead[hash[i]];
            bucketHead[hash[i]] = -1;
            for (; candidate >= 0; candidate = bucketNext[candidate]) {
                if (bucketNext[candidate] >= 0) {
                    absorbDuplicates(candidate);
                }
            }
        }
    }

    /** Merges every later variable of the principal's bucket whose list equals the principal's. */
    private void absorbDuplicates(int principal) {
        int stamp = ++clock;
        for (int b = start[principal]; b < start[principal] + length[principal]; b++) {
            mark[lists[b]] = stamp;
        }
        int previous = principal;
        for (int other = bucketNext[principal]; other >= 0; other = bucketNext[other]) {
            if (sameList(principal, other, stamp)) {
                weight[principal] += weight[other];
                weight[other] = 0;
                state[other] = GONE;
                chainNext[chainLast[principal]] = other;
                chainLast[principal] = chainLast[other];
                bucketNext[previous] = bucketNext[other];
            } else {
                previous = other;
            }
        }
    }

    private boolean sameList(int principal, int other, int stamp) {
        if (length[other] != length[principal] || elementCount[other] != elementCount[principal]) {
            return false;
        }
        for (int b = start[other]; b < start[other] + length[other]; b++) {
            if (mark[lists[b]] != stamp) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops merged and eliminated members from L_p and returns the others to the degree lists with
     * {@code d_i + |L_p \ i|}, at most the number of indices left.
     */
    private void finishElement(int pivot) {
        int write = start[pivot];
        for (int a = start[pivot]; a < start[pivot] + length[pivot]; a++) {
            int i = lists[a];
            if (state[i] != VARIABLE) {
                continue;
            }
            lists[write++] = i;
            int size = -weight[i];
            weight[i] = size;
            int d = Math.min(degree[i] + degree[pivot] - size, n - eliminated - size);
            degree[i] = d;
            byDegree.insert(i, d);
        }
        weight[pivot] = 0;
        length[pivot] = write - start[pivot];
        if (length[pivot] == 0) {
            absorb(pivot);
        }
    }

    /** An element absorbed into the pivot's (or, having no variables left, into none). */
    private void absorb(int e) {
        outside[e] = 0;
        state[e] = GONE;
    }

    /** Makes every count of the step just done smaller than the next step's base. */
    private void advanceOutsideBase() {
        if (outsideBase > Integer.MAX_VALUE - 2 * (n + 1)) {
            for (int e = 0; e < n; e++) {
                if (outside[e] != 0) {
                    outside[e] = 1;
                }
            }
            outsideBase = 2;
        } else {
            outsideBase += n + 1;
        }
    }

    /** Appends the original indices of supervariable i to the order. */
    private void emit(int i) {
        for (int v = i; v >= 0; v = chainNext[v]) {
            order[eliminated++] = v;
        }
    }

    /** Makes room for {@code needed} entries at the end of the lists, compacting them if necessary. */
    private void reserve(int needed) {
        if (free + needed <= lists.length) {
            return;
        }
        int live = 0;
        for (int i = 0; i < n; i++) {
            if (state[i] != GONE) {
                live += length[i];
            }
        }
        int[] compacted = new int[Math.max(lists.length, 2 * (live + needed))];
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (state[i] != GONE) {
                System.arraycopy(lists, start[i], compacted, at, length[i]);
                start[i] = at;
                at += length[i];
            }
        }
        lists = compacted;
        free = at;
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
