package org.mitosis.core.gnn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Several graph pairs as one disjoint graph, in the tensors the network reads. For training,
 * gathering a node's embedding onto an edge or pair is a product with a one-hot incidence matrix
 * (SameDiff's {@code gather} has a wrong gradient in ND4J 1.0.0-M2.1, deeplearning4j issue 9756), and
 * aggregating edge features onto nodes is a product with the weighted incidence matrix; for inference
 * the same incidences come as index vectors ({@link #incidences}).
 *
 * <p>Zero-size tensors are avoided: a batch without edges gets one inert edge (no node receives
 * it). A batch must hold at least one candidate pair.
 */
final class GnnBatch {

    /** Placeholder names. */
    static final String NODES = "nodes";
    static final String EDGES = "edges";
    static final String AGGREGATE = "aggregate";
    static final String EDGE_SOURCE = "edgeSource";
    static final String EDGE_TARGET = "edgeTarget";
    static final String PAIR_SOURCE = "pairSource";
    static final String PAIR_TARGET = "pairTarget";
    static final String PAIR_FEATURES = "pairFeatures";
    static final String LABELS = "labels";
    static final String POSITIVE_WEIGHT = "positiveWeight";
    static final String CONSIST_BEFORE = "consistBefore";
    static final String CONSIST_AFTER = "consistAfter";
    static final String GRAD_COST = "gradCost";
    static final String GRAD_APPEAR = "gradAppear";
    static final String GRAD_SPLIT = "gradSplit";
    static final String GRAD_CONSIST = "gradConsist";

    private final List<GraphPair> graphs;
    private final int[] nodeOffset;
    private final int[] edgeOffset;
    private final int[] pairOffset;
    private final int[] consistOffset;

    GnnBatch(List<GraphPair> graphs) {
        this.graphs = List.copyOf(graphs);
        int k = graphs.size();
        nodeOffset = new int[k + 1];
        edgeOffset = new int[k + 1];
        pairOffset = new int[k + 1];
        consistOffset = new int[k + 1];
        for (int g = 0; g < k; g++) {
            GraphPair gp = graphs.get(g);
            nodeOffset[g + 1] = nodeOffset[g] + gp.nodeCount();
            edgeOffset[g + 1] = edgeOffset[g] + gp.before().edgeCount() + gp.after().edgeCount();
            pairOffset[g + 1] = pairOffset[g] + gp.pairs().size();
            consistOffset[g + 1] = consistOffset[g] + gp.consistencyCount();
        }
        if (pairOffset[k] == 0) {
            throw new IllegalArgumentException("a batch needs at least one candidate pair");
        }
    }

    int pairCount() {
        return pairOffset[graphs.size()];
    }

    /** Index of graph g's first pair in the batch. */
    int pairOffset(int g) {
        return pairOffset[g];
    }

    /** Index of graph g's first node in the batch. */
    int nodeOffset(int g) {
        return nodeOffset[g];
    }

    /** The batch's nodes of frame t (the QP's sources), graph after graph. */
    int[] sourceNodes() {
        return frameNodes(false);
    }

    /** The batch's nodes of frame t+1 (the QP's targets), graph after graph. */
    int[] targetNodes() {
        return frameNodes(true);
    }

    private int[] frameNodes(boolean after) {
        int count = 0;
        for (GraphPair gp : graphs) {
            count += after ? gp.after().nodeCount() : gp.before().nodeCount();
        }
        int[] out = new int[count];
        int k = 0;
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            int first = nodeOffset[g] + (after ? gp.before().nodeCount() : 0);
            int n = after ? gp.after().nodeCount() : gp.before().nodeCount();
            for (int i = 0; i < n; i++) {
                out[k++] = first + i;
            }
        }
        return out;
    }

    /** Index of graph g's first consistency term in the batch. */
    int consistOffset(int g) {
        return consistOffset[g];
    }

    int nodeCount() {
        return nodeOffset[graphs.size()];
    }

    /** Consistency terms, at least 1 (an inert one when the batch has none). */
    int consistCount() {
        return Math.max(1, consistOffset[graphs.size()]);
    }

    List<GraphPair> graphs() {
        return graphs;
    }

    /**
     * The DOL head's extra inputs: for each consistency term, one-hot rows selecting its edge of
     * frame t and of frame t+1 (an all-zero inert row when the batch has none).
     */
    void addConsistency(Map<String, INDArray> m) {
        int e = Math.max(1, edgeOffset[graphs.size()]);
        double[][] u = new double[consistCount()][e];
        double[][] v = new double[consistCount()][e];
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            for (int k = 0; k < gp.consistencyCount(); k++) {
                int[] term = gp.consistencyTerm(k);
                u[consistOffset[g] + k][edgeOffset[g] + term[2]] = 1;
                v[consistOffset[g] + k][edgeOffset[g] + gp.before().edgeCount() + term[3]] = 1;
            }
        }
        m.put(CONSIST_BEFORE, Nd4j.create(u));
        m.put(CONSIST_AFTER, Nd4j.create(v));
    }

    /**
     * The DOL head's extra inputs for inference: each consistency term's edge of frame t and of
     * frame t+1 as indices into the batch's edges, {@code {before, after}} (edge 0 for the inert term
     * when the batch has none).
     */
    int[][] consistencyEdges() {
        int[] u = new int[consistCount()];
        int[] v = new int[consistCount()];
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            for (int k = 0; k < gp.consistencyCount(); k++) {
                int[] term = gp.consistencyTerm(k);
                u[consistOffset[g] + k] = edgeOffset[g] + term[2];
                v[consistOffset[g] + k] = edgeOffset[g] + gp.before().edgeCount() + term[3];
            }
        }
        return new int[][] {u, v};
    }

    /**
     * The trainable network's inputs, incidences as dense one-hot and weighted matrices; with labels
     * and the positive class weight when {@code labelled}.
     */
    Map<String, INDArray> placeholders(int nodeFeatures, boolean labelled, double positiveWeight) {
        Incidences in = incidences(nodeFeatures);
        int n = in.nodes.length;
        int e = in.edges.length;
        double[][] agg = new double[n][e];
        double[][] es = new double[e][n];
        double[][] et = new double[e][n];
        for (int k = 0; k < edgeOffset[graphs.size()]; k++) {
            es[k][in.edgeSource[k]] = 1;
            et[k][in.edgeTarget[k]] = 1;
            agg[in.edgeSource[k]][k] = in.sourceWeight[k];
            agg[in.edgeTarget[k]][k] = in.targetWeight[k];
        }
        int p = pairCount();
        double[][] ps = new double[p][n];
        double[][] pt = new double[p][n];
        double[][] labels = new double[p][1];
        for (int q = 0; q < p; q++) {
            ps[q][in.pairSource[q]] = 1;
            pt[q][in.pairTarget[q]] = 1;
        }
        Map<String, INDArray> m = in.common();
        m.put(AGGREGATE, Nd4j.create(agg));
        m.put(EDGE_SOURCE, Nd4j.create(es));
        m.put(EDGE_TARGET, Nd4j.create(et));
        m.put(PAIR_SOURCE, Nd4j.create(ps));
        m.put(PAIR_TARGET, Nd4j.create(pt));
        if (labelled) {
            for (int g = 0; g < graphs.size(); g++) {
                for (int q = 0; q < graphs.get(g).pairs().size(); q++) {
                    labels[pairOffset[g] + q][0] = graphs.get(g).label(q);
                }
            }
            m.put(LABELS, Nd4j.create(labels));
            m.put(POSITIVE_WEIGHT, Nd4j.create(new double[][] {{positiveWeight}}));
        }
        return m;
    }

    /**
     * The batch as index vectors into the disjoint graph: each edge's source and target node and its
     * aggregation weights onto them, each pair's source and target node; with node, edge and pair
     * features, one row each. The inert edge of an edgeless batch joins node 0 to itself with zero
     * weight ({@code realEdges} does not count it). This is the inference network's input:
     * O(nodes + edges + pairs) instead of the dense matrices' O((edges + pairs) × nodes).
     */
    record Incidences(double[][] nodes, double[][] edges, int[] edgeSource, int[] edgeTarget,
            double[] sourceWeight, double[] targetWeight, int[] pairSource, int[] pairTarget, double[][] pairFeatures,
            int realEdges) {

        /** The inputs both networks read as they are: node, edge and pair features. */
        Map<String, INDArray> common() {
            Map<String, INDArray> m = new HashMap<>();
            m.put(NODES, Nd4j.create(nodes));
            m.put(EDGES, Nd4j.create(edges));
            m.put(PAIR_FEATURES, Nd4j.create(pairFeatures));
            return m;
        }
    }

    /** The batch's {@link Incidences}, node feature rows checked against {@code nodeFeatures}. */
    Incidences incidences(int nodeFeatures) {
        int real = edgeOffset[graphs.size()];
        int e = Math.max(1, real);
        Incidences in = new Incidences(new double[nodeOffset[graphs.size()]][], new double[e][CellGraph.EDGE_FEATURES],
                new int[e], new int[e], new double[e], new double[e], new int[pairCount()], new int[pairCount()],
                new double[pairCount()][], real);
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            for (int i = 0; i < gp.nodeCount(); i++) {
                in.nodes[nodeOffset[g] + i] = checkedRow(gp.nodeFeature(i), nodeFeatures);
            }
            int row = addEdges(in, gp.before(), nodeOffset[g], edgeOffset[g]);
            addEdges(in, gp.after(), nodeOffset[g] + gp.before().nodeCount(), row);
        }
        addPairs(in);
        return in;
    }

    /** {@link Incidences} of the candidate pairs alone (no node or edge rows): the heads' input. */
    Incidences pairIncidences() {
        Incidences in = new Incidences(new double[0][], new double[0][], new int[0], new int[0], new double[0],
                new double[0], new int[pairCount()], new int[pairCount()], new double[pairCount()][], 0);
        addPairs(in);
        return in;
    }

    /**
     * {@link Incidences} of one frame's graph alone, {@code features} its nodes' standardised
     * features: the message passing's input (no pairs).
     */
    static Incidences frame(CellGraph graph, double[][] features, int nodeFeatures) {
        int e = Math.max(1, graph.edgeCount());
        Incidences in = new Incidences(new double[features.length][], new double[e][CellGraph.EDGE_FEATURES], new int[e],
                new int[e], new double[e], new double[e], new int[0], new int[0], new double[0][], graph.edgeCount());
        for (int i = 0; i < features.length; i++) {
            in.nodes[i] = checkedRow(features[i], nodeFeatures);
        }
        addEdges(in, graph, 0, 0);
        return in;
    }

    private void addPairs(Incidences in) {
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            CandidatePairs cp = gp.pairs();
            for (int q = 0; q < cp.size(); q++) {
                in.pairSource[pairOffset[g] + q] = nodeOffset[g] + cp.source(q);
                in.pairTarget[pairOffset[g] + q] = nodeOffset[g] + gp.before().nodeCount() + cp.target(q);
                in.pairFeatures[pairOffset[g] + q] = cp.features(q);
            }
        }
    }

    private static double[] checkedRow(double[] row, int length) {
        if (row.length != length) {
            throw new IllegalArgumentException("node feature vector of length " + row.length + ", network expects " + length);
        }
        return row;
    }

    /** Adds {@code graph}'s edges from row {@code edgeBase} on; returns the next free row. */
    private static int addEdges(Incidences in, CellGraph graph, int nodeBase, int edgeBase) {
        double[][] w = graph.aggregationWeights();
        for (int k = 0; k < graph.edgeCount(); k++) {
            int row = edgeBase + k;
            in.edges[row] = graph.edgeFeature(k);
            in.edgeSource[row] = nodeBase + graph.edgeSource(k);
            in.edgeTarget[row] = nodeBase + graph.edgeTarget(k);
            in.sourceWeight[row] = w[0][k];
            in.targetWeight[row] = w[1][k];
        }
        return edgeBase + graph.edgeCount();
    }
}
