package org.mitosis.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mitosis.core.cells.Cell;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Draws augmented training batches: square crops at uniform random positions of uniformly chosen
 * frames, each under one of the eight flips/quarter-turns, with intensity jitter (gain 0.8-1.25,
 * offset ±0.2 deviations, Gaussian noise of 0.05 deviations) on the input only. Deterministic for
 * a seed.
 */
final class CropSampler {

    private final List<float[]> inputs = new ArrayList<>();
    private final List<float[]> targets = new ArrayList<>();
    private final List<int[]> sizes = new ArrayList<>();
    private final int crop;
    private final SplittableRandom random;

    /**
     * @param sigma target blob deviation in working px
     */
    CropSampler(List<AnnotatedFrame> frames, InputScaling scaling, int crop, double sigma, long seed) {
        this.crop = crop;
        this.random = new SplittableRandom(seed);
        for (AnnotatedFrame f : frames) {
            int w = scaling.scaled(f.image().width());
            int h = scaling.scaled(f.image().height());
            if (w < crop || h < crop) {
                throw new IllegalArgumentException("frame of " + w + " x " + h + " working px is smaller than the crop " + crop);
            }
            List<double[]> centres = new ArrayList<>();
            for (Cell c : f.cells()) {
                centres.add(new double[] {scaling.toWorking(c.x()), scaling.toWorking(c.y())});
            }
            inputs.add(scaling.apply(f.image()));
            targets.add(CentroidMap.render(centres, w, h, sigma));
            sizes.add(new int[] {w, h});
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no training frames");
        }
    }

    /** {@code {images, targets}}, each {@code [batch, 1, crop, crop]}. */
    INDArray[] batch(int batch) {
        int n = crop * crop;
        float[] x = new float[batch * n];
        float[] t = new float[batch * n];
        for (int b = 0; b < batch; b++) {
            int f = random.nextInt(inputs.size());
            int w = sizes.get(f)[0];
            int h = sizes.get(f)[1];
            int x0 = random.nextInt(w - crop + 1);
            int y0 = random.nextInt(h - crop + 1);
            int orientation = random.nextInt(8);
            double gain = Math.exp((random.nextDouble() * 2 - 1) * Math.log(1.25));
            double offset = (random.nextDouble() * 2 - 1) * 0.2;
            for (int y = 0; y < crop; y++) {
                for (int xx = 0; xx < crop; xx++) {
                    int src = source(orientation, xx, y, x0, y0, w);
                    int dst = b * n + y * crop + xx;
                    x[dst] = (float) (inputs.get(f)[src] * gain + offset + random.nextGaussian() * 0.05);
                    t[dst] = targets.get(f)[src];
                }
            }
        }
        long[] shape = {batch, 1, crop, crop};
        return new INDArray[] {Nd4j.create(x, shape), Nd4j.create(t, shape)};
    }

    /** Index into the frame of crop pixel (x, y) under one of the eight symmetries of the square. */
    private int source(int orientation, int x, int y, int x0, int y0, int width) {
        int a = (orientation & 1) == 0 ? x : crop - 1 - x;
        int b = (orientation & 2) == 0 ? y : crop - 1 - y;
        int sx = (orientation & 4) == 0 ? a : b;
        int sy = (orientation & 4) == 0 ? b : a;
        return (y0 + sy) * width + x0 + sx;
    }
}
