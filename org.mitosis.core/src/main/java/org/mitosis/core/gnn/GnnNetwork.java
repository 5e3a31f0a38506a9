package org.mitosis.core.gnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;
import org.mitosis.core.qp.CorrespondenceProblem;
import org.mitosis.core.qp.DeferredConsistency;
import org.mitosis.core.qp.QpGradient;
import org.mitosis.core.samediff.PassArrays;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The GNN of GNN-DOL as a SameDiff graph, in double precision.
 *
 * <p>Message passing, per round r, on the merged graph of frames t and t+1 (shared weights):
 * <pre>
 *   m_i  = Σ_j w_ij e_ij                       (w: {@link CellGraph#aggregationWeights()})
 *   v_i' = MLP_v(v_i, m_i)
 *   e_ij' = MLP_e(e_ij, v_i', v_j')
 * </pre>
 * then each candidate pair p = (i, j) gets the embedding {@code h_p = MLP_pair(v_i, v_j, v_i ⊙ v_j,
 * g_p)} with its geometric features g_p ({@link CandidatePairs}), and the score
 * {@code s_p = h_p·W_out + b_out ∓ softplus(λ)·(d_p/g)²}: the link logit of the naive GNN (minus the
 * prior), or the QP's cost c_p of GNN-DOL (plus the prior, the learned part bounded to ±softplus(λ)
 * as s·tanh(x/s), and so are the appearance and split costs around their own priors). The learned
 * squared-distance prior and the event-cost priors (the trained LAP's birth, death and split costs,
 * {@link GnnConfig}) make the model family hold the classic LAP tracker, which is hard to beat on distance-driven
 * movies; without it, a network trained on a few hundred divisions overfits them (F0009, GNN-DOL: test
 * division recall fell from 0.92 after two epochs to 0.80 after ten while training loss kept falling).
 *
 * <p>The naive loss is the weighted binary cross-entropy on the logits, computed stably as
 * {@code mean(ω·y·softplus(−s) + (1−y)·softplus(s))} with positive weight ω.
 *
 * <p>Not thread-safe: one instance runs one batch at a time. Cost per batch is dominated by the
 * incidence products, O((E + P)·N·H) for N nodes, E edges, P pairs and H hidden units.
 */
public final class GnnNetwork {

    static final String SCORE = "score";
    static final String LOSS = "loss";
    static final String APPEAR = "appear";
    static final String SPLIT = "split";
    static final String CONSIST = "consist";

    private final GnnConfig config;
    private final List<String> weightNames;
    /** The trainable graph; null in an inference network. */
    private final SameDiff sd;
    /** The inference network's function; null in a trainable network. */
    private final GnnForwardPass forward;
    /** Frees the trainable graph's passes: forward ones as soon as read, gradient ones at the next. */
    private final PassArrays forwardArrays = new PassArrays();
    private final PassArrays gradientArrays = new PassArrays();

    /** Builds the trainable graph around a copy of {@code parameters}' weights, which it trains. */
    public GnnNetwork(GnnParameters parameters) {
        this.config = parameters.config().validate();
        this.forward = null;
        this.sd = SameDiff.create();
        Map<String, SDVariable> w = new LinkedHashMap<>();
        parameters.toNd4j().forEach((k, v) -> w.put(k, sd.var(k, v)));
        this.weightNames = List.copyOf(w.keySet());
        build(w);
    }

    private GnnNetwork(GnnForwardPass forward, GnnParameters parameters) {
        this.config = parameters.config().validate();
        this.forward = forward;
        this.sd = null;
        this.weightNames = List.copyOf(parameters.arrays().keySet());
    }

    /**
     * A network for inference only: the same function (equal up to rounding), computed in plain Java
     * by {@link GnnForwardPass} instead of a SameDiff graph, whose per-operation overhead was most of
     * whole-sequence inference, with gathers as index lookups and sums onto nodes as loops over the
     * incidences instead of products with dense one-hot incidence matrices, which cost O(edges × nodes)
     * memory and time per frame pair. It offers {@link #scores} and {@link #problems} (and
     * {@link #parameters}); losses and gradients need the trainable network.
     */
    public static GnnNetwork forInference(GnnParameters parameters) {
        return new GnnNetwork(new GnnForwardPass(parameters), parameters);
    }

    private void build(Map<String, SDVariable> w) {
        SDVariable v = sd.placeHolder(GnnBatch.NODES, DataType.DOUBLE, -1, config.nodeFeatures());
        SDVariable e = sd.placeHolder(GnnBatch.EDGES, DataType.DOUBLE, -1, CellGraph.EDGE_FEATURES);
        SDVariable pf = sd.placeHolder(GnnBatch.PAIR_FEATURES, DataType.DOUBLE, -1, CandidatePairs.FEATURES);
        for (int r = 0; r < config.rounds(); r++) {
            v = mlp(w, "node" + r, sd.concat(1, v, aggregate(e)));
            if (w.containsKey("edge" + r + ".W1")) {
                e = mlp(w, "edge" + r, sd.concat(1, e, gather(GnnBatch.EDGE_SOURCE, v), gather(GnnBatch.EDGE_TARGET, v)));
            }
        }
        SDVariable vs = gather(GnnBatch.PAIR_SOURCE, v);
        SDVariable vt = gather(GnnBatch.PAIR_TARGET, v);
        SDVariable pair = sd.nn.relu(mlp(w, "pair", sd.concat(1, vs, vt, vs.mul(vt), pf)), 0);
        // The squared-distance prior: with the learned part at zero the DOL head's QP is a LAP on squared
        // displacement (the naive head ranks by it), the model family contains the classic tracker, and the
        // network only has to learn where shape and neighbourhood overrule distance.
        SDVariable distance = pf.mmul(sd.constant(Nd4j.create(oneHot(CandidatePairs.FEATURES, CandidatePairs.DISTANCE),
                new long[] {CandidatePairs.FEATURES, 1}, 'c')));
        SDVariable scale = sd.nn.softplus(w.get(GnnParameters.DISTANCE_WEIGHT));
        SDVariable prior = distance.mul(distance).mmul(scale);
        SDVariable learned = pair.mmul(w.get("out.W")).add(w.get("out.b"));
        if (config.head() == GnnConfig.Head.DOL) {
            // The QP's costs may move only within the prior's own scale: unbounded, they grew to 3-30
            // (γ fixed, a larger scale sharpens z), and per-cell split costs that positions alone cannot
            // inform outvoted distance (F0009 seeds 7/1/2: 0.971/0.943/0.960 unbounded, 0.977/0.983/0.960 bounded).
            learned = bounded(learned, scale);
        }
        SDVariable score = config.head() == GnnConfig.Head.NAIVE ? learned.sub(SCORE, prior) : learned.add(SCORE, prior);
        if (config.head() == GnnConfig.Head.NAIVE) {
            naiveLoss(score);
        } else {
            dolHeads(w, v, e, pair, score, scale);
        }
    }

    private void naiveLoss(SDVariable score) {
        SDVariable y = sd.placeHolder(GnnBatch.LABELS, DataType.DOUBLE, -1, 1);
        SDVariable omega = sd.placeHolder(GnnBatch.POSITIVE_WEIGHT, DataType.DOUBLE, 1, 1);
        SDVariable positive = y.mul(omega).mul(sd.nn.softplus(score.neg()));
        SDVariable negative = y.rsub(1.0).mul(sd.nn.softplus(score));
        positive.add(negative).mean(LOSS);
        sd.setLossVariables(LOSS);
    }

    /**
     * GNN-DOL's QP inputs: appearance cost α from a node's embedding and the sum of its incoming
     * pair embeddings, split cost β from a node's embedding and its outgoing pair embeddings (read
     * at target and source nodes respectively), each its prior ({@link GnnConfig#appearPrior()},
     * {@link GnnConfig#splitPrior()}, times the prior's weight) plus a learned part bounded like the
     * pair costs', consistency weight w = softplus(MLP(e_u ⊙ e_v,
     * (e_u − e_v)²)) ≥ 0 from the two edges' embeddings. The surrogate loss
     * {@code Σ c·g_c + Σ α·g_α + Σ β·g_β + Σ w·g_w}, with the g's the QP layer's backward result
     * fed as placeholders, has exactly the wanted gradient with respect to the weights.
     */
    private void dolHeads(Map<String, SDVariable> w, SDVariable v, SDVariable e, SDVariable pair, SDVariable score,
            SDVariable scale) {
        SDVariable incoming = sumOnto(GnnBatch.PAIR_TARGET, pair);
        SDVariable outgoing = sumOnto(GnnBatch.PAIR_SOURCE, pair);
        SDVariable appear = bounded(mlp(w, "appear", sd.concat(1, v, incoming)), scale)
                .add(APPEAR, scale.mul(config.appearPrior()));
        SDVariable split = bounded(mlp(w, "split", sd.concat(1, v, outgoing)), scale)
                .add(SPLIT, scale.mul(config.splitPrior()));
        SDVariable cu = gather(GnnBatch.CONSIST_BEFORE, e);
        SDVariable cv = gather(GnnBatch.CONSIST_AFTER, e);
        SDVariable diff = cu.sub(cv);
        SDVariable consist = sd.nn.softplus(CONSIST, mlp(w, "consist", sd.concat(1, cu.mul(cv), diff.mul(diff))));
        SDVariable sur = score.mul(sd.placeHolder(GnnBatch.GRAD_COST, DataType.DOUBLE, -1, 1)).sum()
                .add(appear.mul(sd.placeHolder(GnnBatch.GRAD_APPEAR, DataType.DOUBLE, -1, 1)).sum())
                .add(split.mul(sd.placeHolder(GnnBatch.GRAD_SPLIT, DataType.DOUBLE, -1, 1)).sum())
                .add(consist.mul(sd.placeHolder(GnnBatch.GRAD_CONSIST, DataType.DOUBLE, -1, 1)).sum());
        sur.rename(LOSS);
        sd.setLossVariables(LOSS);
    }

    /** {@code s·tanh(x/s)}: x where small, never beyond ±s; s a 1×1 variable, x a column. */
    private SDVariable bounded(SDVariable x, SDVariable scale) {
        return sd.math.tanh(x.mmul(scale.rdiv(1.0))).mmul(scale);
    }

    /**
     * Rows of {@code x} picked by the index set {@code name}, as a product with its one-hot matrix
     * (SameDiff's {@code gather} has a wrong gradient in ND4J 1.0.0-M2.1, deeplearning4j issue 9756).
     * Placeholders are shared between uses.
     */
    private SDVariable gather(String name, SDVariable x) {
        return placeholder(name, DataType.DOUBLE, -1, -1).mmul(x);
    }

    /** Sums of the rows of {@code x} onto the nodes that index set {@code name} picks: the transpose of {@link #gather}. */
    private SDVariable sumOnto(String name, SDVariable x) {
        return sd.mmul(placeholder(name, DataType.DOUBLE, -1, -1), x, true, false, false);
    }

    /** Σ_j w_ij e_ij onto every node i: the weighted incidence product. */
    private SDVariable aggregate(SDVariable e) {
        return placeholder(GnnBatch.AGGREGATE, DataType.DOUBLE, -1, -1).mmul(e);
    }

    private SDVariable placeholder(String name, DataType type, long... shape) {
        return sd.hasVariable(name) ? sd.getVariable(name) : sd.placeHolder(name, type, shape);
    }

    private static double[] oneHot(int length, int index) {
        double[] v = new double[length];
        v[index] = 1;
        return v;
    }

    private SDVariable mlp(Map<String, SDVariable> w, String name, SDVariable x) {
        SDVariable hidden = sd.nn.relu(x.mmul(w.get(name + ".W1")).add(w.get(name + ".b1")), 0);
        return hidden.mmul(w.get(name + ".W2")).add(w.get(name + ".b2"));
    }

    public GnnConfig config() {
        return config;
    }

    /**
     * The score of every candidate pair of every graph pair, graph after graph: the link logit
     * (naive head) or the QP cost c (DOL head). Graph pairs without candidates contribute nothing.
     */
    public double[] scores(List<GraphPair> graphs) {
        List<GraphPair> nonEmpty = graphs.stream().filter(g -> g.pairs().size() > 0).toList();
        if (nonEmpty.isEmpty()) {
            return new double[0];
        }
        GnnBatch batch = new GnnBatch(nonEmpty);
        if (forward != null) {
            return forward.run(batch, false).score();
        }
        return forwardPass(batch.placeholders(config.nodeFeatures(), false, 1),
                in -> sd.outputSingle(in, SCORE).data().asDouble());
    }

    /** The naive head's mean weighted cross-entropy on labelled graph pairs. */
    public double loss(List<GraphPair> graphs, double positiveWeight) {
        requireTrainable();
        GnnBatch batch = labelledBatch(graphs);
        return forwardPass(batch.placeholders(config.nodeFeatures(), true, positiveWeight),
                in -> sd.outputSingle(in, LOSS).getDouble(0));
    }

    /**
     * The naive head's loss and its gradient with respect to every weight, in one pass. The
     * gradients stay valid until the next call of a {@code gradients} method.
     */
    public LossAndGradients gradients(List<GraphPair> graphs, double positiveWeight) {
        requireTrainable();
        releaseGradientPass();
        GnnBatch batch = labelledBatch(graphs);
        OutAndGrad r = withInputs(batch.placeholders(config.nodeFeatures(), true, positiveWeight),
                in -> sd.calculateGradientsAndOutputs(in, List.of(LOSS), weightNames));
        return new LossAndGradients(r.getOutputs().get(LOSS).getDouble(0), r.getGradients());
    }

    /**
     * GNN-DOL's forward pass: the correspondence QP of each graph pair (DOL head only), with costs
     * c, α, β and consistency weights w from the network and γ from the configuration.
     *
     * @param graphs graph pairs with at least one candidate pair each
     */
    public List<CorrespondenceProblem> problems(List<GraphPair> graphs) {
        GnnBatch batch = dolBatch(graphs);
        return problems(graphs, batch, forward != null ? forward.run(batch, true) : dolOutputs(batch));
    }

    /**
     * A frame's node and edge embeddings (inference network only): message passing stays inside a
     * frame's graph, so they serve both frame pairs the frame belongs to
     * ({@link #scores(GraphPair, GnnForwardPass.Embedding, GnnForwardPass.Embedding)},
     * {@link #problem}).
     *
     * @param graph the frame's whole cell graph
     * @param features its nodes' standardised features, one row per node
     */
    GnnForwardPass.Embedding embed(CellGraph graph, double[][] features) {
        return inference().embed(GnnBatch.frame(graph, features, config.nodeFeatures()));
    }

    /** {@link #scores(List)} of one graph pair with candidates, from its frames' {@link #embed embeddings}. */
    double[] scores(GraphPair gp, GnnForwardPass.Embedding before, GnnForwardPass.Embedding after) {
        return inference().run(new GnnBatch(List.of(gp)), before, after, false).score();
    }

    /**
     * {@link #problems} of one graph pair, from its frames' {@link #embed embeddings}, with the
     * consistency weights computed when the solver asks for them ({@link DeferredConsistency}): the
     * costs now, a term's weight (and the last edge update of its two edges) on request.
     */
    DeferredConsistency problem(GraphPair gp, GnnForwardPass.Embedding before, GnnForwardPass.Embedding after) {
        GnnForwardPass pass = inference();
        GnnBatch batch = dolBatch(List.of(gp));
        GnnForwardPass.Outputs out = pass.run(batch, before, after, true);
        int[] beforeEdge = gp.consistencyColumn(2);
        int[] afterEdge = gp.consistencyColumn(3);
        CorrespondenceProblem costs = problem(gp, batch, 0, out, new int[0], new int[0], new double[0]);
        return new DeferredConsistency(costs, gp.consistencyColumn(0), gp.consistencyColumn(1),
                terms -> pass.consistency(before, pick(beforeEdge, terms), after, pick(afterEdge, terms)));
    }

    /** {@code a[i]} for every i of {@code at}. */
    private static int[] pick(int[] a, int[] at) {
        int[] out = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = a[at[i]];
        }
        return out;
    }

    private GnnForwardPass inference() {
        if (forward == null) {
            throw new IllegalStateException("frame embeddings come from the inference network (forInference)");
        }
        return forward;
    }

    private List<CorrespondenceProblem> problems(List<GraphPair> graphs, GnnBatch batch, GnnForwardPass.Outputs out) {
        double[] w = out.consist();
        List<CorrespondenceProblem> problems = new ArrayList<>();
        for (int g = 0; g < graphs.size(); g++) {
            GraphPair gp = graphs.get(g);
            int co = batch.consistOffset(g);
            problems.add(problem(gp, batch, g, out, gp.consistencyColumn(0), gp.consistencyColumn(1),
                    Arrays.copyOfRange(w, co, co + gp.consistencyCount())));
        }
        return problems;
    }

    /** Graph pair g's problem: its costs from the batch's outputs, the given consistency terms. */
    private CorrespondenceProblem problem(GraphPair gp, GnnBatch batch, int g, GnnForwardPass.Outputs out, int[] u,
            int[] v, double[] w) {
        CandidatePairs cp = gp.pairs();
        int m = cp.sourceCount();
        int[] ps = new int[cp.size()];
        int[] pt = new int[cp.size()];
        for (int p = 0; p < ps.length; p++) {
            ps[p] = cp.source(p);
            pt[p] = cp.target(p);
        }
        int no = batch.nodeOffset(g);
        int po = batch.pairOffset(g);
        return new CorrespondenceProblem(m, cp.targetCount(), ps, pt, Arrays.copyOfRange(out.score(), po, po + ps.length),
                Arrays.copyOfRange(out.appear(), no + m, no + m + cp.targetCount()),
                Arrays.copyOfRange(out.split(), no, no + m), config.gamma(), u, v, w);
    }

    /**
     * GNN-DOL's backward pass from the QP layer's gradients to the weights, through the surrogate
     * loss {@code Σ c·∂L/∂c + Σ α·∂L/∂α + Σ β·∂L/∂β + Σ w·∂L/∂w}.
     *
     * @param graphs the graph pairs given to {@link #problems}, in the same order
     * @param qpGradients ∂L/∂(c, α, β, w) of each graph pair's problem
     * @return the gradient of every weight, valid until the next call of a {@code gradients} method
     */
    public Map<String, INDArray> gradients(List<GraphPair> graphs, List<QpGradient.Result> qpGradients) {
        requireTrainable();
        releaseGradientPass();
        GnnBatch batch = dolBatch(graphs);
        double[][] gc = new double[batch.pairCount()][1];
        double[][] ga = new double[batch.nodeCount()][1];
        double[][] gb = new double[batch.nodeCount()][1];
        double[][] gw = new double[batch.consistCount()][1];
        for (int g = 0; g < graphs.size(); g++) {
            QpGradient.Result r = qpGradients.get(g);
            int m = graphs.get(g).pairs().sourceCount();
            copyInto(r.dPairCost(), gc, batch.pairOffset(g));
            copyInto(r.dAppearCost(), ga, batch.nodeOffset(g) + m);
            copyInto(r.dSplitCost(), gb, batch.nodeOffset(g));
            copyInto(r.dConsistencyWeight(), gw, batch.consistOffset(g));
        }
        Map<String, INDArray> ph = dolPlaceholders(batch, config.nodeFeatures());
        ph.put(GnnBatch.GRAD_COST, Nd4j.create(gc));
        ph.put(GnnBatch.GRAD_APPEAR, Nd4j.create(ga));
        ph.put(GnnBatch.GRAD_SPLIT, Nd4j.create(gb));
        ph.put(GnnBatch.GRAD_CONSIST, Nd4j.create(gw));
        return withInputs(ph, in -> sd.calculateGradients(in, weightNames));
    }

    private static void copyInto(double[] values, double[][] column, int offset) {
        for (int i = 0; i < values.length; i++) {
            column[offset + i][0] = values[i];
        }
    }

    private GnnBatch dolBatch(List<GraphPair> graphs) {
        if (config.head() != GnnConfig.Head.DOL) {
            throw new IllegalStateException("the QP layer needs the DOL head");
        }
        for (GraphPair g : graphs) {
            if (g.pairs().size() == 0) {
                throw new IllegalArgumentException("a graph pair without candidate pairs has no QP to solve");
            }
        }
        return new GnnBatch(graphs);
    }

    /** The trainable network's QP inputs. */
    private GnnForwardPass.Outputs dolOutputs(GnnBatch batch) {
        return forwardPass(dolPlaceholders(batch, config.nodeFeatures()), in -> {
            Map<String, INDArray> o = sd.output(in, SCORE, APPEAR, SPLIT, CONSIST);
            return new GnnForwardPass.Outputs(o.get(SCORE).data().asDouble(), o.get(APPEAR).data().asDouble(),
                    o.get(SPLIT).data().asDouble(), o.get(CONSIST).data().asDouble());
        });
    }

    /** A forward pass of the trainable graph whose result {@code read} copies out; its arrays are freed at once. */
    private <T> T forwardPass(Map<String, INDArray> inputs, Function<Map<String, INDArray>, T> read) {
        T result = withInputs(inputs, read);
        forwardArrays.release(sd);
        return result;
    }

    /** Frees the last gradient pass, whose gradients the caller has applied by now. */
    private void releaseGradientPass() {
        gradientArrays.releaseGradientPass(sd);
    }

    /** The trainable network's unlabelled inputs with the DOL head's. */
    private static Map<String, INDArray> dolPlaceholders(GnnBatch batch, int nodeFeatures) {
        Map<String, INDArray> ph = batch.placeholders(nodeFeatures, false, 1);
        batch.addConsistency(ph);
        return ph;
    }

    /**
     * Runs {@code pass} on the {@code inputs} this graph reads (placeholders are declared where they
     * are first used: a one-round naive network reads no edge incidence, and SameDiff refuses inputs
     * it does not know), then frees every input's native memory at once rather than when the
     * collector gets round to it ({@link PassArrays}): the dense incidence matrices are most of it.
     */
    private <T> T withInputs(Map<String, INDArray> inputs, Function<Map<String, INDArray>, T> pass) {
        Map<String, INDArray> read = new HashMap<>(inputs);
        read.keySet().removeIf(name -> !sd.hasVariable(name));
        try {
            return pass.apply(read);
        } finally {
            inputs.values().forEach(INDArray::close);
        }
    }

    private void requireTrainable() {
        if (sd == null) {
            throw new IllegalStateException("an inference network has no loss or gradient; use the trainable network");
        }
    }

    private static GnnBatch labelledBatch(List<GraphPair> graphs) {
        List<GraphPair> nonEmpty = new ArrayList<>();
        for (GraphPair g : graphs) {
            if (!g.hasLabels()) {
                throw new IllegalArgumentException("training needs labelled graph pairs");
            }
            if (g.pairs().size() > 0) {
                nonEmpty.add(g);
            }
        }
        return new GnnBatch(nonEmpty);
    }

    /** The names of the trainable weights. */
    public List<String> weightNames() {
        return weightNames;
    }

    /** The live array of weight {@code name} of the trainable network (updated in place by training). */
    INDArray weight(String name) {
        requireTrainable();
        return sd.getVariable(name).getArr();
    }

    /** A copy of the current weights. */
    public GnnParameters parameters() {
        return sd == null ? forward.parameters() : GnnParameters.from(config, sd, weightNames);
    }
}
