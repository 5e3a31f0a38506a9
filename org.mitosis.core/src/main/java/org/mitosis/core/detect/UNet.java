package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.mitosis.core.samediff.PassArrays;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A small U-Net (Ronneberger et al., MICCAI 2015) as a SameDiff graph: a contracting path of
 * two 3x3 convolutions + ReLU and a 2x2 max-pooling per level, a bottleneck, and an expanding path
 * that upsamples by nearest neighbour, concatenates the contracting level's activations (skip
 * connection) and applies two 3x3 convolutions + ReLU; a 1x1 convolution gives one linear output
 * channel, the centroid map.
 *
 * <p>Input {@code [n, 1, h, w]} (NCHW, float), {@code h} and {@code w} multiples of
 * {@link UNetShape#granularity()}; outputs {@link #MAP} {@code [n, 1, h, w]} and
 * {@link #FEATURES}, the contracting level {@link UNetShape#featureLevel()} at
 * {@code 2^-level} resolution. Departures from the original: "same" padding (output = input size),
 * nearest-neighbour upsampling instead of up-convolutions, no batch normalisation.
 *
 * <p>Two kinds: a trainable graph, activations channels first, whose weights start from He-normal
 * values drawn from the given seed; and a detection-only one ({@link #forDetection}), channels last
 * inside, more than twice as fast on the CPU. Not thread-safe: one graph holds one set of weights and
 * its own buffers.
 */
public final class UNet {

    /** Name of the input placeholder. */
    public static final String IMAGE = "image";
    /** Name of the centroid map output. */
    public static final String MAP = "map";
    /** Name of the shape feature output. */
    public static final String FEATURES = "features";
    /** Name of the target placeholder used by the training loss. */
    static final String TARGET = "target";
    /** Name of the training loss: squared error weighted up by the target, {@code (1 + 9t)(y - t)²}. */
    static final String LOSS = "loss";

    /**
     * What a detection-only U-Net's session keeps for its next pass: with the shipped detector on
     * the ten real frames (696x520 working px), caches of 512 MB, 1 GB and 2 GB ran equally fast.
     */
    private static final long DETECTION_CACHE_BYTES = 512L << 20;

    private final UNetShape shape;
    /** Activations channels last inside (detection only) instead of first; the interface is NCHW either way. */
    private final boolean channelsLast;
    private final SameDiff sd;
    private final List<String> parameters;
    private final PassArrays stepArrays = new PassArrays();
    private final PassArrays forwardArrays;

    /**
     * Builds a trainable graph with fresh He-normal weights.
     *
     * @throws IllegalArgumentException for an invalid shape
     */
    public UNet(UNetShape shape, long seed) {
        this(shape, seed, false);
    }

    private UNet(UNetShape shape, long seed, boolean channelsLast) {
        List<String> p = shape.problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        this.shape = shape;
        this.channelsLast = channelsLast;
        // a detector's passes repeat one tile shape: each takes the last one's arrays (PassArrays)
        this.forwardArrays = channelsLast ? PassArrays.recycling(DETECTION_CACHE_BYTES) : new PassArrays();
        this.sd = SameDiff.create();
        this.parameters = new ArrayList<>();
        build(new SplittableRandom(seed));
    }

    /**
     * A U-Net for detection only, with the given weights ({@link #setWeights}). Inside, its
     * activations are channels last: ND4J's oneDNN convolutions ran the shipped detector on a
     * 696x520 frame in 356 ms against 818 ms channels first (same weights, [kH, kW, in, out] in both,
     * and byte-identical cells on the ten real frames). It cannot train: with ND4J 1.0.0-M2.1's
     * channels-last backward passes the U-Net learned a detector of F1 0.56 where channels first gave
     * 0.96 (real frames 0-6, scored on 7-9).
     *
     * @throws IllegalArgumentException for an invalid shape or weights that do not fit it
     */
    public static UNet forDetection(UNetShape shape, Map<String, float[]> weights) {
        UNet net = new UNet(shape, 0, true);
        net.setWeights(weights);
        return net;
    }

    /** A {@link #forDetection detection-only} U-Net with this one's weights. */
    public UNet forDetection() {
        return forDetection(shape, weights());
    }

    public UNetShape shape() {
        return shape;
    }

    /** Names of the trainable arrays, in a fixed order. */
    public List<String> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** The live array of parameter {@code name}; writes to it change the network. */
    INDArray parameter(String name) {
        return sd.getArrForVarName(name);
    }

    /** A copy of every parameter, by name. */
    public Map<String, float[]> weights() {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String name : parameters) {
            out.put(name, sd.getArrForVarName(name).dup().data().asFloat());
        }
        return out;
    }

    /**
     * Overwrites every parameter.
     *
     * @throws IllegalArgumentException if a parameter is missing or has the wrong length
     */
    public void setWeights(Map<String, float[]> weights) {
        for (String name : parameters) {
            float[] w = weights.get(name);
            INDArray arr = sd.getArrForVarName(name);
            if (w == null || w.length != arr.length()) {
                throw new IllegalArgumentException("weights of " + name + ": expected " + arr.length()
                        + " values, got " + (w == null ? "none" : w.length));
            }
            arr.assign(Nd4j.create(w, arr.shape()));
        }
    }

    /**
     * Runs the network.
     *
     * @param images {@code [n, 1, h, w]}, h and w multiples of {@link UNetShape#granularity()}
     * @param withFeatures whether to return the feature level too
     * @return {@link #MAP} and, when asked, {@link #FEATURES}, valid until the next call of this
     *     method or of the loss, which frees them (or, in a detection-only U-Net, reuses them)
     */
    public Map<String, INDArray> forward(INDArray images, boolean withFeatures) {
        checkInput(images);
        forwardArrays.release(sd);
        Map<String, INDArray> in = Map.of(IMAGE, images);
        return withFeatures ? sd.output(in, MAP, FEATURES) : sd.output(in, MAP);
    }

    /**
     * One training step: computes the training loss and its gradient with respect to every
     * parameter, hands the gradients (by parameter name) to {@code update} when the loss is finite,
     * and then frees the step's arrays, gradients included.
     *
     * @return the loss before the update
     */
    double step(INDArray images, INDArray targets, Consumer<Map<String, INDArray>> update) {
        requireTrainable();
        checkInput(images);
        OutAndGrad result = sd.calculateGradientsAndOutputs(Map.of(IMAGE, images, TARGET, targets), List.of(LOSS),
                parameters);
        double loss = result.getOutputs().get(LOSS).getDouble(0);
        if (Double.isFinite(loss)) {
            update.accept(result.getGradients());
        }
        stepArrays.releaseGradientPass(sd);
        return loss;
    }

    /** The training loss on one batch, without gradients. */
    double loss(INDArray images, INDArray targets) {
        requireTrainable();
        checkInput(images);
        forwardArrays.release(sd);
        return sd.output(Map.of(IMAGE, images, TARGET, targets), LOSS).get(LOSS).getDouble(0);
    }

    private void requireTrainable() {
        if (channelsLast) {
            throw new IllegalStateException("a detection-only U-Net (forDetection) does not train");
        }
    }

    private void checkInput(INDArray images) {
        int g = shape.granularity();
        if (images.rank() != 4 || images.size(1) != 1 || images.size(2) % g != 0 || images.size(3) % g != 0) {
            throw new IllegalArgumentException("U-Net input must be [n, 1, h, w] with h and w multiples of " + g
                    + ", got " + Arrays.toString(images.shape()));
        }
    }

    private void build(SplittableRandom random) {
        SDVariable image = sd.placeHolder(IMAGE, DataType.FLOAT, -1, 1, -1, -1);
        SDVariable x = channelsLast ? sd.permute(image, 0, 2, 3, 1) : image;
        List<SDVariable> skips = new ArrayList<>();
        int in = 1;
        for (int level = 0; level < shape.depth(); level++) {
            x = block("enc" + level, x, in, shape.channels(level), random);
            skips.add(x);
            x = sd.cnn().maxPooling2d(x, Pooling2DConfig.builder().kH(2).kW(2).sH(2).sW(2)
                    .type(Pooling2D.Pooling2DType.MAX).paddingMode(PaddingMode.VALID).isNHWC(channelsLast).build());
            in = shape.channels(level);
        }
        x = block("bottleneck", x, in, shape.channels(shape.depth()), random);
        skips.add(x);
        channelsFirst(FEATURES, skips.get(shape.featureLevel()));
        in = shape.channels(shape.depth());
        for (int level = shape.depth() - 1; level >= 0; level--) {
            SDVariable up = sd.cnn().upsampling2d(x, 2, 2, !channelsLast);
            x = sd.concat(channelsLast ? 3 : 1, skips.get(level), up);
            x = block("dec" + level, x, in + shape.channels(level), shape.channels(level), random);
            in = shape.channels(level);
        }
        SDVariable map = channelsFirst(MAP, conv("out", x, in, 1, 1, random));
        SDVariable target = sd.placeHolder(TARGET, DataType.FLOAT, -1, 1, -1, -1);
        SDVariable diff = map.sub(target);
        SDVariable weight = target.mul(9.0).add(1.0);
        SDVariable loss = sd.mean(LOSS, weight.mul(diff.mul(diff)));
        sd.setLossVariables(loss);
    }

    /** The output {@code name}: activations {@code x} in NCHW. */
    private SDVariable channelsFirst(String name, SDVariable x) {
        return channelsLast ? sd.permute(name, x, 0, 3, 1, 2) : sd.identity(name, x);
    }

    private SDVariable block(String name, SDVariable x, int in, int out, SplittableRandom random) {
        SDVariable y = sd.nn().relu(conv(name + "a", x, in, out, 3, random), 0);
        return sd.nn().relu(conv(name + "b", y, out, out, 3, random), 0);
    }

    private SDVariable conv(String name, SDVariable x, int in, int out, int k, SplittableRandom random) {
        float[] w = new float[k * k * in * out];
        double std = Math.sqrt(2.0 / (k * k * in));
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (random.nextGaussian() * std);
        }
        SDVariable weights = sd.var(name + "_W", Nd4j.create(w, new long[] {k, k, in, out}));
        SDVariable bias = sd.var(name + "_b", Nd4j.zeros(DataType.FLOAT, out));
        parameters.add(name + "_W");
        parameters.add(name + "_b");
        return sd.cnn().conv2d(x, weights, bias, Conv2DConfig.builder().kH(k).kW(k).sH(1).sW(1)
                .paddingMode(PaddingMode.SAME).dataFormat(channelsLast ? "NHWC" : "NCHW").build());
    }
}
