package org.mitosis.core.cells;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;


/**
 * All pairs (a in {@code from}, b in {@code to}) within a distance, found by a sweep over the
 * x-sorted {@code to} cells: O((n + m) log m + window) rather than O(n m).
 */
public final class NeighbourPairs {

    /** A pair by indices into the two lists, with its distance in pixels. */
    public record Pair(int from, int to, double distance) {
    }

    private NeighbourPairs() {
    }

    /** The pairs within {@code radius} px, in order of {@code from}. */
    public static List<Pair> within(List<Cell> from, List<Cell> to, double radius) {
        Integer[] order = new Integer[to.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingDouble(j -> to.get(j).x()));
        double[] xs = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            xs[k] = to.get(order[k]).x();
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            Cell a = from.get(i);
            for (int k = lowerBound(xs, a.x() - radius); k < xs.length && xs[k] <= a.x() + radius; k++) {
                double d = a.distanceTo(to.get(order[k]));
                if (d <= radius) {
                    out.add(new Pair(i, order[k], d));
                }
            }
        }
        return out;
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
