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
 * the same incidences come as index vectors ({@link #indexPlaceholders}).
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
    /** Inference inputs: the node count, and each edge's aggregation weight onto its source and target. */
    static final String NODE_COUNT = "nodeCount";
    static final String AGGREGATE_SOURCE_WEIGHT = "aggregateSourceWeight";
    static final String AGGREGATE_TARGET_WEIGHT = "aggregateTargetWeight";

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

    /** Name of the index-vector form of the one-hot incidence input {@code name}. */
    static String indexName(String name) {
        return name + "Index";
    }

    /**
     * The DOL head's extra inputs for inference: each consistency term's edge of frame t and of
     * frame t+1 as indices (edge 0 for the inert term when the batch has none).
     */
    void addConsistencyIndices(Map<String, INDArray> m) {
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
        m.put(indexName(CONSIST_BEFORE), Nd4j.createFromArray(u));
        m.put(indexName(CONSIST_AFTER), Nd4j.createFromArray(v));
    }

    /**
     * The unlabelled inputs of the inference network: incidences as index vectors, O(nodes + edges +
     * pairs) instead of the dense matrices' O((edges + pairs) × nodes). The inert edge of an edgeless
     * batch joins node 0 to itself with zero weight.
     */
    Map<String, INDArray> indexPlaceholders(int nodeFeatures) {
        int n = nodeOffset[graphs.size()];
        int e = Math.max(1, edgeOffset[graphs.size()]);
        int p = pairCount();
        double[][] nodes = new double[n][];
        double[][] edges = new double[e][CellGraph.EDGE_FEATURES];
        double[][] sourceWeight = new double[e][1];
        double[][] targetWeight = new double[e][1];
        int[] es = new int[e];
        int[] et = new int[e];
        int[] ps = new int[p];
        int[] pt = new int[p];
        double[][] pf = new double[p][];
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            for (int i = 0; i < gp.nodeCount(); i++) {
                nodes[nodeOffset[g] + i] = checkedRow(gp.nodeFeature(i), nodeFeatures);
            }
            int row = edgeOffset[g];
            for (CellGraph graph : List.of(gp.before(), gp.after())) {
                int base = nodeOffset[g] + (graph == gp.before() ? 0 : gp.before().nodeCount());
                double[][] w = graph.aggregationWeights();
                for (int k = 0; k < graph.edgeCount(); k++, row++) {
                    edges[row] = graph.edgeFeature(k);
                    es[row] = base + graph.edgeSource(k);
                    et[row] = base + graph.edgeTarget(k);
                    sourceWeight[row][0] = w[0][k];
                    targetWeight[row][0] = w[1][k];
                }
            }
            CandidatePairs cp = gp.pairs();
            for (int q = 0; q < cp.size(); q++) {
                ps[pairOffset[g] + q] = nodeOffset[g] + cp.source(q);
                pt[pairOffset[g] + q] = nodeOffset[g] + gp.before().nodeCount() + cp.target(q);
                pf[pairOffset[g] + q] = cp.features(q);
            }
        }
        Map<String, INDArray> m = new HashMap<>();
        m.put(NODES, Nd4j.create(nodes));
        m.put(EDGES, Nd4j.create(edges));
        m.put(NODE_COUNT, Nd4j.scalar(n));
        m.put(AGGREGATE_SOURCE_WEIGHT, Nd4j.create(sourceWeight));
        m.put(AGGREGATE_TARGET_WEIGHT, Nd4j.create(targetWeight));
        m.put(indexName(EDGE_SOURCE), Nd4j.createFromArray(es));
        m.put(indexName(EDGE_TARGET), Nd4j.createFromArray(et));
        m.put(indexName(PAIR_SOURCE), Nd4j.createFromArray(ps));
        m.put(indexName(PAIR_TARGET), Nd4j.createFromArray(pt));
        m.put(PAIR_FEATURES, Nd4j.create(pf));
        return m;
    }

    /** The network's inputs; with labels and the positive class weight when {@code labelled}. */
    Map<String, INDArray> placeholders(int nodeFeatures, boolean labelled, double positiveWeight) {
        int n = nodeOffset[graphs.size()];
        int e = Math.max(1, edgeOffset[graphs.size()]);
        int p = pairCount();
        double[][] nodes = new double[n][];
        double[][] edges = new double[e][CellGraph.EDGE_FEATURES];
        double[][] agg = new double[n][e];
        double[][] es = new double[e][n];
        double[][] et = new double[e][n];
        double[][] ps = new double[p][n];
        double[][] pt = new double[p][n];
        double[][] pf = new double[p][];
        double[][] labels = new double[p][1];
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            for (int i = 0; i < gp.nodeCount(); i++) {
                nodes[nodeOffset[g] + i] = checkedRow(gp.nodeFeature(i), nodeFeatures);
            }
            int eo = edgeOffset[g];
            eo = fillEdges(gp.before(), nodeOffset[g], eo, edges, agg, es, et);
            fillEdges(gp.after(), nodeOffset[g] + gp.before().nodeCount(), eo, edges, agg, es, et);
            CandidatePairs cp = gp.pairs();
            for (int q = 0; q < cp.size(); q++) {
                int row = pairOffset[g] + q;
                ps[row][nodeOffset[g] + cp.source(q)] = 1;
                pt[row][nodeOffset[g] + gp.before().nodeCount() + cp.target(q)] = 1;
                pf[row] = cp.features(q);
                labels[row][0] = labelled ? gp.label(q) : 0;
            }
        }
        Map<String, INDArray> m = new HashMap<>();
        m.put(NODES, Nd4j.create(nodes));
        m.put(EDGES, Nd4j.create(edges));
        m.put(AGGREGATE, Nd4j.create(agg));
        m.put(EDGE_SOURCE, Nd4j.create(es));
        m.put(EDGE_TARGET, Nd4j.create(et));
        m.put(PAIR_SOURCE, Nd4j.create(ps));
        m.put(PAIR_TARGET, Nd4j.create(pt));
        m.put(PAIR_FEATURES, Nd4j.create(pf));
        if (labelled) {
            m.put(LABELS, Nd4j.create(labels));
            m.put(POSITIVE_WEIGHT, Nd4j.create(new double[][] {{positiveWeight}}));
        }
        return m;
    }

    private static double[] checkedRow(double[] row, int length) {
        if (row.length != length) {
            throw new IllegalArgumentException("node feature vector of length " + row.length + ", network expects " + length);
        }
        return row;
    }

    private static int fillEdges(CellGraph graph, int nodeBase, int edgeBase, double[][] edges, double[][] agg,
            double[][] es, double[][] et) {
        double[][] w = graph.aggregationWeights();
        for (int k = 0; k < graph.edgeCount(); k++) {
            int row = edgeBase + k;
            int s = nodeBase + graph.edgeSource(k);
            int t = nodeBase + graph.edgeTarget(k);
            edges[row] = graph.edgeFeature(k);
            es[row][s] = 1;
            et[row][t] = 1;
            agg[s][row] = w[0][k];
            agg[t][row] = w[1][k];
        }
        return edgeBase + graph.edgeCount();
    }
}
