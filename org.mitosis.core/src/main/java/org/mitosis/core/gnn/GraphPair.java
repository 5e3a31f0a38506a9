package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;

/**
 * One input of the network: the cell graphs of frames t (m nodes) and t+1 (n nodes) merged into
 * one graph of m + n nodes (frame t first), so that both frames go through the same weights, plus
 * the candidate pairs between them and, for training, each pair's label (1 = true link).
 *
 * <p>Immutable; arrays are copied on the way in.
 */
public final class GraphPair {

    private final CellGraph before;
    private final CellGraph after;
    private final double[][] nodeFeatures;
    private final CandidatePairs pairs;
    private final double[] labels;
    private final int[][] consistency;

    /**
     * @param before graph of frame t
     * @param beforeFeatures standardised node features of its nodes, one row per node
     * @param after graph of frame t+1
     * @param afterFeatures standardised node features of its nodes
     * @param pairs candidate pairs between the graphs' nodes (indices into their node lists)
     * @param labels 1 for a true link, 0 otherwise, one per pair; null at inference
     */
    public GraphPair(CellGraph before, double[][] beforeFeatures, CellGraph after, double[][] afterFeatures,
            CandidatePairs pairs, double[] labels) {
        if (beforeFeatures.length != before.nodeCount() || afterFeatures.length != after.nodeCount()) {
            throw new IllegalArgumentException("feature rows do not match the graphs' nodes");
        }
        if (pairs.sourceCount() != before.nodeCount() || pairs.targetCount() != after.nodeCount()) {
            throw new IllegalArgumentException("candidate pairs do not match the graphs' nodes");
        }
        if (labels != null && labels.length != pairs.size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + pairs.size() + " pairs");
        }
        this.before = before;
        this.after = after;
        this.nodeFeatures = new double[before.nodeCount() + after.nodeCount()][];
        for (int i = 0; i < beforeFeatures.length; i++) {
            nodeFeatures[i] = beforeFeatures[i].clone();
        }
        for (int i = 0; i < afterFeatures.length; i++) {
            nodeFeatures[before.nodeCount() + i] = afterFeatures[i].clone();
        }
        this.pairs = pairs;
        this.labels = labels == null ? null : labels.clone();
        this.consistency = consistencyTerms(before, after, pairs);
    }

    /**
     * The consistency terms of the QP: pairs p = (i, j) and q = (k, l) with (i, k) an edge of frame
     * t's graph and (j, l) an edge of frame t+1's graph, i.e. two neighbours that stay neighbours.
     * O(E·d²) for node degree d in the candidate graph.
     */
    private static int[][] consistencyTerms(CellGraph before, CellGraph after, CandidatePairs pairs) {
        // Primitive adjacency lists (pairs by source, frame t+1's edges by node): the boxed lists and map
        // they replace cost more than the search itself.
        int[][] bySource = group(pairs.sourceCount(), pairs.size(), pairs::source);
        int e = after.edgeCount();
        int[][] edgesAt = group(after.nodeCount(), 2 * e, k -> k < e ? after.edgeSource(k) : after.edgeTarget(k - e));
        List<int[]> out = new ArrayList<>();
        for (int b = 0; b < before.edgeCount(); b++) {
            for (int p : bySource[before.edgeSource(b)]) {
                for (int q : bySource[before.edgeTarget(b)]) {
                    int f = edgeBetween(after, edgesAt, pairs.target(p), pairs.target(q));
                    if (f >= 0) {
                        out.add(new int[] {p, q, b, f});
                    }
                }
            }
        }
        return out.toArray(new int[0][]);
    }

    /** Items 0 .. count−1 grouped by {@code key} (in 0 .. groups−1), each group ascending. */
    private static int[][] group(int groups, int count, IntUnaryOperator key) {
        int[] size = new int[groups];
        for (int k = 0; k < count; k++) {
            size[key.applyAsInt(k)]++;
        }
        int[][] out = new int[groups][];
        for (int g = 0; g < groups; g++) {
            out[g] = new int[size[g]];
            size[g] = 0;
        }
        for (int k = 0; k < count; k++) {
            int g = key.applyAsInt(k);
            out[g][size[g]++] = k;
        }
        return out;
    }

    /** The index of the edge joining nodes j and l of {@code graph}, or −1; {@code edgesAt}: each node's edge slots. */
    private static int edgeBetween(CellGraph graph, int[][] edgesAt, int j, int l) {
        int e = graph.edgeCount();
        for (int slot : edgesAt[j]) {
            int edge = slot < e ? slot : slot - e;
            int other = slot < e ? graph.edgeTarget(edge) : graph.edgeSource(edge);
            if (other == l) {
                return edge;
            }
        }
        return -1;
    }

    /** Number of consistency terms. */
    public int consistencyCount() {
        return consistency.length;
    }

    /**
     * Consistency term k as {@code {p, q, edge of frame t, edge of frame t+1}}: pair indices and
     * edge indices into {@link #before()} and {@link #after()}.
     */
    public int[] consistencyTerm(int k) {
        return consistency[k].clone();
    }

    /** Entry {@code c} (0-3, as in {@link #consistencyTerm}) of every consistency term, in order. */
    public int[] consistencyColumn(int c) {
        int[] out = new int[consistency.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = consistency[k][c];
        }
        return out;
    }

    public CellGraph before() {
        return before;
    }

    public CellGraph after() {
        return after;
    }

    public CandidatePairs pairs() {
        return pairs;
    }

    /** m + n. */
    public int nodeCount() {
        return nodeFeatures.length;
    }

    /** Node feature row of merged node {@code i} (frame t's nodes first). */
    double[] nodeFeature(int i) {
        return nodeFeatures[i];
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** Label of pair p. */
    public double label(int p) {
        if (labels == null) {
            throw new IllegalStateException("this graph pair has no labels");
        }
        return labels[p];
    }

    /** Number of positive labels. */
    public int positives() {
        return labels == null ? 0 : (int) Arrays.stream(labels).filter(v -> v > 0.5).count();
    }
}
