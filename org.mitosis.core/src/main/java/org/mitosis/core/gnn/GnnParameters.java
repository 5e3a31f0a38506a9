package org.mitosis.core.gnn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mitosis.core.graph.CandidatePairs;
import org.mitosis.core.graph.CellGraph;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trainable weights of the GNN, by name, as double matrices (row-major Java arrays: inference,
 * {@link GnnForwardPass}, runs in plain Java, so reading a model and linking with it never starts
 * ND4J, whose native start took 0.65 s of a 4.6 s one-shot {@code track} of F0009; the trainable
 * network gets ND4J copies, {@link #toNd4j}). Every MLP has two fully connected
 * layers ({@code W1, b1, W2, b2}, ReLU between), as in the paper. Initialisation is Glorot-uniform
 * from a seeded {@link Random} (not ND4J's global generator), biases 0, except that GNN-DOL's cost
 * heads' last layers start at 0, so that its untrained costs are their priors.
 *
 * <p>Names: {@code node<r>.*} and {@code edge<r>.*} for message-passing round r (the naive head
 * reads no edge embedding after the last round, so it has no last edge MLP), {@code pair.*}
 * for the pair embedding, {@code distance.w} for the weight of the squared-distance prior (initially
 * about 4), {@code out.*} for the pair's score (link logit, or QP cost c); with the
 * DOL head also {@code appear.*}, {@code split.*} and {@code consist.*}.
 */
public final class GnnParameters {

    /**
     * The raw weight λ' of the squared-distance prior: a pair's score gets {@code softplus(λ')·(d/g)²}
     * (see {@link GnnNetwork}).
     */
    static final String DISTANCE_WEIGHT = "distance.w";
    /** softplus(3.98) ≈ 4: at the gate radius the prior alone is worth 4 units of score. */
    private static final double INITIAL_DISTANCE_WEIGHT = 3.98;

    /** The last layers of GNN-DOL's pair, appearance and split costs' learned parts. */
    private static final List<String> DOL_COST_OUTPUTS = List.of("out.W", "appear.W2", "split.W2");

    private final GnnConfig config;
    private final Map<String, double[]> arrays;

    private GnnParameters(GnnConfig config, Map<String, double[]> arrays) {
        this.config = config;
        this.arrays = arrays;
    }

    /** Fresh weights for {@code config}, drawn from {@code seed}. */
    public static GnnParameters initial(GnnConfig config, long seed) {
        config.validate();
        Random rnd = new Random(seed);
        Map<String, double[]> a = new LinkedHashMap<>();
        shapes(config).forEach((name, shape) -> a.put(name, init(name, shape, rnd)));
        if (config.head() == GnnConfig.Head.DOL) {
            // GNN-DOL starts at its priors (with LAP priors: the LAP tracker) and learns only deviations
            // from them: its cost heads' last layers start at zero.
            for (String last : DOL_COST_OUTPUTS) {
                Arrays.fill(a.get(last), 0);
            }
        }
        return new GnnParameters(config, a);
    }

    /** Names and shapes of all weights of {@code config}, in a fixed order. */
    static Map<String, long[]> shapes(GnnConfig c) {
        int h = c.hidden();
        Map<String, long[]> s = new LinkedHashMap<>();
        for (int r = 0; r < c.rounds(); r++) {
            int v = r == 0 ? c.nodeFeatures() : h;
            int e = r == 0 ? CellGraph.EDGE_FEATURES : h;
            mlp(s, "node" + r, v + e, h, h);
            if (r < c.rounds() - 1 || c.head() == GnnConfig.Head.DOL) {
                mlp(s, "edge" + r, e + 2 * h, h, h);
            }
        }
        mlp(s, "pair", 3 * h + CandidatePairs.FEATURES, h, h);
        s.put(DISTANCE_WEIGHT, new long[] {1, 1});
        s.put("out.W", new long[] {h, 1});
        s.put("out.b", new long[] {1, 1});
        if (c.head() == GnnConfig.Head.DOL) {
            mlp(s, "appear", 2 * h, h, 1);
            mlp(s, "split", 2 * h, h, 1);
            mlp(s, "consist", 2 * h, h, 1);
        }
        return s;
    }

    private static void mlp(Map<String, long[]> s, String name, int in, int hidden, int out) {
        s.put(name + ".W1", new long[] {in, hidden});
        s.put(name + ".b1", new long[] {1, hidden});
        s.put(name + ".W2", new long[] {hidden, out});
        s.put(name + ".b2", new long[] {1, out});
    }

    private static double[] init(String name, long[] shape, Random rnd) {
        double[] v = new double[(int) (shape[0] * shape[1])];
        if (name.equals(DISTANCE_WEIGHT)) {
            v[0] = INITIAL_DISTANCE_WEIGHT;
        } else if (!name.contains(".b")) {
            double limit = Math.sqrt(6.0 / (shape[0] + shape[1]));
            for (int i = 0; i < v.length; i++) {
                v[i] = (2 * rnd.nextDouble() - 1) * limit;
            }
        }
        return v;
    }

    /** A copy of the named variables of {@code sd}. */
    static GnnParameters from(GnnConfig config, SameDiff sd, List<String> names) {
        Map<String, double[]> a = new LinkedHashMap<>();
        for (String n : names) {
            a.put(n, sd.getVariable(n).getArr().dup('c').data().asDouble());
        }
        return new GnnParameters(config, a);
    }

    public GnnConfig config() {
        return config;
    }

    /** The weights by name, each row-major over its {@link #shapes shape}; the arrays are live. */
    Map<String, double[]> arrays() {
        return Collections.unmodifiableMap(arrays);
    }

    /** ND4J copies of the weights by name, in their shapes, for the trainable network. */
    Map<String, INDArray> toNd4j() {
        Map<String, long[]> shapes = shapes(config);
        Map<String, INDArray> a = new LinkedHashMap<>();
        arrays.forEach((k, v) -> a.put(k, Nd4j.create(v.clone(), shapes.get(k), 'c')));
        return a;
    }

    /** Number of scalar weights. */
    public long size() {
        return arrays.values().stream().mapToLong(v -> v.length).sum();
    }

    /** An independent copy. */
    public GnnParameters copy() {
        Map<String, double[]> a = new LinkedHashMap<>();
        arrays.forEach((k, v) -> a.put(k, v.clone()));
        return new GnnParameters(config, a);
    }

    /** Writes the weights (not the configuration) in a fixed order as doubles. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(arrays.size());
        for (Map.Entry<String, double[]> e : arrays.entrySet()) {
            out.writeUTF(e.getKey());
            double[] v = e.getValue();
            out.writeInt(v.length);
            for (double x : v) {
                out.writeDouble(x);
            }
        }
    }

    /**
     * Reads weights written by {@link #writeTo} for the same configuration.
     *
     * @throws IOException when a name or shape does not match {@code config}
     */
    public static GnnParameters readFrom(DataInput in, GnnConfig config) throws IOException {
        Map<String, long[]> shapes = shapes(config.validate());
        int count = in.readInt();
        if (count != shapes.size()) {
            throw new IOException(count + " weight arrays stored, configuration needs " + shapes.size());
        }
        Map<String, double[]> a = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : shapes.entrySet()) {
            String name = in.readUTF();
            int len = in.readInt();
            long[] shape = e.getValue();
            if (!name.equals(e.getKey()) || len != shape[0] * shape[1]) {
                throw new IOException("stored weight " + name + " (" + len + " values) where " + e.getKey()
                        + " " + Arrays.toString(shape) + " is expected");
            }
            double[] v = new double[len];
            for (int i = 0; i < len; i++) {
                v[i] = in.readDouble();
            }
            a.put(name, v);
        }
        return new GnnParameters(config, a);
    }
}
