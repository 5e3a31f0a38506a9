package org.mitosis.core.gnn;

import java.util.Arrays;
import java.util.Map;

import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;

/**
 * The inference network's function ({@link GnnNetwork#forInference}): the trainable graph's forward
 * pass, in plain Java on feature-major arrays (one array per feature, over all rows). A frame pair is small (F0009: ~220 nodes, ~290 edges,
 * ~120 candidate pairs, ~150 consistency terms; ~2.5 million multiply-adds for the naive head, ~5
 * million for GNN-DOL), so a SameDiff graph spent nearly all its time on per-operation overhead (~80 µs
 * each, GNN-DOL ~110 operations per frame pair, the naive head ~55), and ND4J operations called one by
 * one still spent most of theirs on native calls and buffer allocation. Here a concatenation followed
 * by a layer is one product per part (a gathered part copied through the gather's indices), and sums
 * onto nodes are loops over the incidences; memory is O(nodes + edges + pairs) per frame pair.
 * Results equal the trainable network's up to rounding (summation order).
 *
 * <p>Immutable: the weights are copied when it is built.
 */
final class GnnForwardPass {

    /**
     * One batch's outputs, over the batch's pairs, nodes, nodes and consistency terms. The QP reads
     * appearance costs only at frame t+1's nodes and split costs only at frame t's; this pass computes
     * only those (NaN elsewhere), the trainable network all; and learned split costs only where they
     * can move z (the prior at sources with fewer than two candidate pairs, {@link #withTwoPairs}).
     * Consistency weights are null where they come on request.
     */
    record Outputs(double[] score, double[] appear, double[] split, double[] consist) {
    }

    /** A two-layer MLP's weights, row-major: {@code relu(x·W1 + b1)·W2 + b2}. */
    private record Mlp(double[] w1, double[] b1, double[] w2, double[] b2, int hidden, int out) {

        static Mlp of(Map<String, double[]> w, String name) {
            double[] b1 = w.get(name + ".b1");
            double[] b2 = w.get(name + ".b2");
            return new Mlp(w.get(name + ".W1"), b1, w.get(name + ".W2"), b2, b1.length, b2.length);
        }
    }

    /**
     * One part of a layer's concatenated input, feature-major ({@code x[k]} holds feature k of every
     * row of x): row r of the input is row {@code rows[r]} of x (a gather), or row r where
     * {@code rows} is null.
     */
    private record Part(double[][] x, int[] rows) {

        Part(double[][] x) {
            this(x, null);
        }

        /** The part's columns over the input's rows: x itself, or the gathered copy. */
        double[][] columns() {
            if (rows == null) {
                return x;
            }
            double[][] g = new double[x.length][rows.length];
            for (int k = 0; k < x.length; k++) {
                double[] from = x[k];
                double[] to = g[k];
                for (int r = 0; r < rows.length; r++) {
                    to[r] = from[rows[r]];
                }
            }
            return g;
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
        // The private copy's arrays, shared with the layers: never handed out (parameters() copies).
        Map<String, double[]> w = this.parameters.arrays();
        node = new Mlp[config.rounds()];
        edge = new Mlp[config.rounds()];
        for (int r = 0; r < config.rounds(); r++) {
            node[r] = Mlp.of(w, "node" + r);
            edge[r] = w.containsKey("edge" + r + ".W1") ? Mlp.of(w, "edge" + r) : null;
        }
        pair = Mlp.of(w, "pair");
        outW = w.get("out.W");
        outB = w.get("out.b")[0];
        boolean dol = config.head() == GnnConfig.Head.DOL;
        appear = dol ? Mlp.of(w, "appear") : null;
        split = dol ? Mlp.of(w, "split") : null;
        consist = dol ? Mlp.of(w, "consist") : null;
        scale = softplus(w.get(GnnParameters.DISTANCE_WEIGHT)[0]);
    }

    /** A copy of the weights it computes with. */
    GnnParameters parameters() {
        return parameters.copy();
    }

