package org.mitosis.core.gnn;

import java.util.Arrays;
import java.util.Map;

import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The inference network's function ({@link GnnNetwork#forInference}): the trainable graph's forward
 * pass, in plain Java on row-major arrays. A frame pair is small (F0009: ~220 nodes, ~290 edges,
 * ~120 candidate pairs, ~150 consistency terms; ~2.5 million multiply-adds for the naive head, ~5
 * million for GNN-DOL), so a SameDiff graph spent nearly all its time on per-operation overhead (~80 µs
 * each, GNN-DOL ~110 operations per frame pair, the naive head ~55), and ND4J operations called one by
 * one still spent most of theirs on native calls and buffer allocation. Here a concatenation followed
 * by a layer is one product per part, read through the gather's indices without copying rows, and
 * sums onto nodes are loops over the incidences; memory is O(nodes + edges + pairs) per frame pair.
 * Results equal the trainable network's up to rounding (summation order).
 *
 * <p>Immutable: the weights are copied when it is built.
 */
final class GnnForwardPass {

    /**
     * One batch's outputs, over the batch's pairs, nodes, nodes and consistency terms. The QP reads
     * appearance costs only at frame t+1's nodes and split costs only at frame t's; this pass computes
     * only those (NaN elsewhere), the trainable network all.
     */
    record Outputs(double[] score, double[] appear, double[] split, double[] consist) {
    }

    /** A two-layer MLP's weights, row-major: {@code relu(x·W1 + b1)·W2 + b2}. */
    private record Mlp(double[] w1, double[] b1, double[] w2, double[] b2, int hidden, int out) {

        static Mlp of(Map<String, INDArray> w, String name) {
            INDArray w2 = w.get(name + ".W2");
            return new Mlp(values(w.get(name + ".W1")), values(w.get(name + ".b1")), values(w2),
                    values(w.get(name + ".b2")), (int) w2.rows(), (int) w2.columns());
        }
    }

    /**
     * One part of a layer's concatenated input: {@code cols} columns of row-major {@code x}, row r of
     * the input being row {@code rows[r]} of x (a gather), or row r where {@code rows} is null.
     */
    private record Part(double[] x, int cols, int[] rows) {

        Part(double[] x, int cols) {
            this(x, cols, null);
        }
    }

    private final GnnParameters parameters;
    private final GnnConfig config;
    private final Mlp[] node;
    /** Per round; null where the round has no edge update (the naive head's last). */
    private final Mlp[] edge;
    private final Mlp pair;
    private final double[] outW;
    private final double outB;
    /** GNN-DOL's heads; null for the naive head. */
    private final Mlp appear;
    private final Mlp split;
    private final Mlp consist;
    /** softplus(λ'): the squared-distance prior's weight and the bound of GNN-DOL's learned costs. */
    private final double scale;

    GnnForwardPass(GnnParameters parameters) {
        this.parameters = parameters.copy();
        this.config = parameters.config().validate();
        Map<String, INDArray> w = parameters.arrays();
        node = new Mlp[config.rounds()];
        edge = new Mlp[config.rounds()];
        for (int r = 0; r < config.rounds(); r++) {
            node[r] = Mlp.of(w, "node" + r);
            edge[r] = w.containsKey("edge" + r + ".W1") ? Mlp.of(w, "edge" + r) : null;
        }
        pair = Mlp.of(w, "pair");
        outW = values(w.get("out.W"));
        outB = w.get("out.b").getDouble(0);
        boolean dol = config.head() == GnnConfig.Head.DOL;
        appear = dol ? Mlp.of(w, "appear") : null;
        split = dol ? Mlp.of(w, "split") : null;
        consist = dol ? Mlp.of(w, "consist") : null;
        scale = softplus(w.get(GnnParameters.DISTANCE_WEIGHT).getDouble(0));
    }

    /** A copy of the weights it computes with. */
    GnnParameters parameters() {
        return parameters.copy();
    }

