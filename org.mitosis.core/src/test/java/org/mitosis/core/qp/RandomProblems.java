package org.mitosis.core.qp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random correspondence problems for the tests (synthetic: cells at random positions). */
final class RandomProblems {

    private RandomProblems() {
    }

    /**
     * Sources and targets at random positions in the unit square; each target gets its
     * {@code candidates} nearest sources as pairs with cost {@code costScale·(distance − 0.3) + noise};
     * consistency terms join pairs whose sources and targets are both among each other's 2 nearest.
     */
    static CorrespondenceProblem create(long seed, int sources, int targets, int candidates, double gamma,
            double costScale) {
        Random random = new Random(seed);
        double[][] s = positions(random, sources);
        double[][] t = positions(random, targets);
        CorrespondenceProblem.Builder builder = CorrespondenceProblem.builder(sources, targets, gamma);
        int[][] pairOf = new int[sources][targets];
        for (int[] row : pairOf) {
            java.util.Arrays.fill(row, -1);
        }
        for (int j = 0; j < targets; j++) {
            for (int i : nearest(t[j], s, Math.min(candidates, sources), -1)) {
                double cost = costScale * (distance(t[j], s[i]) - 0.3) + 0.05 * costScale * random.nextGaussian();
                pairOf[i][j] = builder.addPair(i, j, cost);
            }
            builder.appearCost(j, costScale * (0.2 + 0.4 * random.nextDouble()));
        }
        for (int i = 0; i < sources; i++) {
            builder.splitCost(i, costScale * 0.3 * random.nextDouble());
        }
        // Neighbours computed once per cell: recomputing them per pair made 1000-cell problems take seconds.
        int[][] sourceNeighbours = new int[sources][];
        for (int i = 0; i < sources; i++) {
            sourceNeighbours[i] = nearest(s[i], s, Math.min(2, sources - 1), i);
        }
        int[][] targetNeighbours = new int[targets][];
        for (int j = 0; j < targets; j++) {
            targetNeighbours[j] = nearest(t[j], t, Math.min(2, targets - 1), j);
        }
        for (int i = 0; i < sources; i++) {
            for (int j = 0; j < targets; j++) {
                if (pairOf[i][j] < 0) {
                    continue;
                }
                for (int i2 : sourceNeighbours[i]) {
                    for (int j2 : targetNeighbours[j]) {
                        if (pairOf[i2][j2] >= 0 && pairOf[i][j] < pairOf[i2][j2]) {
                            builder.addConsistency(pairOf[i][j], pairOf[i2][j2], 0.5 * costScale * random.nextDouble());
                        }
                    }
                }
            }
        }
        return builder.build();
    }

    /**
     * Cells moving a little between frames, one in ten dividing, one appearing; each target's
     * {@code candidates} nearest sources as candidates at squared-distance costs (γ = 1, as GNN-DOL
     * trains), consistency terms of weight {@code consistencyWeight} between the pairs of a source and
     * its nearest neighbour.
     */
    static CorrespondenceProblem tracking(long seed, int cells, int candidates, double consistencyWeight) {
        Random random = new Random(seed);
        double[][] sources = new double[cells][];
        for (int i = 0; i < cells; i++) {
            sources[i] = new double[] {random.nextDouble(), random.nextDouble()};
        }
        List<double[]> targets = new ArrayList<>();
        for (double[] s : sources) {
            double[] moved = {s[0] + 0.01 * random.nextGaussian(), s[1] + 0.01 * random.nextGaussian()};
            if (random.nextDouble() < 0.1) {
                targets.add(new double[] {moved[0] + 0.02, moved[1]});
                targets.add(new double[] {moved[0] - 0.02, moved[1]});
            } else {
                targets.add(moved);
            }
        }
        targets.add(new double[] {random.nextDouble(), random.nextDouble()});
        int n = targets.size();
        CorrespondenceProblem.Builder b = CorrespondenceProblem.builder(cells, n, 1.0).appearCost(2.5).splitCost(0.5);
        int[][] pairOf = new int[cells][n];
        for (int[] row : pairOf) {
            java.util.Arrays.fill(row, -1);
        }
        for (int j = 0; j < n; j++) {
            double[] t = targets.get(j);
            for (int i : nearest(t, sources, candidates, -1)) {
                double d = Math.hypot(t[0] - sources[i][0], t[1] - sources[i][1]) / 0.04;
                pairOf[i][j] = b.addPair(i, j, d * d - 1.5 + 0.2 * random.nextGaussian());
            }
        }
        for (int i = 0; i < cells; i++) {
            int neighbour = nearest(sources[i], sources, 1, i)[0];
            for (int j = 0; j < n; j++) {
                for (int j2 = j + 1; j2 < n; j2++) {
                    if (pairOf[i][j] >= 0 && pairOf[neighbour][j2] >= 0) {
                        b.addConsistency(pairOf[i][j], pairOf[neighbour][j2], consistencyWeight);
                    }
                }
            }
        }
        return b.build();
    }

    private static double[][] positions(Random random, int count) {
        double[][] out = new double[count][2];
        for (double[] p : out) {
            p[0] = random.nextDouble();
            p[1] = random.nextDouble();
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** Indices of the k points nearest to p, skipping index {@code exclude}. */
    static int[] nearest(double[] p, double[][] points, int k, int exclude) {
        Integer[] order = new Integer[points.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(distance(p, points[x]), distance(p, points[y])));
        int[] out = new int[Math.max(0, k)];
        int n = 0;
        for (int i = 0; i < order.length && n < out.length; i++) {
            if (order[i] != exclude) {
                out[n++] = order[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