    /**
     * Node and edge embeddings after the message passing, feature-major ({@code v()[k]} holds feature k
     * of every node), of one frame's graph ({@link #embed(GnnBatch.Incidences)} on {@link GnnBatch#frame})
     * or of a batch. Message passing stays inside a frame's graph, so a frame's embeddings are the same
     * in both frame pairs it belongs to: inference computes them once per frame and joins two per pair
     * ({@link #run(GnnBatch, Embedding, Embedding, boolean)}).
     *
     * <p>The last round's edge update, which only GNN-DOL's consistency head reads, is computed per
     * edge when {@link #edges} first asks for it, and kept: with consistency weights asked for on demand
     * ({@link org.mitosis.core.qp.DeferredConsistency}) few edges need it. Each row equals the whole
     * update's row to the bit (the same sums in the same order). Not thread-safe.
     */
    static final class Embedding {

        private final double[][] v;
        private final int nodes;
        private final int edges;
        /** Edge embeddings before the pending update, or the final ones where none is pending. */
        private final double[][] e;
        /** The last round's edge update, or null where that round has none (the raw features where no round has one). */
        private final Mlp pending;
        private final int[] edgeSource;
        private final int[] edgeTarget;
        /** Updated edge rows, feature-major, where {@code updated[r]}; allocated at the first request. */
        private double[][] updatedRows;
        private boolean[] updated;

        private Embedding(double[][] v, int nodes, double[][] e, int edges, Mlp pending, int[] edgeSource,
                int[] edgeTarget) {
            this.v = v;
            this.nodes = nodes;
            this.e = e;
            this.edges = edges;
            this.pending = pending;
            this.edgeSource = edgeSource;
            this.edgeTarget = edgeTarget;
        }

        /** Node embeddings, feature-major. */
        double[][] v() {
            return v;
        }

        int nodes() {
            return nodes;
        }

        /** Real edges (without the inert edge an edgeless batch gets). */
        int edges() {
            return edges;
        }

        /** The final embeddings of edge rows {@code rows} (repeats allowed), feature-major, one column per entry of rows. */
        double[][] edges(int[] rows) {
            if (pending == null) {
                return new Part(e, rows).columns();
            }
            if (updated == null) {
                updated = new boolean[e[0].length];
                updatedRows = new double[pending.out()][e[0].length];
            }
            int[] missing = new int[rows.length];
            int count = 0;
            for (int r : rows) {
                if (!updated[r]) {
                    updated[r] = true;
                    missing[count++] = r;
                }
            }
            if (count > 0) {
                missing = Arrays.copyOf(missing, count);
                int[] source = new int[count];
                int[] target = new int[count];
                for (int k = 0; k < count; k++) {
                    source[k] = edgeSource[missing[k]];
                    target[k] = edgeTarget[missing[k]];
                }
                double[][] fresh = mlp(pending, count, new Part(e, missing), new Part(v, source), new Part(v, target));
                for (int c = 0; c < fresh.length; c++) {
                    for (int k = 0; k < count; k++) {
                        updatedRows[c][missing[k]] = fresh[c][k];
                    }
                }
            }
            return new Part(updatedRows, rows).columns();
        }
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
        Embedding emb = embed(in);
        Outputs costs = heads(emb.v(), emb.nodes(), in, batch, dolHeads);
        if (costs.appear() == null) {
            return costs;
        }
        int[][] terms = batch.consistencyEdges();
        return new Outputs(costs.score(), costs.appear(), costs.split(),
                consistency(emb.edges(terms[0]), emb.edges(terms[1])));
    }

    /**
     * As {@link #run(GnnBatch, boolean)} for a batch of one graph pair whose frames' embeddings are
     * given ({@code before}'s and {@code after}'s rows joined in the batch's order, frame t first),
     * without the consistency weights: {@link #consistency(Embedding, int[], Embedding, int[])} computes
     * those on request.
     */
    Outputs run(GnnBatch batch, Embedding before, Embedding after, boolean dolHeads) {
        double[][] v = join(before.v(), before.nodes(), after.v(), after.nodes());
        return heads(v, before.nodes() + after.nodes(), batch.pairIncidences(), batch, dolHeads);
    }

