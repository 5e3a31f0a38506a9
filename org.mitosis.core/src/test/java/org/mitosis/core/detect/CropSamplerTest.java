package org.mitosis.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mitosis.core.cells.Cell;
import org.nd4j.linalg.api.ndarray.INDArray;

class CropSamplerTest {

    /** An image that is bright exactly where the target blobs are: augmentation must keep them aligned. */
    @Test
    void cropsKeepImageAndTargetAligned() {
        int w = 64;
        int h = 48;
        List<Cell> cells = List.of(new Cell(0, 1, 10.5, 12.5), new Cell(0, 2, 40.5, 30.5), new Cell(0, 3, 25.5, 40.5));
        InputScaling scaling = new InputScaling(1);
        List<double[]> centres = cells.stream().map(c -> new double[] {c.x(), c.y()}).toList();
        float[] bright = CentroidMap.render(centres, w, h, 2);
        for (int i = 0; i < bright.length; i++) {
            bright[i] *= 100;
        }
        CropSampler sampler = new CropSampler(List.of(new AnnotatedFrame(TestImages.gray8(w, h, bright), cells)),
                scaling, 32, 2, 9);
        CropSampler again = new CropSampler(List.of(new AnnotatedFrame(TestImages.gray8(w, h, bright), cells)),
                scaling, 32, 2, 9);
        INDArray[] batch = sampler.batch(6);
        assertEquals(batch[0], again.batch(6)[0], "same seed, same crops");
        float[] x = batch[0].data().asFloat();
        float[] t = batch[1].data().asFloat();
        double correlation = correlation(x, t);
        assertTrue(correlation > 0.95, "image and target correlate: " + correlation);
    }

    private static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
