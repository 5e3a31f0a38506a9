package org.mitosis.core.io;

import java.util.Arrays;

/**
 * Counts how many separate pieces (8-connected regions) each label of a label image is made of, row
 * by row: the image's runs of one label are joined where they touch a run of the same label in the
 * row above, union-find over runs, so the cost is one pass over the pixels and near-linear in the
 * runs. A label mask has one piece per label; a grey-level picture, or a binary mask of many cells,
 * has its values scattered over many pieces, which is how {@link LabelMaskReader} tells them apart.
 */
final class LabelPieces {

    private int[] parent = new int[256];
    private int[] runLabel = new int[256];
    private int runs;
    /** Runs of the row above and of the current row: start, end (inclusive) and run index, in x order. */
    private int[] above = new int[3 * 64];
    private int aboveCount;
    private int[] current = new int[3 * 64];
    private int currentCount;

    /**
     * Adds the next row of the image.
     *
     * @param labels each pixel's label index ({@code >= 0}), or -1 for the background
     */
    void addRow(int[] labels, int width) {
        int[] t = above;
        above = current;
        current = t;
        aboveCount = currentCount;
        currentCount = 0;
        int j = 0;
        int x = 0;
        while (x < width) {
            int label = labels[x];
            int start = x;
            while (x < width && labels[x] == label) {
                x++;
            }
            if (label < 0) {
                continue;
            }
            int end = x - 1;
            int run = newRun(label);
            // Runs above that end left of this run's reach touch none of the runs still to come.
            while (j < aboveCount && above[3 * j + 1] < start - 1) {
                j++;
            }
            for (int k = j; k < aboveCount && above[3 * k] <= end + 1; k++) {
                int other = above[3 * k + 2];
                if (runLabel[other] == label) {
                    union(run, other);
                }
            }
            if (3 * currentCount + 3 > current.length) {
                current = Arrays.copyOf(current, current.length * 2);
            }
            current[3 * currentCount] = start;
            current[3 * currentCount + 1] = end;
            current[3 * currentCount + 2] = run;
            currentCount++;
        }
    }

    /** The number of pieces of each label index {@code 0..labelCount-1}. */
    int[] pieces(int labelCount) {
        int[] count = new int[labelCount];
        for (int r = 0; r < runs; r++) {
            if (find(r) == r) {
                count[runLabel[r]]++;
            }
        }
        return count;
    }

    private int newRun(int label) {
        if (runs == parent.length) {
            parent = Arrays.copyOf(parent, runs * 2);
            runLabel = Arrays.copyOf(runLabel, runs * 2);
        }
        parent[runs] = runs;
        runLabel[runs] = label;
        return runs++;
    }

    private int find(int r) {
        int root = r;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[r] != root) {
            int next = parent[r];
            parent[r] = root;
            r = next;
        }
        return root;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
