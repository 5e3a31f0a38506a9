package org.mitosis.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeakFinderTest {

    @Test
    void findsSubPixelPeaksOfGaussianBlobs() {
        List<double[]> truth = List.of(new double[] {10.3, 12.7}, new double[] {30.6, 8.2}, new double[] {21.45, 30.9});
        float[] map = CentroidMap.render(truth, 40, 36, 2.0);
        List<Peak> peaks = new PeakFinder(0.5, 3).find(map, 40, 36);
        assertEquals(3, peaks.size());
        List<Peak> byX = peaks.stream().sorted(Comparator.comparingDouble(Peak::x)).toList();
        double[][] sorted = truth.stream().sorted(Comparator.comparingDouble(p -> p[0])).toArray(double[][]::new);
        for (int i = 0; i < 3; i++) {
            assertEquals(sorted[i][0], byX.get(i).x(), 0.1, "x of peak " + i);
            assertEquals(sorted[i][1], byX.get(i).y(), 0.1, "y of peak " + i);
        }
    }

    @Test
    void thresholdAndMinimumDistanceSuppressWeakAndNearPeaks() {
        float[] map = new float[20 * 20];
        map[5 * 20 + 5] = 1.0f;
        map[5 * 20 + 8] = 0.9f;
        map[15 * 20 + 15] = 0.8f;
        map[15 * 20 + 3] = 0.2f;
        List<Peak> peaks = new PeakFinder(0.5, 4).find(map, 20, 20);
        assertEquals(2, peaks.size());
        assertEquals(5, peaks.get(0).x(), 1e-9);
        assertEquals(15, peaks.get(1).x(), 1e-9);
        assertEquals(3, new PeakFinder(0.5, 2).find(map, 20, 20).size());
    }

    @Test
    void aFlatTopGivesOnePeak() {
        float[] map = new float[10 * 10];
        map[4 * 10 + 4] = 1;
        map[4 * 10 + 5] = 1;
        assertEquals(1, new PeakFinder(0.5, 1).find(map, 10, 10).size());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new PeakFinder(Double.NaN, 2));
        assertThrows(IllegalArgumentException.class, () -> new PeakFinder(0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new PeakFinder(0.5, 2).find(new float[5], 2, 2));
    }
}