    /**
     * GNN-DOL's consistency weights of the terms joining edge row {@code beforeEdges[t]} of frame t and
     * {@code afterEdges[t]} of frame t+1, from the frames' embeddings; equal to the whole batch's to the bit.
     */
    double[] consistency(Embedding before, int[] beforeEdges, Embedding after, int[] afterEdges) {
        return consistency(before.edges(beforeEdges), after.edges(afterEdges));
    }

    /** The first {@code n} and {@code m} rows of feature-major {@code a} and {@code b}, one after the other. */
    private static double[][] join(double[][] a, int n, double[][] b, int m) {
        double[][] out = new double[a.length][n + m];
        for (int k = 0; k < a.length; k++) {
            System.arraycopy(a[k], 0, out[k], 0, n);
            System.arraycopy(b[k], 0, out[k], n, m);
        }
        return out;
    }

    /** The message passing over the incidences' graph (one frame's, or a batch's), the last edge update pending. */
    Embedding embed(GnnBatch.Incidences in) {
        int nodes = in.nodes().length;
        int edges = in.edges().length;
        double[][] v = featureMajor(in.nodes(), config.nodeFeatures());
        double[][] e = featureMajor(in.edges(), CellGraph.EDGE_FEATURES);
        int last = config.rounds() - 1;
        for (int r = 0; r < config.rounds(); r++) {
            v = mlp(node[r], nodes, new Part(v), new Part(aggregate(e, in, nodes)));
            if (edge[r] != null && r < last) {
                e = mlp(edge[r], edges, new Part(e), new Part(v, in.edgeSource()), new Part(v, in.edgeTarget()));
            }
        }
        return new Embedding(v, nodes, e, in.realEdges(), edge[last], in.edgeSource(), in.edgeTarget());
    }

    /**
     * The heads on node embeddings {@code v} of {@code nodes} nodes; {@code in} supplies the pairs (its
     * node and edge rows are not read). Without consistency weights.
     */
    private Outputs heads(double[][] v, int nodes, GnnBatch.Incidences in, GnnBatch batch, boolean dolHeads) {
        int[] source = in.pairSource();
        int[] target = in.pairTarget();
        double[][] pf = featureMajor(in.pairFeatures(), CandidatePairs.FEATURES);
        double[][] pairs = mlp(pair, source.length, new Part(v, source), new Part(v, target),
                new Part(rowProducts(v, source, target)), new Part(pf));
        relu(pairs);
        double[] score = scores(pairs, pf);
        if (config.head() == GnnConfig.Head.NAIVE || !dolHeads) {
            return new Outputs(score, null, null, null);
        }
        double[] alpha = eventCosts(appear, config.appearPrior(), batch.targetNodes(), nodes, v, pairs, target);
        double[] beta = eventCosts(split, config.splitPrior(), withTwoPairs(batch.sourceNodes(), source, nodes), nodes,
                v, pairs, source);
        double splitAtPrior = scale * config.splitPrior();
        for (int i : batch.sourceNodes()) {
            if (Double.isNaN(beta[i])) {
                beta[i] = splitAtPrior;
            }
        }
        return new Outputs(score, alpha, beta, null);
    }

    /** softplus of the consistency head on edge embeddings {@code eu} and {@code ev}, aligned rows. */
    private double[] consistency(double[][] eu, double[][] ev) {
        double[][][] features = consistencyFeatures(eu, ev);
        return softplus(mlp(consist, eu[0].length, new Part(features[0]), new Part(features[1]))[0]);
    }

