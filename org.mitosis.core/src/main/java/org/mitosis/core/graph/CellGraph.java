package org.mitosis.core.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mitosis.core.cells.Cell;

/**
 * The cell graph of one frame as in GNN-DOL: nodes are cells, each joined by an undirected edge to
 * its k nearest neighbours (the union of the k-NN relations, so a node may have more than k
 * edges). Frames with 0 or 1 cells have no edge; with k or fewer other cells every pair is joined.
 *
 * <p>Edge {@code e} joins nodes {@code edgeSource(e) < edgeTarget(e)} and carries the paper's
 * feature {@code (x_s, y_s, x_t, y_t)}, here relative to the field of view's centre and divided by
 * its half diagonal so that it lies in about [-1, 1] whatever the image size.
 *
 * <p>{@link #aggregationWeights()} holds the paper's message weights
 * {@code w_ij = Σ_{k∈N(i)} Σ_{l∈N(j)} ||e_ik − e_jl||²}, normalised per receiving node to sum to 1
 * (our departure: the raw sum grows with the squared scale of the features and with the degree,
 * which made the aggregated message's scale vary from node to node).
 *
 * <p>Immutable. Building is O(n) for n evenly spread cells ({@link Neighbours}).
 */
public final class CellGraph {

    /** Length of an edge feature vector. */
    public static final int EDGE_FEATURES = 4;

    private final List<Cell> cells;
    private final int[] source;
    private final int[] target;
    private final double[][] edgeFeatures;

    private CellGraph(List<Cell> cells, int[] source, int[] target, double[][] edgeFeatures) {
        this.cells = cells;
        this.source = source;
        this.target = target;
        this.edgeFeatures = edgeFeatures;
    }

    /**
     * @param cells the nodes, in this order (usually one frame's cells, or a subset of them)
     * @param k neighbours per cell, {@code >= 1}
     * @param fov the field of view that positions are normalised by
     */
    public static CellGraph build(List<Cell> cells, int k, FieldOfView fov) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, is " + k);
        }
        List<Cell> nodes = List.copyOf(cells);
        int[][] nn = Neighbours.of(nodes).nearest(k);
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < nn.length; i++) {
            for (int j : nn[i]) {
                seen.add(((long) Math.min(i, j) << 32) | Math.max(i, j));
            }
        }
        int e = seen.size();
        int[] s = new int[e];
        int[] t = new int[e];
        double[][] f = new double[e][];
        int idx = 0;
        double cx = fov.centreX();
        double cy = fov.centreY();
        double h = fov.halfDiagonal();
        for (long key : seen) {
            s[idx] = (int) (key >>> 32);
            t[idx] = (int) key;
            Cell a = nodes.get(s[idx]);
            Cell b = nodes.get(t[idx]);
            f[idx] = new double[] {(a.x() - cx) / h, (a.y() - cy) / h, (b.x() - cx) / h, (b.y() - cy) / h};
            idx++;
        }
        return new CellGraph(nodes, s, t, f);
    }

    public List<Cell> cells() {
        return cells;
    }

    public int nodeCount() {
        return cells.size();
    }

    public int edgeCount() {
        return source.length;
    }

    /** The lower node index of edge {@code e}. */
    public int edgeSource(int e) {
        return source[e];
    }

    /** The higher node index of edge {@code e}. */
    public int edgeTarget(int e) {
        return target[e];
    }

    /** A copy of edge {@code e}'s feature vector (length {@link #EDGE_FEATURES}). */
    public double[] edgeFeature(int e) {
        return edgeFeatures[e].clone();
    }

    /** Index of the edge joining nodes {@code a} and {@code b}, or -1. O(E). */
    public int edgeBetween(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        for (int e = 0; e < source.length; e++) {
            if (source[e] == lo && target[e] == hi) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The paper's message weights, normalised per receiving node.
     *
     * @return {@code [2][E]}: row 0 is the weight with which edge e's feature enters the message of
     *         its source node, row 1 that for its target node. Each node's weights sum to 1 (to 1/deg
     *         each where all raw weights are 0, e.g. identical neighbourhoods).
     */
    public double[][] aggregationWeights() {
        int n = cells.size();
        List<List<Integer>> incident = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            incident.add(new ArrayList<>());
        }
        for (int e = 0; e < source.length; e++) {
            incident.get(source[e]).add(e);
            incident.get(target[e]).add(e);
        }
        double[] raw = new double[source.length];
        for (int e = 0; e < source.length; e++) {
            for (int a : incident.get(source[e])) {
                for (int b : incident.get(target[e])) {
                    raw[e] += squaredDistance(edgeFeatures[a], edgeFeatures[b]);
                }
            }
        }
        double[] total = new double[n];
        int[] degree = new int[n];
        for (int e = 0; e < source.length; e++) {
            total[source[e]] += raw[e];
            total[target[e]] += raw[e];
            degree[source[e]]++;
            degree[target[e]]++;
        }
        double[][] w = new double[2][source.length];
        for (int e = 0; e < source.length; e++) {
            w[0][e] = share(raw[e], total[source[e]], degree[source[e]]);
            w[1][e] = share(raw[e], total[target[e]], degree[target[e]]);
        }
        return w;
    }

    private static double share(double raw, double total, int degree) {
        return total > 0 ? raw / total : 1.0 / degree;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