    /**
     * Node and edge embeddings after the message passing, row-major: {@code nodes × hidden} and
     * {@code edges × edgeColumns} (the raw edge features' width where no round updates edges). Of one
     * frame's graph ({@link #embed(GnnBatch.Incidences)} on {@link GnnBatch#frame}) or of a batch.
     * Message passing stays inside a frame's graph, so a frame's embeddings are the same in both frame
     * pairs it belongs to: inference computes them once per frame and joins two per pair
     * ({@link #run(GnnBatch, Embedding, Embedding, boolean)}).
     *
     * @param edges real edges (without the inert edge an edgeless batch gets)
     */
    record Embedding(double[] v, double[] e, int nodes, int edges, int edgeColumns) {
    }

    /**
     * The scores, and with the DOL head and {@code dolHeads} also appearance, split and consistency
     * outputs (else null).
     *
     * <p>The loops live in small methods and this one only calls them: called once per frame pair,
     * it then stays in quickly compiled code, whereas with the loops in it the JIT compiler inlined
     * every layer into one 76 kB method and took ~2 s of CPU over it while GNN-DOL's first frame pairs
     * ran unoptimised.
     */
    Outputs run(GnnBatch batch, boolean dolHeads) {
        GnnBatch.Incidences in = batch.incidences(config.nodeFeatures());
        return heads(embed(in), in, batch, dolHeads);
    }

    /**
     * As {@link #run(GnnBatch, boolean)} for a batch of one graph pair whose frames' embeddings are
     * given: {@code before}'s and {@code after}'s rows joined in the batch's order (frame t first).
     */
    Outputs run(GnnBatch batch, Embedding before, Embedding after, boolean dolHeads) {
        int h = config.hidden();
        double[] v = Arrays.copyOf(before.v(), (before.nodes() + after.nodes()) * h);
        System.arraycopy(after.v(), 0, v, before.nodes() * h, after.nodes() * h);
        int cols = before.edgeColumns();
        // At least one row: an edgeless batch has one inert edge (GnnBatch).
        double[] e = new double[Math.max(1, before.edges() + after.edges()) * cols];
        System.arraycopy(before.e(), 0, e, 0, before.edges() * cols);
        System.arraycopy(after.e(), 0, e, before.edges() * cols, after.edges() * cols);
        Embedding joined = new Embedding(v, e, before.nodes() + after.nodes(), before.edges() + after.edges(), cols);
        return heads(joined, batch.pairIncidences(), batch, dolHeads);
    }

    /** The message passing over the incidences' graph (one frame's, or a batch's). */
    Embedding embed(GnnBatch.Incidences in) {
        int nodes = in.nodes().length;
        int edges = in.edges().length;
        int h = config.hidden();
        double[] v = rowMajor(in.nodes());
        double[] e = rowMajor(in.edges());
        int vCols = config.nodeFeatures();
        int eCols = CellGraph.EDGE_FEATURES;
        for (int r = 0; r < config.rounds(); r++) {
            v = mlp(node[r], nodes, new Part(v, vCols), new Part(aggregate(e, eCols, in, nodes), eCols));
            vCols = h;
            if (edge[r] != null) {
                e = mlp(edge[r], edges, new Part(e, eCols), new Part(v, h, in.edgeSource()), new Part(v, h, in.edgeTarget()));
                eCols = h;
            }
        }
        return new Embedding(v, e, nodes, in.realEdges(), eCols);
    }