    /**
     * Each pair's score from its embedding: the learned part {@code h·W_out + b_out} minus (naive
     * head) or, bounded, plus (DOL head) the squared-distance prior (see {@link GnnNetwork}).
     */
    private double[] scores(double[][] pairs, double[][] pf) {
        double[] score = new double[pf[CandidatePairs.DISTANCE].length];
        Arrays.fill(score, outB);
        for (int k = 0; k < pairs.length; k++) {
            double a = outW[k];
            double[] x = pairs[k];
            for (int p = 0; p < score.length; p++) {
                score[p] += x[p] * a;
            }
        }
        double[] d = pf[CandidatePairs.DISTANCE];
        boolean dol = config.head() == GnnConfig.Head.DOL;
        for (int p = 0; p < score.length; p++) {
            double prior = d[p] * d[p] * scale;
            score[p] = dol ? bounded(score[p]) + prior : score[p] - prior;
        }
        return score;
    }

    /**
     * Appearance or split costs at nodes {@code at} (NaN elsewhere): {@code m}'s output from a node's
     * embedding and the sum of the embeddings of its pairs (pair r belongs to node {@code owner[r]}),
     * bounded, plus the prior times the prior's weight.
     */
    private double[] eventCosts(Mlp m, double prior, int[] at, int nodes, double[][] v, double[][] pairs,
            int[] owner) {
        return boundedAt(mlp(m, at.length, new Part(v, at), new Part(sumsAt(pairs, owner, at, nodes)))[0],
                scale * prior, at, nodes);
    }

    /**
     * The nodes of {@code nodes} that are the source of at least two of the pairs. Only they can take
     * a second successor: with one candidate pair or none, a source's row {@code Σ z − s ≤ 1} holds
     * whatever s is, so its split cost moves no z (its split slack only takes up a negative cost).
     * The learned split cost is computed for them alone, the others get the prior: on F0009's
     * whole frames 7.7 % of the sources have two candidates (on the epidermis' 98.7 %).
     */
    private static int[] withTwoPairs(int[] nodes, int[] source, int nodeCount) {
        int[] pairs = new int[nodeCount];
        for (int i : source) {
            pairs[i]++;
        }
        return Arrays.stream(nodes).filter(i -> pairs[i] >= 2).toArray();
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
     * The consistency head's input for edge embeddings {@code eu} and {@code ev} (feature-major, aligned
     * rows): {@code {e_u ⊙ e_v, (e_u − e_v)²}}, one row per term.
     */
    private static double[][][] consistencyFeatures(double[][] eu, double[][] ev) {
        int terms = eu[0].length;
        double[][] product = new double[eu.length][terms];
        double[][] squaredDifference = new double[eu.length][terms];
        for (int c = 0; c < eu.length; c++) {
            double[] uc = eu[c];
            double[] vc = ev[c];
            for (int t = 0; t < terms; t++) {
                double a = uc[t];
                double b = vc[t];
                product[c][t] = a * b;
                squaredDifference[c][t] = (a - b) * (a - b);
            }
        }
        return new double[][][] {product, squaredDifference};
    }

    /** {@code s·tanh(x/s)}: x where small, never beyond ±s. */
    private double bounded(double x) {
        return Math.tanh(x * (1.0 / scale)) * scale;
    }

    /** {@code relu(concat(parts)·W1 + b1)·W2 + b2} over {@code rows} rows, feature-major. */
    private static double[][] mlp(Mlp m, int rows, Part... parts) {
        double[][] hidden = new double[m.hidden()][rows];
        for (int j = 0; j < m.hidden(); j++) {
            Arrays.fill(hidden[j], m.b1()[j]);
        }
        int from = 0;
        for (Part part : parts) {
            double[][] x = part.columns();
            addProduct(x, rows, m.w1(), from, hidden);
            from += x.length;
        }
        relu(hidden);
        double[][] out = new double[m.out()][rows];
        for (int j = 0; j < m.out(); j++) {
            Arrays.fill(out[j], m.b2()[j]);
        }
        addProduct(hidden, rows, m.w2(), 0, out);
        return out;
    }

