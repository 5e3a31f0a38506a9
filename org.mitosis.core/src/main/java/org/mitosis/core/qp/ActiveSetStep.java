package org.mitosis.core.qp;

/**
 * What an active-set step of the polish ({@link SolutionPolisher#refine}) has to solve again. The
 * reduced KKT system of a face falls apart into many small connected components (a free pair is
 * joined only to its two rows and to its free consistency partners; on {@code QpBench}'s 300-cell
 * frames some fifty, the largest under a tenth of the system), and a step changes few bounds. A
 * component of the new face whose indices and neighbours kept their status has the same matrix and
 * right-hand side as in the last step, so the last solution is still exact there; the step solves
 * only the other components, its <em>scope</em>.
 */
final class ActiveSetStep {

    private final QpStructure q;
    /** The neighbours of index i of {@code [x; rows]} in the KKT pattern: {@code neighbours[start[i] .. start[i+1])}. */
    private final int[] start;
    private final int[] neighbours;

    /** @param kkt the KKT pattern whose principal sub-matrices the steps solve */
    ActiveSetStep(QpKkt kkt) {
        q = kkt.structure();
        SparseSymmetricMatrix matrix = kkt.matrix();
        int n = matrix.size();
        start = new int[n + 1];
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j) + 1; p < matrix.columnStart(j + 1); p++) {
                start[matrix.row(p) + 1]++;
                start[j + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        neighbours = new int[start[n]];
        int[] fill = new int[n];
        System.arraycopy(start, 0, fill, 0, n);
        // Past the diagonal, which comes first in every column.
        for (int j = 0; j < n; j++) {
            for (int p = matrix.columnStart(j) + 1; p < matrix.columnStart(j + 1); p++) {
                int i = matrix.row(p);
                neighbours[fill[i]++] = j;
                neighbours[fill[j]++] = i;
            }
        }
    }

    /**
     * The components of the system of face {@code next} that hold an index whose status differs from
     * face {@code previous} (a variable's bound, a row's membership) or a neighbour of one.
     *
     * @param previousMembers {@link ReducedKkt#members} of the previous face
     * @param nextMembers     {@link ReducedKkt#members} of the next face
     * @return for every index of {@code [x; rows]} whether the step solves for it
     */
    boolean[] scope(ActiveSet previous, boolean[] previousMembers, ActiveSet next, boolean[] nextMembers) {
        int n = q.size + q.rows;
        boolean[] scope = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            boolean changed = i < q.size ? previous.bound(i) != next.bound(i) : previousMembers[i] != nextMembers[i];
            if (changed) {
                top = visit(i, nextMembers, scope, stack, top);
                for (int k = start[i]; k < start[i + 1]; k++) {
                    top = visit(neighbours[k], nextMembers, scope, stack, top);
                }
            }
        }
        while (top > 0) {
            int i = stack[--top];
            for (int k = start[i]; k < start[i + 1]; k++) {
                top = visit(neighbours[k], nextMembers, scope, stack, top);
            }
        }
        return scope;
    }

    /** Puts member i into the scope and on the stack, unless it is there already; returns the new top. */
    private static int visit(int i, boolean[] members, boolean[] scope, int[] stack, int top) {
        if (!members[i] || scope[i]) {
            return top;
        }
        scope[i] = true;
        stack[top] = i;
        return top + 1;
    }
}