    /** The heads on the embeddings; {@code in} supplies the pairs (its node and edge rows are not read). */
    private Outputs heads(Embedding emb, GnnBatch.Incidences in, GnnBatch batch, boolean dolHeads) {
        int h = config.hidden();
        double[] v = emb.v();
        int nodes = emb.nodes();
        double[] pf = rowMajor(in.pairFeatures());
        double[] pairs = mlp(pair, in.pairSource().length, new Part(v, h, in.pairSource()), new Part(v, h, in.pairTarget()),
                new Part(rowProducts(v, h, in.pairSource(), in.pairTarget()), h), new Part(pf, CandidatePairs.FEATURES));
        relu(pairs);
        double[] score = scores(pairs, pf);
        if (config.head() == GnnConfig.Head.NAIVE || !dolHeads) {
            return new Outputs(score, null, null, null);
        }
        double[] alpha = eventCosts(appear, config.appearPrior(), batch.targetNodes(), nodes, v,
                sumOnto(pairs, h, in.pairTarget(), nodes));
        double[] beta = eventCosts(split, config.splitPrior(), batch.sourceNodes(), nodes, v,
                sumOnto(pairs, h, in.pairSource(), nodes));
        int[][] terms = batch.consistencyEdges();
        double[][] features = consistencyFeatures(emb.e(), h, terms[0], terms[1]);
        double[] w = mlp(consist, terms[0].length, new Part(features[0], h), new Part(features[1], h));
        return new Outputs(score, alpha, beta, softplus(w));
    }

    /**
     * Each pair's score from its embedding: the learned part {@code h·W_out + b_out} minus (naive
     * head) or, bounded, plus (DOL head) the squared-distance prior (see {@link GnnNetwork}).
     */
    private double[] scores(double[] pairs, double[] pf) {
        int h = config.hidden();
        boolean dol = config.head() == GnnConfig.Head.DOL;
        double[] score = new double[pf.length / CandidatePairs.FEATURES];
        for (int p = 0; p < score.length; p++) {
            double learned = outB;
            for (int k = 0; k < h; k++) {
                learned += pairs[p * h + k] * outW[k];
            }
            double d = pf[p * CandidatePairs.FEATURES + CandidatePairs.DISTANCE];
            double prior = d * d * scale;
            score[p] = dol ? bounded(learned) + prior : learned - prior;
        }
        return score;
    }

    /**
     * Appearance or split costs at nodes {@code at} (NaN elsewhere): {@code m}'s output from a node's
     * embedding and its summed pair embeddings, bounded, plus the prior times the prior's weight.
     */
    private double[] eventCosts(Mlp m, double prior, int[] at, int nodes, double[] v, double[] pairSums) {
        int h = config.hidden();
        return boundedAt(mlp(m, at.length, new Part(v, h, at), new Part(pairSums, h, at)), scale * prior, at, nodes);
    }