    /**
     * {@code out += x · W[from, from + x.length)} over {@code rows} rows, x and out feature-major, W
     * row-major with {@code out.length} columns. The innermost loop runs over rows, every array in it
     * indexed by the loop variable alone: only such a loop does the JDK 17 compiler turn into SIMD
     * instructions (with offsets it cannot rule out that two double arrays overlap). Row-major loops
     * over the layers' 32 columns ran at 2.6 billion multiply-adds a second here, this one at ~10.
     * Four features per pass load and store out a quarter as often.
     */
    private static void addProduct(double[][] x, int rows, double[] w, int from, double[][] out) {
        int width = out.length;
        int n = x.length;
        int k = 0;
        for (; k + 4 <= n; k += 4) {
            double[] x0 = x[k];
            double[] x1 = x[k + 1];
            double[] x2 = x[k + 2];
            double[] x3 = x[k + 3];
            int w0 = (from + k) * width;
            for (int j = 0; j < width; j++) {
                double a0 = w[w0 + j];
                double a1 = w[w0 + width + j];
                double a2 = w[w0 + 2 * width + j];
                double a3 = w[w0 + 3 * width + j];
                double[] o = out[j];
                for (int r = 0; r < rows; r++) {
                    o[r] += a0 * x0[r] + a1 * x1[r] + a2 * x2[r] + a3 * x3[r];
                }
            }
        }
        for (; k < n; k++) {
            double[] xk = x[k];
            int wo = (from + k) * width;
            for (int j = 0; j < width; j++) {
                double a = w[wo + j];
                double[] o = out[j];
                for (int r = 0; r < rows; r++) {
                    o[r] += a * xk[r];
                }
            }
        }
    }

    /** Σ_j w_ij e_ij onto every node i: each edge's row, weighted, onto its source and its target. */
    private static double[][] aggregate(double[][] e, GnnBatch.Incidences in, int nodes) {
        double[][] m = new double[e.length][nodes];
        int[] source = in.edgeSource();
        int[] target = in.edgeTarget();
        double[] ws = in.sourceWeight();
        double[] wt = in.targetWeight();
        for (int c = 0; c < e.length; c++) {
            double[] ec = e[c];
            double[] mc = m[c];
            for (int k = 0; k < source.length; k++) {
                mc[source[k]] += ws[k] * ec[k];
                mc[target[k]] += wt[k] * ec[k];
            }
        }
        return m;
    }

    /**
     * The sums of {@code x}'s rows onto nodes {@code at} (column c: the rows k with
     * {@code owner[k] == at[c]}, in order), without the columns of the nodes not asked for.
     */
    private static double[][] sumsAt(double[][] x, int[] owner, int[] at, int nodes) {
        int[] column = new int[nodes];
        Arrays.fill(column, -1);
        for (int c = 0; c < at.length; c++) {
            column[at[c]] = c;
        }
        double[][] m = new double[x.length][at.length];
        for (int f = 0; f < x.length; f++) {
            double[] xf = x[f];
            double[] mf = m[f];
            for (int k = 0; k < owner.length; k++) {
                int c = column[owner[k]];
                if (c >= 0) {
                    mf[c] += xf[k];
                }
            }
        }
        return m;
    }

    /** Row r: the elementwise product of rows {@code a[r]} and {@code b[r]} of {@code x}. */
    private static double[][] rowProducts(double[][] x, int[] a, int[] b) {
        double[][] out = new double[x.length][a.length];
        for (int c = 0; c < x.length; c++) {
            double[] xc = x[c];
            double[] oc = out[c];
            for (int r = 0; r < a.length; r++) {
                oc[r] = xc[a[r]] * xc[b[r]];
            }
        }
        return out;
    }

    private static void relu(double[][] x) {
        for (double[] row : x) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.max(row[i], 0);
            }
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

    /** Rows of {@code cols} features each, feature-major. */
    private static double[][] featureMajor(double[][] rows, int cols) {
        double[][] out = new double[cols][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols; c++) {
                out[c][r] = rows[r][c];
            }
        }
        return out;
    }
}