    /** {@code bounded(x[i]) + offset} at nodes {@code at[i]}, NaN elsewhere. */
    private double[] boundedAt(double[] x, double offset, int[] at, int nodes) {
        double[] out = new double[nodes];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < at.length; i++) {
            out[at[i]] = bounded(x[i]) + offset;
        }
        return out;
    }

    /**
     * The consistency head's input for edges {@code u[t]} and {@code v[t]} of the {@code cols}-column
     * edge embeddings {@code e}: {@code {e_u ⊙ e_v, (e_u − e_v)²}}, one row per term.
     */
    private static double[][] consistencyFeatures(double[] e, int cols, int[] u, int[] v) {
        double[] product = new double[u.length * cols];
        double[] squaredDifference = new double[u.length * cols];
        for (int t = 0; t < u.length; t++) {
            for (int c = 0; c < cols; c++) {
                double a = e[u[t] * cols + c];
                double b = e[v[t] * cols + c];
                product[t * cols + c] = a * b;
                squaredDifference[t * cols + c] = (a - b) * (a - b);
            }
        }
        return new double[][] {product, squaredDifference};
    }

    /** {@code s·tanh(x/s)}: x where small, never beyond ±s. */
    private double bounded(double x) {
        return Math.tanh(x * (1.0 / scale)) * scale;
    }

    /** {@code relu(concat(parts)·W1 + b1)·W2 + b2} over {@code rows} rows. */
    private static double[] mlp(Mlp m, int rows, Part... parts) {
        double[] hidden = new double[rows * m.hidden()];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(m.b1(), 0, hidden, r * m.hidden(), m.hidden());
        }
        int from = 0;
        for (Part part : parts) {
            for (int r = 0; r < rows; r++) {
                int row = part.rows() == null ? r : part.rows()[r];
                addProduct(part.x(), row * part.cols(), part.cols(), m.w1(), from, hidden, r * m.hidden(), m.hidden());
            }
            from += part.cols();
        }
        relu(hidden);
        double[] out = new double[rows * m.out()];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(m.b2(), 0, out, r * m.out(), m.out());
            addProduct(hidden, r * m.hidden(), m.hidden(), m.w2(), 0, out, r * m.out(), m.out());
        }
        return out;
    }

    /**
     * {@code out[o, o + width) += x[at, at + n) · W[from, from + n)}, W row-major with {@code width}
     * columns. Four rows of W per pass over the output: with the layers' 32 columns the loop over
     * them is short, and its overhead, not the arithmetic, set the pace (a third less time).
     */
    private static void addProduct(double[] x, int at, int n, double[] w, int from, double[] out, int o, int width) {
        int k = 0;
        for (; k + 4 <= n; k += 4) {
            double a0 = x[at + k];
            double a1 = x[at + k + 1];
            double a2 = x[at + k + 2];
            double a3 = x[at + k + 3];
            int w0 = (from + k) * width;
            int w1 = w0 + width;
            int w2 = w1 + width;
            int w3 = w2 + width;
            for (int j = 0; j < width; j++) {
                out[o + j] += a0 * w[w0 + j] + a1 * w[w1 + j] + a2 * w[w2 + j] + a3 * w[w3 + j];
            }
        }
        for (; k < n; k++) {
            double a = x[at + k];
            int wo = (from + k) * width;
            for (int j = 0; j < width; j++) {
                out[o + j] += a * w[wo + j];
            }
        }
    }

    /** Σ_j w_ij e_ij onto every node i: each edge's row, weighted, onto its source and its target. */
    private static double[] aggregate(double[] e, int cols, GnnBatch.Incidences in, int nodes) {
        double[] m = new double[nodes * cols];
        for (int k = 0; k < in.edgeSource().length; k++) {
            double ws = in.sourceWeight()[k];
            double wt = in.targetWeight()[k];
            int s = in.edgeSource()[k] * cols;
            int t = in.edgeTarget()[k] * cols;
            for (int c = 0; c < cols; c++) {
                m[s + c] += ws * e[k * cols + c];
                m[t + c] += wt * e[k * cols + c];
            }
        }
        return m;
    }

    /** The sums of {@code x}'s rows onto the nodes {@code rows} names. */
    private static double[] sumOnto(double[] x, int cols, int[] rows, int nodes) {
        double[] m = new double[nodes * cols];
        for (int k = 0; k < rows.length; k++) {
            for (int c = 0; c < cols; c++) {
                m[rows[k] * cols + c] += x[k * cols + c];
            }
        }
        return m;
    }

    /** Row r: the elementwise product of rows {@code a[r]} and {@code b[r]} of {@code x}. */
    private static double[] rowProducts(double[] x, int cols, int[] a, int[] b) {
        double[] out = new double[a.length * cols];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = x[a[r] * cols + c] * x[b[r] * cols + c];
            }
        }
        return out;
    }

    private static void relu(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(x[i], 0);
        }
    }

    /** softplus of every element, in place. */
    private static double[] softplus(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = softplus(x[i]);
        }
        return x;
    }

    /** log(1 + eˣ), without overflow. */
    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    private static double[] rowMajor(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] out = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out, r * cols, cols);
        }
        return out;
    }

    private static double[] values(INDArray x) {
        return x.dup('c').data().asDouble();
    }
}
